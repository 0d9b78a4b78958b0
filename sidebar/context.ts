// What every section renderer gets from the page: the state to show and the ways to talk to the server.
import type { Lang } from '../src/contract/sidebar';
import type { Result, SidebarPatch, SidebarState } from '../src/contract/sidebar';
import type { Drafts } from './drafts';

export interface PageContext {
  lang: Lang;
  state: SidebarState;
  drafts: Drafts;
  /** The rep the caller is when acting for nobody else (a manager's own name, if they are a rep too). */
  homeRep?: string;
  /**
   * One write: disables the page's buttons while in flight; on failure shows the error in errorBox, keeps the form and
   * gives the focus back to the button; on success draws the new state (a save's answer is the rows it changed, merged
   * into the state held) and puts the focus on the next sensible control.
   */
  save(button: HTMLButtonElement, errorBox: HTMLElement, form: string, call: () => Promise<Result<SidebarState | SidebarPatch>>): void;
  selectRow(rowId: string, status: HTMLElement): void;
  /** A manager picks another rep: drafts are dropped and that rep's day is loaded. */
  switchRep(rep: string): void;
  /** Loads the state again for the rep on screen, keeping drafts. */
  refresh(): void;
  /** Draws the page again from the same state (a step unfolded), keeping drafts; then focuses [data-focus=focusKey]. */
  rerender(focusKey?: string): void;
}
