// The digest HTML in a real browser at phone and desktop widths: nothing scrolls sideways, nothing injected runs; and
// the sample team's digest from the real bundle, whose first screen on a phone holds the figures that matter (the
// README's pictures).
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from '../support/browser';
import { renderDigest } from '../../src/mail/render';
import { IMG, LONG_NAME, sampleModel } from '../mail/sampleModel';
import { harness } from '../support/harness';

describe('digest HTML in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['en', 375],
    ['en', 640],
    ['zh', 375],
  ] as const)('%s at %i px: no horizontal overflow, injected markup inert', async (lang, width) => {
    const { html } = renderDigest(sampleModel(lang));
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    page.on('request', (req) => { if (!req.url().startsWith('data:')) requests.push(req.url()); });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForTimeout(100);

    const seen = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      bodyScrollWidth: document.body.scrollWidth,
      innerWidth: window.innerWidth,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      images: document.images.length,
      scripts: document.scripts.length,
      text: document.body.innerText,
      frameWidth: (document.querySelector('table table') as HTMLElement).getBoundingClientRect().width,
    }));
    expect(seen.innerWidth).toBe(width);
    expect(seen.scrollWidth).toBeLessThanOrEqual(width);
    expect(seen.bodyScrollWidth).toBeLessThanOrEqual(width);
    expect(seen.frameWidth).toBeLessThanOrEqual(640);
    expect([seen.pwned, seen.images, seen.scripts, dialogs, requests]).toEqual([0, 0, 0, [], []]);
    // The hostile values are shown as text, whole.
    expect(seen.text).toContain(IMG);
    expect(seen.text).toContain('<script>alert(1)</script>');
    expect(seen.text.replace(/\s/g, '')).toContain(LONG_NAME);
    await page.close();
  });

  /** The sample team's evening, from dist/Code.js: two of today's targets signed, the nightly run at 20:05. */
  function sampleDigest(locale: 'en_US' | 'zh_CN') {
    const h = harness({ locale, now: new Date('2026-11-27T10:00:00Z') });
    const zh = locale === 'zh_CN';
    const values = h.pipeline.getDataRange().getDisplayValues();
    const head = values[0];
    const [target, status] = [zh ? '目标签单日' : 'Target date', zh ? '状态' : 'Status'].map((name) => head.indexOf(name));
    const today = values.map((r, i) => ({ r, i })).filter(({ r }) => r[target] === '2026-11-27');
    expect(today.length).toBeGreaterThan(2);
    for (const { i } of today.slice(0, 2)) h.runtime.userEdit(h.pipeline.getName(), `${String.fromCharCode(65 + status)}${i + 1}`, [[zh ? '已签单' : 'Signed']]);
    h.runtime.clock.set(new Date('2026-11-27T12:05:00Z'));
    h.bundle.call('menuNightlyOn');
    h.runtime.fireTimeTrigger(h.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
    return h.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  }

  it.each([
    ['en_US', 375, 'digest-375.png', 'Today’s targets', /2 of \d+ signed/],
    ['en_US', 640, 'digest-640.png', 'Today’s targets', /2 of \d+ signed/],
    ['zh_CN', 375, 'digest-zh-375.png', '今日目标', /已签 2\/\d+/],
  ] as const)('the sample team’s digest (%s, %i px): the key figure and who has no target on the first screen', async (locale, width, shot, label, figure) => {
    const mail = sampleDigest(locale);
    const page = await browser.newPage({ viewport: { width, height: 740 } });
    await page.setContent(mail.htmlBody ?? '', { waitUntil: 'load' });
    const seen = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      // What a phone shows before any scrolling, and how far down the Reps heading starts.
      firstScreen: Array.from(document.querySelectorAll('h1, a, div, p'))
        .filter((el) => el.getBoundingClientRect().bottom <= window.innerHeight && (el as HTMLElement).offsetParent !== null)
        .map((el) => (el as HTMLElement).innerText).join('\n'),
      preview: (document.querySelector('body > div') as HTMLElement).textContent ?? '',
      previewShown: (document.querySelector('body > div') as HTMLElement).getBoundingClientRect().height,
    }));
    expect(seen.scrollWidth).toBeLessThanOrEqual(width);
    expect(mail.subject).toMatch(locale === 'zh_CN' ? /· 今日目标 已签 2\/\d+ · 4人未定周一目标$/ : /· targets 2\/\d+ · 4 reps without Monday’s target$/);
    expect(seen.firstScreen).toContain(label);
    expect(seen.firstScreen).toMatch(figure);
    expect(seen.firstScreen).toContain(locale === 'zh_CN' ? '还未定11月30日 周一目标' : 'No target for Mon, Nov 30 yet');
    expect(seen.firstScreen).toContain(locale === 'zh_CN' ? '打开客户库' : 'Open the pipeline');
    // The preview line is in the markup for the inbox, and takes no room on the page.
    expect(seen.preview).toContain(label);
    expect(seen.previewShown).toBe(0);
    await screenshot(page, shot);
    await page.close();
  });
});
