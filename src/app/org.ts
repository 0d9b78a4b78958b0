// The organisation's jobs on the heartbeat (SPEC "Morning", "Reminder", "Mail priority"): the morning meeting's mail
// (directors' roll-ups, managers' briefs, rep nudges) and the afternoon reminder. Mail before the digest hour uses only
// what is left after the day's remaining digests are reserved; each send is recorded once, so a double-fired beat sends
// nothing twice and a quota-short morning is finished by a later beat.
import { isWorkingDay } from '../domain/calendar';
import { managersToNotify } from '../domain/digest';
import { directorsOf, morningBrief, morningNudges, reminders, rollup, type OrgInput } from '../domain/org';
import { repsOfManager } from '../domain/team';
import { emailTag } from '../domain/email';
import { t } from '../i18n';
import type { DocContext } from './context';
import { documentStore } from './store';
import { postToChat } from './chat';
import { renderBrief, renderNudge, renderRollup } from '../mail/org';
import { digestsOwed, quotaAfterDigests, readSendState, sendOne } from '../mail/send';
import type { RenderedDigest } from '../mail/render';
import { readRecentLog } from '../sheets/logSheet';
import type { PipelineTable } from '../sheets/pipeline';
import { sheetFacts } from './nightly';
import { refreshFlags } from './refresh';
import { withDocumentLock } from './lock';
import { UserError } from '../i18n/errors';

export interface OrgJobResult {
  /** Recipients (a kind letter and the address's tag) sent so far today by this job, this beat and earlier ones. */
  sent: string[];
  /** Messages still owed (the quota ran short): the job is deferred to a later beat. */
  left: number;
  errors: string[];
  chatPosted: boolean;
}

interface Outgoing {
  key: string;
  to: string;
  message: RenderedDigest;
}

export function orgInput(ctx: DocContext, table: PipelineTable): OrgInput {
  const facts = sheetFacts(ctx, table);
  return {
    lang: ctx.lang, today: ctx.today, settings: ctx.settings, team: ctx.team, rows: table.rows,
    log: readRecentLog(ctx.ss, ctx.timeZone, ctx.today), sheetName: facts.name,
    sheetUrl: facts.url ? `${facts.url}#gid=${facts.gid}` : '',
  };
}

/** The mail of the morning meeting, in priority order: roll-ups, briefs, nudges. */
export function morningMail(ctx: DocContext, input: OrgInput): Outgoing[] {
  const out: Outgoing[] = [];
  for (const director of directorsOf(ctx.team)) {
    const model = rollup(input, director);
    if (model.teams.length) out.push({ key: `r${emailTag(director)}`, to: director, message: renderRollup(model) });
  }
  if (ctx.settings.morningBrief) {
    for (const manager of managersToNotify(ctx.team)) {
      if (repsOfManager(ctx.team, manager).length) out.push({ key: `b${emailTag(manager)}`, to: manager, message: renderBrief(morningBrief(input, manager)) });
    }
  }
  if (ctx.settings.remindReps) {
    for (const nudge of morningNudges(input)) out.push({ key: `n${emailTag(nudge.email)}`, to: nudge.email, message: renderNudge(nudge) });
  }
  return out;
}

export function reminderMail(ctx: DocContext, input: OrgInput): Outgoing[] {
  if (!ctx.settings.remindReps) return [];
  return reminders(input).map((n) => ({ key: `m${emailTag(n.email)}`, to: n.email, message: renderNudge(n) }));
}

/** Digests still owed today (not yet sent by the nightly run, plus earlier days'): reserved before anything else. */
function owedDigestCount(ctx: DocContext, nightlyDone: boolean): number {
  const state = readSendState(documentStore(ctx.ss.getId()));
  const todays = nightlyDone || !isWorkingDay(ctx.today, ctx.settings) ? [] : managersToNotify(ctx.team);
  return digestsOwed(ctx.today, todays, state, false).length;
}

/** Sends what is not yet sent today, within the quota left after digests; records every send. */
export function sendOrgMail(ctx: DocContext, mail: Outgoing[], already: string[], nightlyDone: boolean): OrgJobResult {
  const sent = [...already];
  const errors: string[] = [];
  let quota = quotaAfterDigests(owedDigestCount(ctx, nightlyDone));
  let left = 0;
  for (const m of mail) {
    if (sent.includes(m.key)) continue;
    if (quota < 1) {
      left++;
      continue;
    }
    const error = sendOne(m.to, m.message, t(ctx.lang, 'app.name'));
    quota--;
    // A failed address is recorded and not retried all day: the others must not wait behind it.
    sent.push(m.key);
    if (error) errors.push(`${m.to}: ${error}`);
  }
  if (left) errors.push(t(ctx.lang, 'org.record.quota', { count: left }));
  return { sent, left, errors, chatPosted: false };
}

/** The morning list for the team's chat group: today's target per rep (every manager's reps), who has none. */
export function postMorningList(ctx: DocContext, input: OrgInput): string | null {
  const reps = managersToNotify(ctx.team).flatMap((m) => morningBrief(input, m).reps);
  const seen = new Set<string>();
  const lines = reps.filter((r) => !seen.has(r.rep) && seen.add(r.rep)).map((r) => ({
    text: r.targets.length ? t(ctx.lang, 'org.rollup.who', { rep: r.rep, list: r.targets.join(ctx.lang === 'zh' ? '、' : ', ') }) : t(ctx.lang, 'org.rollup.who', { rep: r.rep, list: '—' }),
    strong: r.targets.length === 0,
  }));
  return postToChat(ctx, { lang: ctx.lang, title: t(ctx.lang, 'org.chat.morning', { team: input.sheetName, date: ctx.today }), lines });
}


/** The brief a manager would get this morning, from the sheet as it is now; sends nothing. */
export function previewBrief(ctx: DocContext, managerEmail: string): RenderedDigest {
  const done = withDocumentLock(30 * 1000, () => renderBrief(morningBrief(orgInput(ctx, refreshFlags(ctx).table), managerEmail)));
  if (done.busy) throw new UserError('app.runBusy');
  return done.value;
}
