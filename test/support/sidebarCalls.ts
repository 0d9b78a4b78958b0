// The sidebar's endpoints called as the page calls them. A save is answered with only the rows it changed: like the
// page, this applies them to the state the page last loaded — and checks that what the page then shows is exactly what
// a fresh load of the sheet shows, so a save's answer can never drift from the truth of the sheet.
import { applyPatch, isPatch, patchFits, type Result, type SidebarPatch, type SidebarState } from '../../src/contract/sidebar';
import type { LocalBundle } from '../../local';

const SAVES = new Set(['sidebarSetTarget', 'sidebarRecordResult']);
const LOADS = new Set(['sidebarLoad', 'sidebarPickRep']);
/** What each bundle's page shows now (its last load, with the saves since applied). */
const shownBy = new WeakMap<LocalBundle, SidebarState>();

function load(bundle: LocalBundle, rep: string | undefined): Result<SidebarState> {
  const r = (rep ? bundle.call('sidebarLoad', rep) : bundle.call('sidebarLoad')) as Result<SidebarState>;
  if (r.ok) shownBy.set(bundle, r.value);
  return r;
}

export function pageCall(bundle: LocalBundle, name: string, ...args: unknown[]): Result<SidebarState> {
  if (!SAVES.has(name)) {
    const r = bundle.call(name, ...args) as Result<SidebarState>;
    if (LOADS.has(name) && r.ok) shownBy.set(bundle, r.value);
    return r;
  }
  const before = shownBy.get(bundle);
  const saved = bundle.call(name, ...args) as Result<SidebarPatch | SidebarState>;
  if (!saved.ok) return saved;
  if (!isPatch(saved.value)) throw new Error(`${name} answered with a whole state, not the rows it changed`);
  // No page loaded yet in this test, or it shows another rep's day: the page loads the saved rep's day.
  if (!before || !patchFits(before, saved.value)) return load(bundle, saved.value.rep);
  const shown = applyPatch(before, saved.value);
  const fresh = load(bundle, shown.me?.rep);
  if (!fresh.ok) throw new Error(`a fresh load failed: ${JSON.stringify(fresh.error)}`);
  // The last page was someone else's (the test signed in as another person since): this one loads its own.
  if (fresh.value.me?.email !== before.me?.email) return fresh;
  expect(shown).toEqual(fresh.value);
  return { ok: true, value: shown };
}

/**
 * The sheet was changed behind the page's back (a sort, a script's copy): the page's rows are stale by design until it
 * loads again, so the next save is not compared with a fresh load.
 */
export function sheetChangedBehindThePage(bundle: LocalBundle): void {
  shownBy.delete(bundle);
}
