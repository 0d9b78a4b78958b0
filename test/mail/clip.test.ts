// SPEC "Limits": a digest's HTML never passes what Gmail shows unclipped (~100 KB). Past that the longest of the lists
// that may be cut end with a link to the sheet; every A customer and every invalid row stays, and only when those
// alone pass the clip do the A lines get shorter. The plain text (not clipped by Gmail) stays whole.
import type { ACustomer, DigestModel, RepDigest, UnclearedItem } from '../../src/domain/digestModel';
import type { Lang } from '../../src/domain/types';
import { CLIP_BYTES, TEXT_BYTES, compactA, cutLists, fitToClip, utf8Bytes } from '../../src/mail/clip';
import { renderHtml } from '../../src/mail/html';
import { renderDigest } from '../../src/mail/render';
import { renderText } from '../../src/mail/text';
import { URL, sampleModel } from './sampleModel';

const link = (row: number): string => `${URL}#gid=0&range=A${row}`;
const STEP = { en: 'Visit again with the quote and samples; meet the owner in person.', zh: '带上报价单和样品再去拜访一次，约老板本人面谈。' };

interface Shape {
  reps: number;
  /** A customers per rep. */
  perRep: number;
  /** How often each A customer's next step is repeated (its bytes). */
  stepRepeat?: number;
  invalid?: number;
  /** Uncleared rows that are not invalid (aged Bs). */
  aged?: number;
  notFirstVisit?: number;
  pushedPerRep?: number;
}

/** A team of `reps` reps with `perRep` A customers each, and uncleared, not-first-visit and pushed lists as asked. */
function team(lang: Lang, s: Shape): DigestModel {
  const base = sampleModel(lang);
  let row = 2;
  const cards: RepDigest[] = Array.from({ length: s.reps }, (_, i) => {
    const rep = lang === 'zh' ? `销售${i + 1}号` : `Rep number ${i + 1}`;
    const items: ACustomer[] = Array.from({ length: s.perRep }, (_, j) => ({
      rep, customer: `${rep} customer ${j + 1}`, link: link(row++), daysAsA: j, target: '2026-11-30', visits: 2, pushes: 0,
      nextStep: STEP[lang].repeat(s.stepRepeat ?? 1),
      flags: j % 3 === 0 ? [{ kind: 'aged', text: `A for ${j + 8} days (max 7)` }] : [],
    }));
    const pushed = Array.from({ length: s.pushedPerRep ?? 0 }, (_, j) => ({ customer: `${rep} pushed ${j + 1}`, pushes: 9 - (j % 5) }));
    return { ...base.reps[0], rep, A: s.perRep, B: 5, C: 5, open: s.perRep + 10, pushed, aCustomers: { items, more: 0 } };
  });
  const invalid: UnclearedItem[] = Array.from({ length: s.invalid ?? 0 }, (_, i) => ({
    rep: i === 0 ? 'Unknown Person' : 'Rep number 1', customer: i === 0 ? 'Ghost Ltd' : `Bad ${i}`, link: link(row++), tier: null,
    daysInTier: null, flags: [{ kind: 'invalid', text: 'tier "Q" is not A/B/C' }],
  }));
  const aged: UnclearedItem[] = Array.from({ length: s.aged ?? 0 }, (_, i) => ({
    rep: 'Someone', customer: `Old customer ${i + 1} ${'x'.repeat(30)}`, link: link(row++), tier: 'B', daysInTier: 400 - i,
    flags: [{ kind: 'aged', text: `B for ${400 - i} days (max 30)` }],
  }));
  const notFirstVisit = Array.from({ length: s.notFirstVisit ?? 0 }, (_, i) => ({
    rep: 'Someone', customer: `New customer ${i + 1}`, link: link(row++), added: '2026-11-24', visits: 2, status: 'Open',
  }));
  return {
    ...base,
    reps: cards,
    noTargetTomorrow: cards.slice(0, 3).map((c) => c.rep),
    uncleared: { items: [...invalid, ...aged], more: 0 },
    notFirstVisit: { items: notFirstVisit, more: 0 },
    flow: cards.map((c) => ({ rep: c.rep, added: 3, signed: 1, dropped: 1, clearing: false })),
  };
}

const MORE = { en: /… and (\d+) more · Open the pipeline/g, zh: /……另有 (\d+) 个 · 打开客户库/g };
const HTML_MORE = { en: /… and (\d+) more · <a href="([^"]+)"/g, zh: /……另有 (\d+) 个 · <a href="([^"]+)"/g };
const aNames = (m: DigestModel): string[] => m.reps.flatMap((r) => r.aCustomers.items.map((a) => a.customer));
const section = (html: string, from: string, to: string): string => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));

