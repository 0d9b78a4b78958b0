// The order the browser tests look for Chromium in, on machines of every kind, without launching one.
import { chooseChromium, NO_CHROMIUM, type ChromiumProbe } from '../support/browser';

function probe(over: Partial<ChromiumProbe> & { present?: string[] } = {}): ChromiumProbe {
  const present = new Set(over.present ?? []);
  return {
    env: over.env ?? { PATH: '/usr/local/bin:/usr/bin' },
    platform: over.platform ?? 'linux',
    arch: over.arch ?? 'x64',
    isExecutable: (p) => present.has(p),
    bundledInstalled: over.bundledInstalled ?? true,
  };
}

describe('finding Chromium for the browser tests', () => {
  it('takes CHROME_PATH first, then Debian, then PATH, then the macOS apps, then the npm one', () => {
    const all = ['/opt/chrome', '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/local/bin/google-chrome'];
    expect(chooseChromium(probe({ env: { CHROME_PATH: '/opt/chrome', PATH: '/usr/local/bin' }, present: all }))).toEqual({ source: 'CHROME_PATH', path: '/opt/chrome' });
    expect(chooseChromium(probe({ present: all }))).toEqual({ source: 'system', path: '/usr/bin/chromium' });
    expect(chooseChromium(probe({ present: ['/usr/lib/chromium/chromium', '/usr/local/bin/google-chrome'] }))).toEqual({ source: 'system', path: '/usr/lib/chromium/chromium' });
    expect(chooseChromium(probe({ present: ['/usr/local/bin/google-chrome-stable'] }))).toEqual({ source: 'system', path: '/usr/local/bin/google-chrome-stable' });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(chooseChromium(probe({ platform: 'darwin', arch: 'arm64', present: [mac] }))).toEqual({ source: 'system', path: mac });
    expect(chooseChromium(probe())).toEqual({ source: 'bundled' });
  });

  it('uses the npm one when asked to, even with a system Chromium', () => {
    expect(chooseChromium(probe({ env: { DAILY_CLOSE_CHROMIUM: 'bundled', CHROME_PATH: '/opt/chrome' }, present: ['/opt/chrome', '/usr/bin/chromium'] }))).toEqual({ source: 'bundled' });
  });

  it('fails, naming the fix, when there is no browser at all', () => {
    expect(() => chooseChromium(probe({ bundledInstalled: false }))).toThrow(NO_CHROMIUM);
    expect(() => chooseChromium(probe({ platform: 'darwin', arch: 'arm64' }))).toThrow(NO_CHROMIUM);
    expect(() => chooseChromium(probe({ arch: 'arm64' }))).toThrow(/apt-get install chromium.*CHROME_PATH.*npm ci on Linux x64/);
  });

  it('says what is wrong with a setting instead of looking elsewhere', () => {
    expect(() => chooseChromium(probe({ env: { CHROME_PATH: '/nowhere/chrome' }, present: ['/usr/bin/chromium'] }))).toThrow('CHROME_PATH=/nowhere/chrome is not an executable file');
    expect(() => chooseChromium(probe({ env: { DAILY_CLOSE_CHROMIUM: 'bundled' }, platform: 'darwin', arch: 'arm64' }))).toThrow(/Linux x64 only/);
    expect(() => chooseChromium(probe({ env: { DAILY_CLOSE_CHROMIUM: 'bundled' }, bundledInstalled: false }))).toThrow(/not installed: run npm ci/);
    expect(() => chooseChromium(probe({ env: { DAILY_CLOSE_CHROMIUM: 'system' } }))).toThrow(/not understood/);
  });
});
