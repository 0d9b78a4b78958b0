// The digest's 14-day chart in a real browser at phone and desktop widths: each bar segment is as wide as its count
// says, nothing scrolls sideways, and the picture is kept for README.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { SCREENSHOTS } from '../../scripts/docsScreenshots';
import { renderDigest } from '../../src/mail/render';
import { SAMPLE_CHART, sampleModel } from '../mail/sampleModel';

describe('the digest chart in Chromium', () => {
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
  ] as const)('%s at %i px: bars drawn to scale, inside the screen', async (lang, width) => {
    const { html } = renderDigest(sampleModel(lang));
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.setContent(html, { waitUntil: 'load' });
    const seen = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll('tr[title]'));
      return {
        scrollWidth: document.documentElement.scrollWidth,
        svg: document.querySelectorAll('svg, img, script, canvas').length,
        rows: rows.map((tr) => {
          const bar = tr.children[1].getBoundingClientRect();
          const segments = Array.from(tr.querySelectorAll('td[bgcolor]')).map((td) => ({
            color: td.getAttribute('bgcolor'), width: td.getBoundingClientRect().width, height: td.getBoundingClientRect().height,
          }));
          return { bar: bar.width, right: bar.right, segments };
        }),
      };
    });
    expect(seen.scrollWidth).toBeLessThanOrEqual(width);
    expect(seen.svg).toBe(0);
    expect(seen.rows).toHaveLength(SAMPLE_CHART.length);
    const longest = Math.max(...SAMPLE_CHART.map((d) => d.A + d.B + d.C));
    seen.rows.forEach((row, i) => {
      const d = SAMPLE_CHART[i];
      expect(row.right).toBeLessThanOrEqual(width);
      expect(row.bar).toBeGreaterThan(width / 3); // the bar column gets most of a phone's width
      expect(row.segments.map((s) => s.color)).toEqual(['#d93025', '#f29900', '#1a73e8']);
      [d.A, d.B, d.C].forEach((count, k) => {
        expect(Math.abs(row.segments[k].width - (count / longest) * row.bar)).toBeLessThan(1.5);
        expect(row.segments[k].height).toBeGreaterThanOrEqual(10);
      });
    });

    // The chart alone (its heading to its summary lines), for README.
    const box = await page.evaluate(() => {
      const headings = Array.from(document.querySelectorAll('h2'));
      const top = headings[headings.length - 1].getBoundingClientRect().top + window.scrollY;
      const notes = Array.from(document.querySelectorAll('p'));
      const bottom = notes[notes.length - 2].getBoundingClientRect().bottom + window.scrollY;
      return { top, bottom };
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const name = lang === 'en' ? `digest-chart-${width}.png` : `digest-chart-${lang}-${width}.png`;
    await page.screenshot({ path: join(SCREENSHOTS, name), clip: { x: 0, y: box.top - 8, width, height: box.bottom - box.top + 16 }, fullPage: true });
    await page.close();
  });
});