describe('Gmail clipping', () => {
  // The tester's team: 60 reps × 3 A customers, 40 invalid rows (Ghost Ltd among them), many aged B rows.
  it.each(['en', 'zh'] as const)('%s: never cuts an A customer or an invalid row; the long lists end with the sheet', (lang) => {
    const model = team(lang, { reps: 25, perRep: 3, invalid: 40, aged: 250, notFirstVisit: 60, pushedPerRep: 6 });
    expect(utf8Bytes(renderHtml(model))).toBeGreaterThan(1.5 * CLIP_BYTES);
    expect(utf8Bytes(renderHtml(cutLists(model, 0)))).toBeLessThan(CLIP_BYTES); // what is never cut fits
    expect(utf8Bytes(renderText(model))).toBeLessThan(TEXT_BYTES);
    const { html, text } = renderDigest(model);
    expect(utf8Bytes(html)).toBeLessThanOrEqual(CLIP_BYTES);
    // Every A customer, with its whole line (the next step too: what is never cut fits, so nothing is shortened).
    for (const name of aNames(model)) expect(html).toContain(`<b>${name}</b>`);
    expect(html.split(STEP[lang])).toHaveLength(76);
    expect(html).not.toContain(lang === 'en' ? 'Every A customer is listed' : 'A类客户的部分详情从略');
    // Every invalid row, Ghost Ltd (rep not on Team) included.
    for (const x of model.uncleared.items.slice(0, 40)) expect(html).toContain(`<b>${x.customer}</b>`);
    // The cut lists end with "… and N more" and the sheet; shown + more is still every row.
    const cuts = [...html.matchAll(HTML_MORE[lang])];
    expect(cuts.length).toBeGreaterThan(0);
    expect(cuts.every((c) => c[2] === URL)).toBe(true);
    const uncleared = section(html, lang === 'en' ? 'Uncleared — most urgent first' : '待清理', lang === 'en' ? 'Soft drops' : '疑似假拒绝');
    const shownAged = (uncleared.match(/Old customer \d+/g) ?? []).length;
    expect(uncleared).toContain(lang === 'en' ? `… and ${250 - shownAged} more` : `……另有 ${250 - shownAged} 个`);
    // The flow table (60 rows) is cut too, and the short soft-drop list stays whole.
    const flow = section(html, lang === 'en' ? 'Pipeline flow this week' : '本周客户库流动', '</td>');
    expect(flow).toMatch(HTML_MORE[lang]);
    expect(html).toContain('Delta');
    // The plain text is not clipped by Gmail: it is the whole digest.
    expect(text).toBe(renderText(model));
    expect(text.match(MORE[lang])).toBeNull();
  });

  it('shortens the longest lists first and leaves the short ones whole', () => {
    const model = team('en', { reps: 4, perRep: 2, invalid: 3, aged: 900, notFirstVisit: 5, pushedPerRep: 3 });
    model.softDrops = { items: [{ rep: 'X', customer: 'Soft one', link: link(9999), reason: 'busy', closed: '2026-11-26' }], more: 0 };
    const { model: fitted, body } = fitToClip(model, renderHtml);
    expect(utf8Bytes(body)).toBeLessThanOrEqual(CLIP_BYTES);
    expect(fitted.uncleared.items.length).toBeLessThan(903);
    expect(fitted.uncleared.items.length).toBeGreaterThan(3 + 5); // longer than the short lists it left alone
    expect(fitted.uncleared.more).toBe(903 - fitted.uncleared.items.length);
    expect(fitted.softDrops).toEqual(model.softDrops);
    expect(fitted.notFirstVisit).toEqual(model.notFirstVisit);
    expect(fitted.flow).toEqual(model.flow);
    expect(fitted.flowMore ?? 0).toBe(0);
    expect(fitted.reps).toEqual(model.reps);
    expect(fitted.aCompact ?? 0).toBe(0);
  });

  it('keeps the invalid rows even when the cut list keeps nothing else', () => {
    const model = team('en', { reps: 2, perRep: 1, invalid: 50, aged: 10 });
    const cut = cutLists(model, 0);
    expect(cut.uncleared.items).toEqual(model.uncleared.items.slice(0, 50));
    expect(cut.uncleared.more).toBe(10);
    expect(cut.reps.map((r) => r.aCustomers)).toEqual(model.reps.map((r) => r.aCustomers));
  });

  it('cuts the flow table and the pushed lists with "… and N more", a pushed line keeping its first target', () => {
    const model = team('en', { reps: 3, perRep: 1, pushedPerRep: 4 });
    const cut = cutLists(model, 0);
    expect(cut.flow).toEqual([]);
    expect(cut.flowMore).toBe(3);
    expect(cut.reps.map((r) => [r.pushed.length, r.pushedMore])).toEqual([[1, 3], [1, 3], [1, 3]]);
    const html = renderHtml(cut);
    const text = renderText(cut);
    expect(html.match(HTML_MORE.en)?.length).toBe(5); // three pushed lines, the soft drops and the flow table
    expect(text).toContain('Pipeline flow this week\n-----------------------\n… and 3 more · Open the pipeline: ');
    expect(text).toContain('  Other targets pushed: Rep number 1 pushed 1 (9 times)\n  … and 3 more · Open the pipeline: ');
  });

  it.each(['en', 'zh'] as const)('%s: when the A customers alone pass the clip their lines get shorter, none is dropped', (lang) => {
    const model = team(lang, { reps: 30, perRep: 40, stepRepeat: 3, aged: 20 });
    expect(utf8Bytes(renderHtml(model))).toBeGreaterThan(3 * CLIP_BYTES);
    const { html, text } = renderDigest(model);
    expect(utf8Bytes(html)).toBeLessThanOrEqual(CLIP_BYTES);
    for (const name of aNames(model)) expect(html).toContain(name);
    expect(html.split(lang === 'en' ? 'A customers (40)' : 'A类客户（40）')).toHaveLength(31);
    expect(html).toContain(lang === 'en' ? 'Every A customer is listed' : 'A类客户的部分详情从略');
    expect(html).not.toContain(STEP[lang]);
    // Every flag still shows its colour: the ■ of 'aged' before each flagged customer.
    expect(html.split('&#9632;').length - 1).toBeGreaterThanOrEqual(30 * 14);
    // The plain text passes even its own bound here: it is shortened the same way, every A customer kept.
    expect(utf8Bytes(renderText(model))).toBeGreaterThan(TEXT_BYTES);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(TEXT_BYTES);
    for (const name of aNames(model)) expect(text).toContain(`* ${name}\n`);
  });

  it('shortens the A lines no more than it must: dropping the next steps is enough here', () => {
    const model = team('en', { reps: 12, perRep: 8, stepRepeat: 8 });
    const { model: fitted, body } = fitToClip(model, renderHtml);
    expect(utf8Bytes(body)).toBeLessThanOrEqual(CLIP_BYTES);
    expect(fitted.aCompact).toBe(1);
    expect(body).not.toContain(STEP.en);
    expect(body).toContain('target Mon, Nov 30'); // the facts line and the row links stay
    expect(body).toContain(link(3).replace('&', '&amp;'));
    expect(utf8Bytes(renderHtml(compactA(cutLists(model, 0), 0)))).toBeGreaterThan(CLIP_BYTES);
  });

  it('shortens the plain text only when it is absurdly large, by the same rules', () => {
    const model = team('en', { reps: 2, perRep: 2, invalid: 5, aged: 3000 });
    expect(utf8Bytes(renderText(model))).toBeGreaterThan(TEXT_BYTES);
    const { text } = renderDigest(model);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(TEXT_BYTES);
    for (const name of [...aNames(model), 'Ghost Ltd', 'Bad 4']) expect(text).toContain(`* ${name}`);
    expect(text).toMatch(/… and \d+ more · Open the pipeline/);
  });

  it('does not touch a digest that fits: 8 reps × 3 A customers are all there', () => {
    const model = team('en', { reps: 8, perRep: 3, aged: 20 });
    model.uncleared.more = 180;
    const { html, text } = renderDigest(model);
    expect(html).toBe(renderHtml(model));
    expect(text).toBe(renderText(model));
    expect(text.match(/… and \d+ more/g)).toEqual(['… and 180 more']); // the uncleared list's own cut only
    for (const name of aNames(model)) expect(text).toContain(`* ${name}\n`);
  });

  it('counts bytes as Gmail does: three for a Chinese character, four for an emoji', () => {
    expect([utf8Bytes('abc'), utf8Bytes('é'), utf8Bytes('客户'), utf8Bytes('🚀')]).toEqual([3, 2, 6, 4]);
    expect(utf8Bytes('客户🚀x')).toBe(Buffer.byteLength('客户🚀x'));
  });
});
