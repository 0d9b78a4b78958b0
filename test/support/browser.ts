// The Chromium the browser and page tests run in, and a page that records dialogs and outside requests so tests can
// assert nothing ran and nothing left the machine.
//
// Chromium is looked for in this order (never downloaded: this machine's network is closed):
//   1. CHROME_PATH;
//   2. a system Chromium or Chrome: Debian's /usr/bin/chromium or /usr/lib/chromium/chromium, then chromium,
//      chromium-browser, google-chrome or google-chrome-stable on PATH, then the macOS Google Chrome.app / Chromium.app;
//   3. on Linux x64, the Chromium shipped inside the npm package @sparticuz/chromium (a devDependency, so `npm ci`
//      brings it), unpacked once into the temp dir.
// DAILY_CLOSE_CHROMIUM=bundled skips 1 and 2, so CI can prove the fallback. With no browser at all, launching fails
// with a message naming the fix — the suites fail, they never skip.
import { execFile, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SCREENSHOTS } from '../../scripts/docsScreenshots';

/** Flags for every Chromium the tests launch: headless, no sandbox (root in CI), and nothing that calls out. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const NO_CHROMIUM =
  "No Chromium found: install Debian's chromium (apt-get install chromium), set CHROME_PATH, or run npm ci on Linux x64 to get @sparticuz/chromium";

const BUNDLED = '@sparticuz/chromium';
const DEBIAN = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MACOS = ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

/** What the search looks at, so the order can be tested without a machine of each kind. */
export interface ChromiumProbe {
  env: Record<string, string | undefined>;
  platform: string;
  arch: string;
  isExecutable(path: string): boolean;
  bundledInstalled: boolean;
}

export type ChromiumChoice = { source: 'CHROME_PATH' | 'system'; path: string } | { source: 'bundled' };

/** The system browsers, in the order they are tried. */
export function systemCandidates(env: Record<string, string | undefined>): string[] {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...DEBIAN, ...ON_PATH.flatMap((name) => dirs.map((dir) => join(dir, name))), ...MACOS];
}

/** Picks the Chromium to launch, or throws the message that says how to get one. */
export function chooseChromium(probe: ChromiumProbe): ChromiumChoice {
  const mode = probe.env.DAILY_CLOSE_CHROMIUM ?? '';
  if (mode !== '' && mode !== 'bundled') {
    throw new Error(`DAILY_CLOSE_CHROMIUM=${mode} is not understood: set it to "bundled" to use ${BUNDLED}, or unset it`);
  }
  const bundledHere = probe.platform === 'linux' && probe.arch === 'x64';
  if (mode === 'bundled') {
    if (!bundledHere) throw new Error(`DAILY_CLOSE_CHROMIUM=bundled, but ${BUNDLED} ships Chromium for Linux x64 only (this is ${probe.platform} ${probe.arch}): unset it to use CHROME_PATH or a system Chromium`);
    if (!probe.bundledInstalled) throw new Error(`DAILY_CLOSE_CHROMIUM=bundled, but ${BUNDLED} is not installed: run npm ci`);
    return { source: 'bundled' };
  }
  const fromEnv = probe.env.CHROME_PATH;
  if (fromEnv) {
    if (!probe.isExecutable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file: point it at a Chromium or Chrome binary, or unset it`);
    return { source: 'CHROME_PATH', path: fromEnv };
  }
  const system = systemCandidates(probe.env).find((p) => probe.isExecutable(p));
  if (system) return { source: 'system', path: system };
  if (bundledHere && probe.bundledInstalled) return { source: 'bundled' };
  throw new Error(NO_CHROMIUM);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The package's entry point, or undefined when it is not installed (npm ci on another platform may still install it). */
function bundledEntry(): string | undefined {
  try {
    return require.resolve(BUNDLED);
  } catch {
    return undefined;
  }
}

interface Launch { source: ChromiumChoice['source']; executablePath: string; args: string[]; env?: Record<string, string> }

// Of the package's recommended flags (made for AWS Lambda), these would change what the tests see:
const DROPPED = [
  /^--single-process$/, // the browser exits when the last page of a context closes, and the suites open many
  /^--headless/, // CHROMIUM_ARGS has --headless
  /^--(disable|enable)-features=/, // Chromium keeps only the last of each, which would replace Playwright's lists
  /^--disable-web-security$/, /^--allow-running-insecure-content$/, // the tests check the page's own security
];

// Run in a child node (the package's own code, with TMPDIR pointing where it should unpack): executablePath()
// unpacks the binary, its fonts and SwiftShader. AWS_EXECUTION_ENV makes it also unpack its NSS libraries
// (al2023.tar.br), which it otherwise does only on Lambda — a bare Debian lacks them too.
const UNPACK = `
const loaded = require(process.env.DAILY_CLOSE_BUNDLED_ENTRY);
const Chromium = loaded.default || loaded;
Chromium.setGraphicsMode = false;
Chromium.executablePath().then(
  (path) => process.stdout.write(JSON.stringify({ path, args: Chromium.args })),
  (err) => { console.error(err); process.exit(1); });
`;

function fontsConf(home: string): string {
  // The system's fonts (CJK ones too, where installed) first, then the Open Sans the package ships.
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir prefix="xdg">fonts</dir>
  <dir>${join(home, 'fonts')}</dir>
  <cachedir>${join(home, 'fontconfig-cache')}</cachedir>
</fontconfig>
`;
}

/** The version in the package's own package.json (build/ folders hold package.json files of their own). */
function packageVersion(entry: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === BUNDLED && pkg.version) return pkg.version;
  }
  throw new Error(`${BUNDLED}: no package.json with its version above ${entry}`);
}

