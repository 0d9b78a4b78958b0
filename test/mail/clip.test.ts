// SPEC "Limits": a digest never passes what Gmail shows unclipped (~100 KB); past that the longest lists end with a
// link to the sheet, and each rep's A customers are still counted.
import type { ACustomer, DigestModel, RepDigest } from '../../src/domain/digestModel';
import type { Lang } from '../../src/domain/types';
import { CLIP_BYTES, fitToClip, utf8Bytes } from '../../src/mail/clip';
import { renderHtml } from '../../src/mail/html';
import { renderDigest } from '../../src/mail/render';
import { URL, sampleModel } from './sampleModel';

const link = (row: number): string => `${URL}#gid=0&range=A${row}`;

/** A big team: `reps` reps with `perRep` A customers each (long next steps), and many uncleared rows. */
function bigTeam(lang: Lang, reps: number, perRep: number): DigestModel {
  const base = sampleModel(lang);
  let row = 2;
  const cards: RepDigest[] = Array.from({ length: reps }, (_, i) => {
    const rep = lang === 'zh' ? `销售${i + 1}号` : `Rep number ${i + 1}`;
    const items: ACustomer[] = Array.from({ length: perRep }, (_, j) => ({
      rep, customer: `${rep} customer ${j + 1}`, link: link(row++), daysAsA: j, target: '2026-11-30', visits: 2, pushes: 0,
      nextStep: (lang === 'zh' ? '带上报价单和样品再去拜访一次，约老板本人面谈。' : 'Visit again with the quote and samples; meet the owner in person. ').repeat(3),
      flags: j % 3 === 0 ? [{ kind: 'aged', text: `A for ${j} days (max 7)` }] : [],
    }));
    return {
      ...base.reps[0], rep, A: perRep, B: 5, C: 5, open: perRep + 10, pushed: [], aCustomers: { items, more: 0 },
    };
  });
  const uncleared = Array.from({ length: 20 }, (_, i) => ({
    rep: 'Someone', customer: `Old customer ${i + 1}`, link: link(row++), tier: 'C' as const, daysInTier: 200 - i,
    flags: [{ kind: 'aged' as const, text: `C for ${200 - i} days (max 90)` }],
  }));
  return {
    ...base,
    reps: cards,
    noTargetTomorrow: cards.slice(0, 3).map((c) => c.rep),
    uncleared: { items: uncleared, more: 180 },
    flow: cards.map((c) => ({ rep: c.rep, added: 3, signed: 1, dropped: 1, clearing: false })),
  };
}

describe('Gmail clipping', () => {
  it.each(['en', 'zh'] as const)('%s: a big team’s digest stays under ~100 KB, each cut list ending with the sheet, every A counted', (lang) => {
    const model = bigTeam(lang, 30, 40);
    expect(utf8Bytes(renderHtml(model))).toBeGreaterThan(3 * CLIP_BYTES); // the whole of it would be clipped
    const { html, text } = renderDigest(model);
    expect(utf8Bytes(html)).toBeLessThanOrEqual(CLIP_BYTES);
    // Every rep still has a card, counting all 40 of their A customers, and says how many are left to the sheet.
    const heading = lang === 'en' ? 'A customers (40)' : 'A类客户（40）';
    const more = lang === 'en' ? /… and (\d+) more · Open the pipeline/g : /……另有 (\d+) 个 · 打开客户库/g;
    expect(text.split(heading)).toHaveLength(31);
    expect(html.split(heading)).toHaveLength(31);
    const cut = [...text.matchAll(more)];
    expect(cut.length).toBeGreaterThanOrEqual(30);
    // The link to the sheet ends each cut list, in the HTML too.
    const htmlMore = lang === 'en' ? /… and \d+ more · <a href="([^"]+)"/g : /……另有 \d+ 个 · <a href="([^"]+)"/g;
    expect([...html.matchAll(htmlMore)].map((m) => m[1])).toEqual(cut.map(() => URL));
    // Shown + more is still every A customer of each rep, and the uncleared list keeps its count of 200.
    const shownPerRep = (text.split('\n').filter((l) => /^ {2}\* /.test(l)).length) / 30;
    expect(Number(cut[0][1]) + shownPerRep).toBe(40);
    expect(cut.some((m) => Number(m[1]) > 180)).toBe(true);
  });

  it('shortens the longest lists first and leaves the short ones whole', () => {
    const model = bigTeam('en', 4, 300);
    model.softDrops = { items: [{ rep: 'X', customer: 'Soft one', link: link(9999), reason: 'busy', closed: '2026-11-26' }], more: 0 };
    const { model: fitted, html } = fitToClip(model, renderHtml);
    expect(utf8Bytes(html)).toBeLessThanOrEqual(CLIP_BYTES);
    expect(fitted.reps.every((r) => r.aCustomers.items.length < 300 && r.aCustomers.more === 300 - r.aCustomers.items.length)).toBe(true);
    expect(fitted.softDrops.items.map((s) => s.customer)).toEqual(['Soft one']);
    expect(fitted.uncleared.items).toHaveLength(20);
  });

  it('does not touch a digest that fits: 8 reps × 3 A customers are all there', () => {
    const model = bigTeam('en', 8, 3);
    const { html, text } = renderDigest(model);
    expect(html).toBe(renderHtml(model));
    expect(text.match(/… and \d+ more/g)).toEqual(['… and 180 more']); // the uncleared list's own cut only
    for (const rep of model.reps) for (const a of rep.aCustomers.items) expect(text).toContain(`* ${a.customer}\n`);
  });

  it('counts bytes as Gmail does: three for a Chinese character, four for an emoji', () => {
    expect([utf8Bytes('abc'), utf8Bytes('é'), utf8Bytes('客户'), utf8Bytes('🚀')]).toEqual([3, 2, 6, 4]);
    expect(utf8Bytes('客户🚀x')).toBe(Buffer.byteLength('客户🚀x'));
  });
});
