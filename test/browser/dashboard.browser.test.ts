// out/dashboard.html in a real browser: after the sample team's month, the page draws the Dashboard sheet's three
// charts from the sheet's own ranges, offline, and its picture is kept for README.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { SCREENSHOTS } from '../../scripts/docsScreenshots';
import { dashboardPageHtml, readDashboardCharts } from '../../scripts/dashboardPage';
import { runSampleMonth, type SampleMonth } from '../../scripts/sampleMonth';
import { sheetByAnyName } from '../support/team';

describe('the Dashboard page in Chromium', () => {
  let browser: Browser;
  let month: SampleMonth;

  beforeAll(async () => {
    month = runSampleMonth();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the three charts of the demo team’s month from the sheet’s ranges, with nothing fetched', async () => {
    const charts = readDashboardCharts(month.runtime);
    expect(charts.map((c) => c.title)).toEqual([
      'Open customers by tier, last 30 working days',
      'Added vs out per week, last 8 weeks',
      'Signed this month per rep, against the floor and the 8–10 goal',
    ]);
    // The month's twenty logged days, as the sheet's range holds them.
    const sheet = sheetByAnyName(month.runtime, 'Dashboard', '看板');
    expect(charts[0].labels).toHaveLength(month.days.length);
    expect(charts[0].series.map((s) => s.data)).toEqual([1, 2, 3].map((c) => sheet.getCharts()[0].getRanges()[0].getValues().slice(1).map((r) => r[c])));

    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => { if (!/^(data|about):/.test(r.url())) requests.push(r.url()); });
    await page.setContent(dashboardPageHtml(month.runtime), { waitUntil: 'load' });
    await page.waitForSelector('body[data-drawn="3"]');
    const drawn = await page.evaluate(() => Array.from(document.querySelectorAll('canvas')).map((canvas) => {
      const chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: { datasets: { data: number[] }[] } } } }).Chart.getChart(canvas);
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
      return { series: chart.data.datasets.map((d) => d.data), inked, width: canvas.getBoundingClientRect().width };
    }));
    expect(requests).toEqual([]);
    expect(drawn).toHaveLength(3);
    expect(drawn.map((d) => d.series)).toEqual(charts.map((c) => c.series.map((s) => s.data)));
    expect(drawn.every((d) => d.inked > 5000 && d.width > 300)).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    await page.close();
  });
});
