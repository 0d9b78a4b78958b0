import { renderDigest } from '../../src/mail/render';
import { escapeHtml, safeHref } from '../../src/mail/escape';
import { IMG, LONG_NAME, SCRIPT, URL, sampleModel } from './sampleModel';

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'table', 'colgroup', 'col', 'tr', 'td', 'h1', 'h2', 'p', 'div', 'span', 'b', 'br', 'a']);

/** Every real tag in the markup: sheet values are escaped, so a '<' in the output is always ours. */
function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

/** What a reader sees: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<title>.*?<\/title>/, '')
    .replace(/<br>/g, '\n')
    .replace(/<\/(div|p|h1|h2|tr)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('renderDigest subject', () => {
  it('carries the product, the team and the date in each language', () => {
    expect(renderDigest(sampleModel('en')).subject).toBe('Daily Close · Sales pipeline · 2026-11-27');
    expect(renderDigest(sampleModel('zh', { teamName: '销售客户库' })).subject).toBe('每日签单 · 销售客户库 · 2026-11-27');
  });

  it('stays one header line when the team name holds a newline', () => {
    expect(renderDigest(sampleModel('en', { teamName: 'North\r\nBcc: x@evil.test' })).subject).not.toMatch(/[\r\n]/);
  });
});

describe('renderDigest HTML safety', () => {
  const { html } = renderDigest(sampleModel('en'));

  it('uses only plain layout tags, with no script, event handler, image or external resource', () => {
    for (const tag of tags(html)) {
      const name = /^<\/?([a-z0-9!]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
      if (name === '!doctype') continue;
      expect(ALLOWED_TAGS.has(name) ? name : tag).toBe(name);
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/\ssrc\s*=/i);
      expect(tag).not.toMatch(/url\(|@import|http:\/\//i);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<style|<link/i);
  });

  it('escapes every sheet value: script, &, quotes, markup in next steps', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tom &amp; &quot;Jerry&quot;');
    expect(html).toContain('O&#39;Brien Ltd 🚀');
    expect(html).toContain('Send &lt;b&gt;quote&lt;/b&gt; &amp; call');
    expect(html).toContain(escapeHtml(IMG));
    const seen = visibleText(html);
    for (const value of [SCRIPT, IMG, 'Tom & "Jerry"', "O'Brien Ltd 🚀", 'busy 😅', 'Beta 公司', LONG_NAME]) {
      expect(seen).toContain(value);
    }
  });

  it('links each listed row to its sheet row, and never a javascript: link', () => {
    const hrefs = tags(html).filter((tag) => tag.startsWith('<a ')).map((tag) => /href="([^"]*)"/.exec(tag)?.[1]);
    expect(hrefs).toEqual([`${URL}#gid=0&amp;range=A5`, `${URL}#gid=0&amp;range=A6`, `${URL}#gid=0&amp;range=A9`, `${URL}#gid=0&amp;range=A12`]);
    expect(html).not.toMatch(/javascript:/i);
    expect(visibleText(html)).toContain('javascript link');
  });

  it('keeps long names from widening the mail: a 640 px frame and wrapping text', () => {
    expect(html).toMatch(/max-width:640px/);
    expect(html).toContain('overflow-wrap:anywhere');
    expect(html).toContain('<meta name="viewport"');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://docs.google.com/x#gid=1&range=A2', 'https://docs.google.com/x#gid=1&amp;range=A2'],
    ['javascript:alert(1)', ''],
    ['http://example.com', ''],
    ['https://x.test/"onmouseover="alert(1)', ''],
    ['', ''],
  ])('%s → %s', (link, expected) => expect(safeHref(link)).toBe(expected));
});

describe('renderDigest content', () => {
  it('shows the warnings: no target for tomorrow, team and rep behind the floor', () => {
    const { html, text } = renderDigest(sampleModel('en'));
    const seen = visibleText(html);
    expect(seen).toContain(`No target for tomorrow (11-30): ${LONG_NAME}`);
    expect(seen).toContain('Behind the floor: 3 signed, floor 6.');
    expect(seen).toContain('Tomorrow (11-30): NO TARGET for tomorrow');
    expect(seen).toContain('Month: 0 signed (floor so far 2, goal 8–10) · first-visit signings 0 · behind pace');
    expect(html).toMatch(/background:#fdecea[^"]*"><b>No target for tomorrow/);
    expect(text).toContain(`!! No target for tomorrow (11-30): ${LONG_NAME}`);
    expect(text).toContain('!! Signed this month: 3 (Behind the floor: 3 signed, floor 6.)');
  });

  it('says when everyone has a target and nobody is behind', () => {
    const base = sampleModel('en');
    const model = sampleModel('en', {
      noTargetTomorrow: [],
      totals: { ...base.totals, monthSigned: 6 },
      reps: base.reps.map((r) => ({ ...r, tomorrowTargets: ['X'], monthSigned: 2 })),
    });
    const { html, text } = renderDigest(model);
    expect(visibleText(html)).toContain('Every rep has named tomorrow’s target.');
    expect(html).not.toMatch(/Behind the floor|behind pace|NO TARGET/);
    expect(text).not.toMatch(/Behind the floor|behind pace|NO TARGET/);
  });

  it('shows totals with change vs 7 days ago, and the pace arithmetic', () => {
    const { text } = renderDigest(sampleModel('en'));
    expect(text).toContain('A customers: 4 (+2 vs 7 days ago)');
    expect(text).toContain('B customers: 7 (−3 vs 7 days ago)');
    expect(text).toContain('C customers: 9 (±0 vs 7 days ago)');
    expect(text).toContain('Open customers: 20 (no log 7 days ago)');
    expect(text).toContain('Today’s targets signed: 1 of 3');
    expect(text).toContain('Signed today: 2');
    expect(text).toContain('Floor so far 6 (20 of 21 working days × 10% × 3 reps); disciplined reps reach 24–30 this month.');
  });

  it('states each rep’s tiers, targets with results, uncleared and month', () => {
    const { text } = renderDigest(sampleModel('en'));
    expect(text).toContain('* Tom & "Jerry"\n  A 2 · B 3 · C 4 · open 9\n  Today: Acme & Sons — signed\n'
      + `  !! Today: ${SCRIPT} — not signed\n  Tomorrow (11-30): O'Brien Ltd 🚀\n  !! Uncleared: 2\n`
      + '  Month: 2 signed (floor so far 2, goal 8–10) · first-visit signings 1\n');
    expect(text).toContain('  Today: Beta 公司 — dropped');
    expect(text).toContain('* 王芳\n  A 1 · B 2 · C 2 · open 5\n  !! Today: no target named\n');
  });

  it('caps lists with "and N more", says "None." for an empty list and shows flags', () => {
    const { html, text } = renderDigest(sampleModel('en'));
    expect(text).toContain('… and 3 more');
    expect(visibleText(html)).toContain('… and 3 more');
    expect(text).toMatch(/New customers not signed on the first visit \(last 7 days\)\n-+\nNone\./);
    expect(text).toContain('  A for 9 days · target 11-28 · visits 3\n  Next step: Send <b>quote</b> & call\n  !! A for 9 days (max 7)\n');
    expect(text).toContain('  A for — days · target none · visits —');
    expect(text).toContain('  dropped 11-26 · reason: busy 😅');
    expect(text).toContain(`  ${URL}#gid=0&range=A9`);
    expect(text).not.toContain('javascript:');
    expect(text).toContain('!! ' + LONG_NAME + ': added 4 · out 1 (signed 0, dropped 1) · growing');
    expect(text).toContain('王芳: added 0 · out 1 (signed 1, dropped 0) · clearing');
  });

  it('lists the uncleared rows in the order of the model (oldest first)', () => {
    const { text } = renderDigest(sampleModel('en'));
    expect(text.indexOf('* Old Co')).toBeGreaterThan(text.indexOf('Uncleared rows (oldest first)'));
    expect(text.indexOf('* Old Co')).toBeLessThan(text.indexOf('* javascript link'));
  });

  it('puts every fact of the plain text into the HTML as well', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { html, text } = renderDigest(sampleModel(lang));
      const seen = visibleText(html).replace(/\s+/g, ' ');
      const facts = text.split('\n')
        .map((l) => l.replace(/^\s*(\* |!! )?/, '').replace(/^!! /, '').trim())
        .filter((l) => l && !/^-+$/.test(l) && !l.startsWith('https://'))
        .flatMap((l) => l.split(/[:：] ?(?=\d)| \(|（|\)$|）$/)) // totals lines are label / value / note cells in HTML
        .map((f) => f.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      expect(facts.length).toBeGreaterThan(40);
      for (const fact of facts) expect([lang, fact, seen.includes(fact)]).toEqual([lang, fact, true]);
    }
  });

  it('says so when no active rep reports to the manager', () => {
    const model = sampleModel('en', { reps: [], noTargetTomorrow: [], flow: [] });
    const { html, text } = renderDigest(model);
    expect(text).toContain('No active reps report to you on the Team sheet.');
    expect(visibleText(html)).toContain('No active reps report to you on the Team sheet.');
  });

  it('notes a non-working day', () => {
    const { text } = renderDigest(sampleModel('en', { isWorkingDay: false, date: '2026-11-28' }));
    expect(text).toContain('Today is not a working day. Tomorrow’s targets are for 11-30.');
  });
});

describe('renderDigest in Chinese', () => {
  const { html, text } = renderDigest(sampleModel('zh', { teamName: '销售客户库' }));

  it('uses the Chinese catalogue throughout', () => {
    const seen = visibleText(html);
    for (const body of [seen, text]) {
      expect(body).toContain('团队汇总');
      expect(body).toContain('A类客户');
      expect(body).toContain('较7天前 +2');
      expect(body).toContain('低于底线：已签 3 单，底线 6。');
      expect(body).toContain('没有明日（11月30日）目标的销售');
      expect(body).toContain('明日目标（11月30日）：未设明日目标');
      expect(body).toContain('……另有 3 条');
      expect(body).toContain('今日目标：Acme & Sons — 已签单');
      expect(body).toContain('11月26日 放弃 · 原因：busy 😅');
      expect(body).not.toMatch(/Team totals|Signed today|No target|and 3 more/);
    }
    expect(html).toContain('<html lang="zh-CN">');
    expect(text).toContain(`!! 没有明日（11月30日）目标的销售：${LONG_NAME}`);
    expect(text).toContain('A类客户：4（较7天前 +2）');
    expect(text).toContain('王芳：新增 0 · 流出 1（签单 1，放弃 0） · 在清库');
  });
});