/** Unpacks the package's Chromium once per version into the temp dir (each suite may race here: the first rename wins). */
async function unpackBundled(entry: string): Promise<{ home: string; executable: string; args: string[] }> {
  const version = packageVersion(entry);
  const home = join(tmpdir(), `daily-close-chromium-${version}`);
  const manifest = join(home, 'launch.json');
  if (!existsSync(manifest)) {
    const staging = mkdtempSync(`${home}.partial-`);
    try {
      const out = await new Promise<string>((resolve, reject) => {
        execFile(process.execPath, ['-e', UNPACK], {
          env: { ...process.env, TMPDIR: staging, DAILY_CLOSE_BUNDLED_ENTRY: entry, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x' },
          maxBuffer: 1 << 20,
        }, (err, stdout, stderr) => (err ? reject(new Error(`${BUNDLED} could not unpack its Chromium: ${stderr || err.message}`)) : resolve(stdout)));
      });
      const unpacked = JSON.parse(out) as { path: string; args: string[] };
      writeFileSync(join(staging, 'fonts.conf'), fontsConf(home));
      writeFileSync(join(staging, 'launch.json'), JSON.stringify({ executable: relative(staging, unpacked.path), args: unpacked.args }));
      try {
        renameSync(staging, home);
      } catch (err) {
        if (!existsSync(manifest)) throw err;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const { executable, args } = JSON.parse(readFileSync(manifest, 'utf8')) as { executable: string; args: string[] };
  return { home, executable: join(home, executable), args };
}

/** True when the dynamic linker cannot find every library the binary needs (or there is no ldd to ask). */
function missesLibraries(executable: string): boolean {
  const ldd = spawnSync('ldd', [executable], { encoding: 'utf8' });
  return ldd.status !== 0 || /not found/.test(ldd.stdout);
}

async function bundledLaunch(): Promise<Launch> {
  const { home, executable, args } = await unpackBundled(bundledEntry() as string);
  const env: Record<string, string> = { FONTCONFIG_PATH: home };
  if (missesLibraries(executable)) {
    env.LD_LIBRARY_PATH = [join(home, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter);
  }
  return { source: 'bundled', executablePath: executable, args: [...args.filter((a) => !DROPPED.some((d) => d.test(a))), ...CHROMIUM_ARGS], env };
}

let found: Promise<Launch> | undefined;

/** Where this process's Chromium is and how to start it (looked up once per test file). */
export function findChromium(): Promise<Launch> {
  found ??= (async () => {
    const choice = chooseChromium({
      env: process.env, platform: process.platform, arch: process.arch, isExecutable, bundledInstalled: bundledEntry() !== undefined,
    });
    if (choice.source === 'bundled') return bundledLaunch();
    return { source: choice.source, executablePath: choice.path, args: CHROMIUM_ARGS };
  })();
  return found;
}

export async function launchChromium(): Promise<Browser> {
  const how = await findChromium();
  try {
    return await chromium.launch({ executablePath: how.executablePath, args: how.args, env: how.env ? { ...process.env, ...how.env } : undefined });
  } catch (err) {
    // Say which Chromium it was (the search may have picked one the reader did not expect), keeping the error itself.
    if (err instanceof Error) {
      const which = `Chromium (${how.source}, ${how.executablePath}) did not start: `;
      err.message = which + err.message;
      if (err.stack) err.stack = which + err.stack;
    }
    throw err;
  }
}

/** Tests write their screenshots to out/screenshots/ (not tracked); `npm run docs:screenshots` copies them to docs/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
}

export interface WatchedPage {
  page: Page;
  dialogs: string[];
  requests: string[];
}

/** A page whose google.script.run goes to `handle` (name, JSON args) → JSON result, like the local bridge. */
export async function openScriptRunPage(
  browser: Browser,
  viewport: { width: number; height: number },
  handle: (name: string, argsJson: string) => string | Promise<string>,
  shim: string,
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) requests.push(r.url());
  });
  await page.exposeFunction('__gasRun', handle);
  await page.addInitScript(shim);
  return { page, dialogs, requests };
}
