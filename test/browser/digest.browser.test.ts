// The digest HTML in a real browser at phone and desktop widths: nothing scrolls sideways, nothing injected runs.
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from '../support/browser';
import { renderDigest } from '../../src/mail/render';
import { IMG, LONG_NAME, sampleModel } from '../mail/sampleModel';

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

    const name = lang === 'en' ? `digest-${width}.png` : `digest-${lang}-${width}.png`;
    await screenshot(page, name);
    await page.close();
  });
});
