// What the add-on remembers of each Pipeline row, kept in its own hidden column beside the row (SPEC "Truth from the
// sheet"). Every stamp rule compares this with what the sheet says now, so a change made without an edit event (another
// script, a form, an import, a paste, undo) is stamped by whichever run notices it, with the day it noticed.
import type { DateKey, FlagKind, Outcome, Status, Tier } from './types';

export interface RowMemory {
  /** The tier Tier since dates ('' when the row had no valid tier). */
  tier: Tier | '';
  /** The status last seen ('' for a word the add-on does not know). */
  status: Status | '';
  /** The target date last seen ('' for none or not a date). */
  target: DateKey | '';
  /** Times the target was moved on from today or a passed day without a result (SPEC "Carry-over"). */
  pushes: number;
  /** The last day this row was one of that day's targets: it stays today's target after it is moved on. */
  namedOn: DateKey | '';
  /** The last day its target was pushed ('' for never): the Daily Log's Pushed. */
  pushedOn?: DateKey | '';
  /** The last result recorded for the row, and its day. */
  result: Outcome | '';
  resultOn: DateKey | '';
  /** Closed before the add-on adopted the sheet: history, never flagged or counted. */
  history: boolean;
  /**
   * New to a run that could not write its Added and Tier since (a rep's sidebar while those columns are protected):
   * the next run that may write them stamps them with the day it notices. Never set with history.
   */
  owed?: boolean;
  /**
   * The row's primary flag kind when it was last decided (absent: not flagged). The Pipeline's conditional-format
   * rules colour a row from this field alone, so the colour needs no background written and no words in a language.
   */
  flag?: FlagKind;
}

const STATUS_CODE: Record<Status, string> = { Open: 'O', Signed: 'S', Dropped: 'D' };
const OUTCOME_CODE: Record<Outcome, string> = { signed: 'S', notSigned: 'N', dropped: 'D' };

const STATUS_OF: Record<string, Status> = { O: 'Open', S: 'Signed', D: 'Dropped' };
const OUTCOME_OF: Record<string, Outcome> = { S: 'signed', N: 'notSigned', D: 'dropped' };

/** One letter per flag kind, the memory's last field ('h' is the history mark of the field before it). */
export const FLAG_KIND_CODE: Record<FlagKind, string> = { invalid: 'i', missed: 'm', noTarget: 't', pushed: 'p', aged: 'a' };
const FLAG_KIND_OF: Record<string, FlagKind> = Object.fromEntries(
  (Object.keys(FLAG_KIND_CODE) as FlagKind[]).map((k) => [FLAG_KIND_CODE[k], k]),
) as Record<string, FlagKind>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOr = (s: string | undefined): DateKey | '' => (s && DATE.test(s) ? s : '');

/**
 * The cell text: `v1|tier|status|target|pushes|namedOn|result|resultOn|h` (or `n` for stamps owed), about 50 characters, and `|<kind>` after it
 * while the row is flagged (so a row that was never flagged keeps the form earlier versions wrote). A short, fixed
 * form keeps 50,000 rows' memory far below the 50,000-character cell limit and cheap to read in one column.
 */
export function encodeMemory(m: RowMemory): string {
  const fields = [
    'v1', m.tier, m.status ? STATUS_CODE[m.status] : '', m.target, String(m.pushes), m.namedOn,
    m.result ? OUTCOME_CODE[m.result] : '', m.resultOn, m.history ? 'h' : m.owed ? 'n' : '',
  ];
  // The flag kind, then the day of the last push: both optional, so an earlier version's cell reads the same.
  if (m.flag || m.pushedOn) fields.push(m.flag ? FLAG_KIND_CODE[m.flag] : '');
  if (m.pushedOn) fields.push(m.pushedOn);
  return fields.join('|');
}

/** null for an empty or unreadable cell: the row is then new to the add-on (a baseline). */
export function decodeMemory(text: string): RowMemory | null {
  const parts = String(text ?? '').split('|');
  if (parts[0] !== 'v1' || parts.length < 9) return null;
  const tier = parts[1] === 'A' || parts[1] === 'B' || parts[1] === 'C' ? parts[1] : '';
  const pushes = Number(parts[4]);
  const memory: RowMemory = {
    tier,
    status: STATUS_OF[parts[2]] ?? '',
    target: dateOr(parts[3]),
    pushes: Number.isInteger(pushes) && pushes >= 0 ? pushes : 0,
    namedOn: dateOr(parts[5]),
    result: OUTCOME_OF[parts[6]] ?? '',
    resultOn: dateOr(parts[7]),
    history: parts[8] === 'h',
  };
  if (parts[8] === 'n') memory.owed = true;
  // The 9-field form of earlier versions (and an unflagged row) has no kind.
  const flag = FLAG_KIND_OF[parts[9] ?? ''];
  if (flag) memory.flag = flag;
  const pushedOn = dateOr(parts[10]);
  if (pushedOn) memory.pushedOn = pushedOn;
  return memory;
}

export function sameMemory(a: RowMemory | null, b: RowMemory | null): boolean {
  if (a === null || b === null) return a === b;
  return encodeMemory(a) === encodeMemory(b);
}
