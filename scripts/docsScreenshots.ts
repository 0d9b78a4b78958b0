// npm run docs:screenshots: refreshes the README's pictures in docs/. The browser tests write their screenshots to
// out/screenshots/ (untracked, so `npm test` never changes a tracked file); this runs them and copies what they took.
// (Imported by the tests for the folder's name; it runs only as a script.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const SCREENSHOTS = join(ROOT, 'out', 'screenshots');
const DOCS = join(ROOT, 'docs');
/** The suites that take the screenshots (they find Chromium the way every browser test does). */
const SUITES = ['test/browser'];

function main(): void {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...SUITES], { cwd: ROOT, stdio: 'inherit' });
  if (jest.status !== 0) {
    console.error('docs:screenshots: the browser tests failed, docs/ is unchanged');
    process.exit(jest.status ?? 1);
  }
  const shots = existsSync(SCREENSHOTS) ? readdirSync(SCREENSHOTS).filter((f) => f.endsWith('.png')).sort() : [];
  if (shots.length === 0) {
    console.error(`docs:screenshots: the browser tests wrote no screenshot to ${SCREENSHOTS}`);
    process.exit(1);
  }
  mkdirSync(DOCS, { recursive: true });
  for (const shot of shots) copyFileSync(join(SCREENSHOTS, shot), join(DOCS, shot));
  console.log(`docs/ refreshed: ${shots.join(', ')}`);
}

if (require.main === module) main();
