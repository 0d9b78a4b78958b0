// The director's roll-up and the manager's morning brief in a real browser at phone width: nothing scrolls sideways,
// hostile sheet values stay text; the pictures go to out/screenshots (docs/ via npm run docs:screenshots).
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from '../support/browser';
import { renderBrief, renderRollup } from '../../src/mail/org';
import type { MorningBrief, Rollup, RollupTeam } from '../../src/domain/org';
import type { Lang } from '../../src/domain/types';

const EVIL = '<img src=x onerror="window.__pwned=1">';

function team(name: string, region: string, named: RollupTeam['named'], without: string[]): RollupTeam {
  const reps = named.length + without.length;
  return {
    team: name, region, managers: ['m@example.com'], reps, A: 3 * reps, B: 5 * reps, C: 6 * reps, named, without,
    yesterdayNamed: reps, yesterdaySigned: Math.max(0, named.length - 1), monthSigned: 4 * reps, floorSoFar: 1.9 * reps,
    goalLow: 8 * reps, goalHigh: 10 * reps, uncleared: 2 * reps, weekAdded: 6, weekOut: 4,
  };
}

function sampleRollup(lang: Lang): Rollup {
  const zh = lang === 'zh';
  return {
    lang, date: '2026-11-30', sheetName: zh ? '华东销售' : 'Sales East', sheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=0',
    teams: [
      team(zh ? '华南二组' : 'South B', zh ? '华南' : 'South', [], [zh ? '李娜' : 'Carol Wang', zh ? '刘洋' : 'Dan Zhao']),
      team(zh ? '华东一组' : 'North A', zh ? '华东' : 'North', [
        { rep: zh ? '张伟' : 'Alice Chen', customers: [zh ? '华美贸易' : 'Acme Trading'] },
        { rep: EVIL, customers: [EVIL, zh ? '蓝河食品' : 'Blue River Foods'] },
      ], []),
    ],
  };
}

function sampleBrief(lang: Lang): MorningBrief {
  return {
    lang, date: '2026-11-30', sheetName: 'Sales East', sheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    reps: [{ rep: 'Alice Chen', A: 3, B: 5, C: 6, targets: ['Acme Trading'] }, { rep: EVIL, A: 1, B: 0, C: 2, targets: [] }],
    without: [EVIL],
  };
}

describe('organisation mail in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['rollup', 'en'], ['rollup', 'zh'], ['brief', 'en'],
  ] as const)('%s (%s) at 375 px: fits the phone, hostile values are text', async (kind, lang) => {
    const { html } = kind === 'rollup' ? renderRollup(sampleRollup(lang)) : renderBrief(sampleBrief(lang));
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
    await page.setContent(html, { waitUntil: 'load' });
    const seen = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      images: document.images.length,
      text: document.body.innerText,
    }));
    expect(seen.scrollWidth).toBeLessThanOrEqual(375);
    expect([seen.pwned, seen.images]).toEqual([0, 0]);
    expect(seen.text).toContain(EVIL);
    if (kind === 'rollup') {
      // The national call's two questions, team by team, the team naming no target first.
      const first = lang === 'zh' ? '华南二组' : 'South B';
      const second = lang === 'zh' ? '华东一组' : 'North A';
      expect(seen.text.indexOf(first)).toBeLessThan(seen.text.indexOf(second));
      expect(seen.text).toMatch(lang === 'zh' ? /客户库：A 6 · B 10 · C 12/ : /Pipeline: A 6 · B 10 · C 12/);
    }
    await screenshot(page, `${kind}${lang === 'zh' ? '-zh' : ''}-375.png`);
    await page.close();
  });
});
