// The digest's 14-day chart: stacked bars of table cells whose widths are the counts, nothing a mail client blocks.
import { TIER_COLORS } from '../../src/domain/dashboard';
import { barPercent, sparkline } from '../../src/mail/chart';
import { renderDigest } from '../../src/mail/render';
import { SAMPLE_CHART, sampleModel } from './sampleModel';

/** The chart's rows: their label and each coloured segment's width in percent, in order. */
function chartRows(html: string): { title: string; segments: { color: string; percent: number }[]; rest: number }[] {
  const rows = [...html.matchAll(/<tr title="([^"]*)">(.*?)<\/tr><\/table><\/td>/g)];
  return rows.map(([, title, body]) => {
    const cells = [...body.matchAll(/<td width="([\d.]+)%" height="\d+"( bgcolor="(#[0-9a-f]{6})")?/g)];
    return {
      title,
      segments: cells.filter((c) => c[3]).map((c) => ({ color: c[3], percent: Number(c[1]) })),
      rest: cells.filter((c) => !c[3]).reduce((n, c) => n + Number(c[1]), 0),
    };
  });
}

describe("the digest's 14-day chart", () => {
  it('draws one stacked bar per logged day whose A, B and C widths are the counts against the longest day', () => {
    const { html } = renderDigest(sampleModel('en'));
    const rows = chartRows(html);
    expect(rows).toHaveLength(14);
    const longest = Math.max(...SAMPLE_CHART.map((d) => d.A + d.B + d.C));
    rows.forEach((r, i) => {
      const d = SAMPLE_CHART[i];
      expect(r.title).toBe(`${d.date.slice(5)}: A ${d.A} · B ${d.B} · C ${d.C}`);
      expect(r.segments).toEqual([
        { color: TIER_COLORS.A, percent: barPercent(d.A, longest) },
        { color: TIER_COLORS.B, percent: barPercent(d.B, longest) },
        { color: TIER_COLORS.C, percent: barPercent(d.C, longest) },
      ]);
      const drawn = r.segments.reduce((n, s) => n + s.percent, 0);
      expect(drawn).toBeCloseTo(((d.A + d.B + d.C) / longest) * 100, 0);
      expect(drawn + r.rest).toBeCloseTo(100, 0);
    });
    // The longest day fills its column; 4 of 22 is 18.2%.
    expect(barPercent(4, 22)).toBe(18.2);
  });

  it('leaves a tier with no customers out of the bar and draws an empty day as blank', () => {
    const chart = [{ date: '2026-11-26', A: 0, B: 3, C: 1 }, { date: '2026-11-27', A: 0, B: 0, C: 0 }];
    const rows = chartRows(renderDigest(sampleModel('en', { chart })).html);
    expect(rows[0].segments).toEqual([{ color: TIER_COLORS.B, percent: 75 }, { color: TIER_COLORS.C, percent: 25 }]);
    expect(rows[1].segments).toEqual([]);
    expect(rows[1].rest).toBe(100);
  });

  it('uses no script, SVG, image, stylesheet or outside address, and is headed and keyed in the mail’s language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { html } = renderDigest(sampleModel(lang));
      const chart = html.slice(html.lastIndexOf('<h2'));
      expect(chart).not.toMatch(/<script|<svg|<img|<style|<link|url\(|src=|background-image/i);
      expect(chart).toContain(lang === 'en' ? 'Open customers, last 14 working days' : '跟进中客户，近14个工作日');
      expect(chart).toMatch(/&#9632;<\/span>&nbsp;A/);
    }
  });

  it('is a sparkline of the open counts in the plain text, with its first and last day', () => {
    const { text } = renderDigest(sampleModel('en'));
    expect(text).toMatch(/Open customers, last 14 working days\n-+\nOpen A\+B\+C [▁▂▃▄▅▆▇█]{14} 20 → 20 \(11-10 – 11-27\)\n11-27: A 4 · B 7 · C 9\n/);
    expect(sparkline([1, 5, 9])).toBe('▁▅█');
    expect(sparkline([3, 3])).toBe('▄▄');
    const zh = renderDigest(sampleModel('zh')).text;
    expect(zh).toContain('跟进中A+B+C');
  });

  it('says there is no log yet instead of an empty chart', () => {
    const { html, text } = renderDigest(sampleModel('en', { chart: [] }));
    expect(text).toContain('No Daily Log yet: the chart starts with the first nightly run.');
    expect(html).toContain('No Daily Log yet: the chart starts with the first nightly run.');
    expect(chartRows(html)).toEqual([]);
  });
});
