import { renderDigest } from '../../src/mail/render';
import { escapeHtml, safeHref } from '../../src/mail/escape';
import { flagColor } from '../../src/domain/rules';
import { FLAG_KINDS } from '../../src/domain/types';
import { IMG, LONG_NAME, SCRIPT, URL, sampleModel } from './sampleModel';

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'table', 'colgroup', 'col', 'tr', 'td', 'h1', 'h2', 'p', 'div', 'span', 'b', 'br', 'a']);

/** Every real tag in the markup: sheet values are escaped, so a '<' in the output is always ours. */
function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ')
    .replace(/&#8204;/g, '').replace(/&#9632;/g, '■').replace(/&amp;/g, '&');

/** What a reader sees: the hidden preview line and tags dropped, entities decoded. */
function visibleText(html: string): string {
  return decode(html
    .replace(/<title>.*?<\/title>/, '')
    .replace(/<div style="display:none[^"]*">.*?<\/div>/, '')
    .replace(/<br>/g, '\n')
    .replace(/<\/(div|p|h1|h2|tr)>/g, '\n')
    .replace(/<[^>]*>/g, ''));
}

/** The hidden preview line the inbox shows beside the subject. */
function preview(html: string): { text: string; atTop: boolean } {
  const match = /<body[^>]*>(<div style="display:none[^"]*">(.*?)<\/div>)/.exec(html);
  return { text: match ? decode(match[2]).trim() : '', atTop: match !== null };
}

describe('renderDigest subject and preview', () => {
  it('carries the product, the team, the date as yyyy-MM-dd and the key figures', () => {
    expect(renderDigest(sampleModel('en')).subject)
      .toBe('Daily Close · Sales pipeline · 2026-11-27 · targets 1/3 · 1 rep without Monday’s target');
    expect(renderDigest(sampleModel('zh', { teamName: '销售客户库' })).subject)
      .toBe('每日签单 · 销售客户库 · 2026-11-27 · 今日目标 已签 1/3 · 1人未定周一目标');
  });

  it('counts the reps without a target, and leaves that part out when every rep has one', () => {
    const base = sampleModel('en');
    expect(renderDigest(sampleModel('en', { noTargetTomorrow: ['A', 'B'] })).subject).toMatch(/ · 2 reps without Monday’s target$/);
    expect(renderDigest(sampleModel('en', { noTargetTomorrow: [] })).subject).toBe('Daily Close · Sales pipeline · 2026-11-27 · targets 1/3');
    const none = sampleModel('en', { totals: { ...base.totals, todayTargetsNamed: 0, todayTargetsSigned: 0 } });
    expect(renderDigest(none).subject).toContain(' · no targets named · ');
  });

  it('stays one header line when the team name holds a newline', () => {
    expect(renderDigest(sampleModel('en', { teamName: 'North\r\nBcc: x@evil.test' })).subject).not.toMatch(/[\r\n]/);
  });

  it('opens the HTML with a hidden preview line saying the same figures, and who has no target', () => {
    const en = preview(renderDigest(sampleModel('en')).html);
    expect(en.atTop).toBe(true);
    expect(en.text).toBe(`Today’s targets: 1 of 3 signed · No target for Mon, Nov 30 yet: ${LONG_NAME} · 3 uncleared`);
    expect(preview(renderDigest(sampleModel('zh')).html).text).toBe(`今日目标：已签 1/3 · 还未定11月30日 周一目标：${LONG_NAME} · 待清理 3 个`);
  });

  it('puts the link to the sheet and the key figure before anything else', () => {
    const { html, text } = renderDigest(sampleModel('en'));
    const hrefs = tags(html).filter((tag) => tag.startsWith('<a ')).map((tag) => /href="([^"]*)"/.exec(tag)?.[1]);
    expect(hrefs[0]).toBe(URL);
    const seen = visibleText(html);
    expect(seen.indexOf('Open the pipeline')).toBeLessThan(seen.indexOf('Today’s targets'));
    expect(seen.indexOf('1 of 3 signed')).toBeLessThan(seen.indexOf('Team totals') < 0 ? seen.indexOf('Reps') : seen.indexOf('Team totals'));
    expect(seen.indexOf('1 of 3 signed')).toBeLessThan(seen.indexOf('Reps'));
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Daily Close digest', 'Sales pipeline · 2026-11-27 · for mia@example.com', `Open the pipeline: ${URL}`, '',
      'Today’s targets: 1 of 3 signed', `!! No target for Mon, Nov 30 yet: ${LONG_NAME}`,
    ]);
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

  it('links the sheet at the top, each listed row to its sheet row, each cut list to the sheet, and never a javascript: link', () => {
    const hrefs = tags(html).filter((tag) => tag.startsWith('<a ')).map((tag) => /href="([^"]*)"/.exec(tag)?.[1]);
    const row = (n: number) => `${URL}#gid=0&amp;range=A${n}`;
    expect(hrefs).toEqual([URL, row(5), row(7), row(6), row(8), row(9), URL, row(12)]);
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
  it('shows the warnings: no target for the next working day, team and rep behind the floor', () => {
    const { html, text } = renderDigest(sampleModel('en'));
    const seen = visibleText(html);
    expect(seen).toContain(`No target for Mon, Nov 30 yet: ${LONG_NAME}`);
    expect(seen).toContain('This month: 3 signed · floor so far 6 · goal 24–30 · behind the floor');
    expect(seen).toContain('This month: 0 signed · floor so far 2 · first-visit signings 0 · behind the floor');
    expect(html).toMatch(/background:#fdecea[^"]*"><b>No target for Mon, Nov 30 yet/);
    expect(text).toContain(`!! No target for Mon, Nov 30 yet: ${LONG_NAME}`);
    expect(text).toContain('!! This month: 3 signed · floor so far 6 · goal 24–30 · behind the floor');
  });

  it('says each figure once: no line repeats the count of another, no "no log" line', () => {
    const { text } = renderDigest(sampleModel('en'));
    const team = text.split('\n').filter((l) => /(^|!! |: )3 signed\b/.test(l));
    expect(team).toEqual(['!! This month: 3 signed · floor so far 6 · goal 24–30 · behind the floor']);
    expect(text).not.toMatch(/Behind the floor: \d+ signed/);
    expect(text).not.toMatch(/no log/i);
    const noLog = renderDigest(sampleModel('en', { totals: { ...sampleModel('en').totals, change7: { A: null, B: null, C: null, open: null } } }));
    expect(noLog.text).not.toMatch(/7 days ago|no log/);
    expect(visibleText(noLog.html)).not.toMatch(/7 days ago|no log/);
    expect(noLog.text).toContain('A 4 · B 7 · C 9 · open 20');
  });

  it('says when everyone has a target and nobody is behind', () => {
    const base = sampleModel('en');
    const model = sampleModel('en', {
      noTargetTomorrow: [],
      totals: { ...base.totals, monthSigned: 6 },
      reps: base.reps.map((r) => ({ ...r, tomorrowTargets: ['X'], monthSigned: 2 })),
    });
    const { html, text } = renderDigest(model);
    expect(visibleText(html)).toContain('Every rep has a target for Mon, Nov 30.');
    expect(html).not.toMatch(/behind the floor|No target for/);
    expect(text).not.toMatch(/behind the floor|No target for/);
  });

  it('shows totals with change vs 7 days ago, and the pace arithmetic in whole numbers', () => {
    const { text } = renderDigest(sampleModel('en'));
    expect(text).toContain('A 4 · B 7 · C 9 · open 20\nvs 7 days ago: A +2 · B −3 · C ±0 · open −1\n');
    expect(text).toContain('Signed today: 2');
    expect(text).toContain('Floor = 20 of 21 working days × 10% × 3 reps; goal = 8–10 a rep this month.');
    // 王芳's floor is 2.1 in the model: people count whole signings.
    expect(text).toContain('This month: 1 signed · floor so far 2 · first-visit signings 0');
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('gives each rep a card: tiers, today with results, the next working day named, month, uncleared, pushed, every A customer', () => {
    const { text } = renderDigest(sampleModel('en'));
    expect(text).toContain('* Tom & "Jerry"\n  A 2 · B 3 · C 4 · open 9\n  Today: Acme & Sons — signed\n'
      + `  !! Today: ${SCRIPT} — not signed\n  Target for Mon, Nov 30: O'Brien Ltd 🚀\n`
      + '  This month: 2 signed · floor so far 2 · first-visit signings 1\n  !! Uncleared: 2\n'
      + "  Other targets pushed: O'Brien Ltd 🚀 (once)\n  A customers (2)\n"
      + `  * ${IMG}\n    target Mon, Nov 30 · 3 visits\n    Next step: Send <b>quote</b> & call\n    !! A for 9 days (max 7)\n    ${URL}#gid=0&range=A5\n`
      + `  * Acme & Sons\n    target Fri, Nov 27 · A for 2 days · 1 visit · pushed 3 times\n    ${URL}#gid=0&range=A7\n`);
    expect(text).toContain('  Today: Beta 公司 — dropped');
    expect(text).toContain('* 王芳\n  A 1 · B 2 · C 2 · open 5\n  !! Today: no target named\n  Target for Mon, Nov 30: Gamma, Zeta 公司\n');
    // The uncleared A customer is in its card with its reason, in its sheet colour, and nowhere else.
    expect(text).toContain('  * Kappa\n    A for 3 days · 2 visits\n    Next step: Call the boss\n    !! A without target date\n');
    expect(text.match(/Kappa/g)).toHaveLength(1);
    expect(renderDigest(sampleModel('en')).html).toContain(`<span style="color:${flagColor('noTarget')}">&#9632;</span> A without target date`);
    expect(text).not.toMatch(/Tomorrow \(|11-30/);
  });

  it('lists uncleared rows in the order of the model, each saying its reason once, and a cut list ends with the sheet', () => {
    const { html, text } = renderDigest(sampleModel('en'));
    const section = text.slice(text.indexOf('Uncleared — most urgent first'), text.indexOf('Soft drops'));
    expect(section).toContain('* javascript link · 王芳\n  !! tier "D" is not A/B/C\n* Old Co · Tom & "Jerry"\n  !! C for 120 days (max 90)\n'
      + `  ${URL}#gid=0&range=A9\n… and 3 more · Open the pipeline: ${URL}\n`);
    expect(section.match(/120/g)).toHaveLength(1);
    expect(visibleText(html)).toContain('… and 3 more · Open the pipeline');
    expect(html).toMatch(new RegExp(`… and 3 more · <a href="${URL}"[^>]*>Open the pipeline</a>`));
  });

  it('says "None." for an empty list and names the days of the other lists', () => {
    const { text } = renderDigest(sampleModel('en'));
    expect(text).toMatch(/New customers not signed on the first visit \(last 7 days\)\n-+\nNone\./);
    expect(text).toContain('  dropped Thu, Nov 26 · reason: busy 😅');
    expect(text).not.toContain('javascript:');
    expect(text).toContain('!! ' + LONG_NAME + ': added 4 · out 1 (signed 0, dropped 1) · growing');
    expect(text).toContain('王芳: added 0 · out 1 (signed 1, dropped 0) · clearing');
  });

  it('explains the sheet\'s row colours in one legend line, each with its colour', () => {
    const { html, text } = renderDigest(sampleModel('en'));
    expect(text).toContain('Row colours in the sheet: red = invalid entry · yellow = A without target date · '
      + 'blue = target pushed too often · orange = target date passed · purple = kept its tier too long');
    for (const kind of FLAG_KINDS) expect(html).toContain(`<span style="color:${flagColor(kind)}">&#9632;</span>`);
  });

  it('puts every fact of the plain text into the HTML as well', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { html, text } = renderDigest(sampleModel(lang));
      const seen = visibleText(html).replace(/■ /g, '').replace(/\s+/g, ' ');
      const facts = text.split('\n')
        .map((l) => l.replace(/^\s*(\* |!! )?/, '').replace(/^!! /, '').trim())
        .filter((l) => l && !/^-+$/.test(l) && !l.startsWith('https://'))
        .map((l) => l.replace(/(: |：)https:\/\/\S+$/, '')) // a link in the text is a link in the HTML
        .flatMap((l) => l.split(/^(?:Today’s targets: |今日目标：)(?=已签|\d|none|未设)/)) // the key figure: label over a big value
        .map((f) => f.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      expect(facts.length).toBeGreaterThan(40);
      for (const fact of facts) expect([lang, fact, seen.includes(fact)]).toEqual([lang, fact, true]);
    }
  });

  it('says so when no active rep reports to the manager', () => {
    const model = sampleModel('en', { reps: [], noTargetTomorrow: [], flow: [] });
    const { html, text, subject } = renderDigest(model);
    expect(text).toContain('No active reps report to you on the Team sheet.');
    expect(visibleText(html)).toContain('No active reps report to you on the Team sheet.');
    expect(subject).toBe('Daily Close · Sales pipeline · 2026-11-27');
  });

  it('notes a non-working day, naming the next working day', () => {
    const { text } = renderDigest(sampleModel('en', { isWorkingDay: false, date: '2026-11-28' }));
    expect(text).toContain('Today is not a working day. The next working day is Mon, Nov 30.');
  });
});

describe('renderDigest in Chinese', () => {
  const { html, text } = renderDigest(sampleModel('zh', { teamName: '销售客户库' }));

  it('uses the Chinese catalogue throughout, one term per idea', () => {
    const seen = visibleText(html).replace(/■ /g, '');
    expect(text).toContain('今日目标：已签 1/3');
    expect(seen).toContain('今日目标\n已签 1/3');
    for (const body of [seen, text]) {
      expect(body).toContain(`还未定11月30日 周一目标：${LONG_NAME}`);
      expect(body).toContain('本月：已签 3 单 · 至今底线 6 · 目标 24–30 · 低于底线');
      expect(body).toContain('较7天前：A类 +2 · B类 −3 · C类 ±0 · 跟进中 −1');
      expect(body).toContain('11月30日 周一目标：Gamma、Zeta 公司');
      expect(body).toContain('待清理：2');
      expect(body).toContain('待清理（最紧急的在前）');
      expect(body).toContain('……另有 3 个 · 打开客户库');
      expect(body).toContain('今日目标：Acme & Sons — 已签单');
      expect(body).toContain('疑似假拒绝，需复核（近7天）');
      expect(body).toContain('11月26日 周四 放弃 · 原因：busy 😅');
      expect(body).toContain('表格中的行颜色：红色 = 填写有误');
      expect(body).not.toMatch(/未清理|滞留|个中签|需复核的软性放弃|各行可链接到表格|Team totals|Signed today|No target|and 3 more/);
    }
    expect(html).toContain('<html lang="zh-CN">');
    expect(text).toContain(`!! 还未定11月30日 周一目标：${LONG_NAME}`);
    expect(text).toContain('王芳：新增 0 · 流出 1（签单 1，放弃 0） · 在清库');
  });
});
