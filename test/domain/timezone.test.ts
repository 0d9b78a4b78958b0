// The domain must give the same answers whatever zone the machine is in: run the whole domain suite again under
// zones far from UTC (Los Angeles has DST; Kiritimati is UTC+14) and require it to pass unchanged.
import { spawnSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');

test.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('the domain suite passes under TZ=%s', (zone) => {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/jest/bin/jest.js'), 'test/domain', '--testPathIgnorePatterns', 'timezone\\.test|digest\\.test', '--ci'],
    { cwd: root, env: { ...process.env, TZ: zone }, encoding: 'utf8' },
  );
  const summary = /Tests:.*$/m.exec(run.stderr)?.[0] ?? run.stderr.slice(-2000);
  expect({ status: run.status, summary }).toEqual({ status: 0, summary: expect.stringMatching(/passed/) });
  expect(summary).not.toMatch(/failed/);
});
