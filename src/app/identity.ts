// Who is calling: the signed-in email matched to Team; where Apps Script gives no email (or it is not on Team),
// the name the person picked once, kept in their own user properties for this spreadsheet.
import type { TeamMember } from '../domain/types';
import { repKey, repsOfManager } from '../domain/team';
import type { DocContext } from './context';
import { normalizeEmail } from '../domain/email';
import { UserError } from '../i18n/errors';

export interface Identity {
  email: string;
  /** The rep the caller is (null when not yet known). */
  rep: TeamMember | null;
  /** Reps whose rows this caller may write besides their own (a manager's team). */
  managedReps: TeamMember[];
}

function pickKey(ctx: DocContext): string {
  return `dc.rep.${ctx.ss.getId()}`;
}

export function callerEmail(): string {
  return normalizeEmail(Session.getActiveUser().getEmail());
}

export function identify(ctx: DocContext): Identity {
  const email = callerEmail();
  const managedReps = email ? repsOfManager(ctx.team, email) : [];
  const byEmail = email ? ctx.team.byEmail.get(email) : undefined;
  let rep: TeamMember | null = byEmail && byEmail.active ? byEmail : null;
  if (!rep) {
    const picked = PropertiesService.getUserProperties().getProperty(pickKey(ctx));
    const member = picked ? ctx.team.byRep.get(repKey(picked)) : undefined;
    if (member && member.active && mayClaim(email, member)) rep = member;
  }
  return { email, rep, managedReps };
}

/** A name may be claimed by whoever Team lists for it, or by anyone when Team gives it no email to check. */
function mayClaim(email: string, member: TeamMember): boolean {
  return !member.email || !email || normalizeEmail(member.email) === email;
}

/** The active reps this address may pick: those Team gives no email to check (or this one). */
export function claimableReps(ctx: DocContext, email: string): TeamMember[] {
  return ctx.team.members.filter((m) => m.active && mayClaim(normalizeEmail(email), m));
}

export function pickRep(ctx: DocContext, name: string): void {
  const member = ctx.team.byRep.get(repKey(name));
  if (!member || !member.active) throw new UserError('sv.unknownRep', { rep: name });
  const email = callerEmail();
  const known = email ? ctx.team.byEmail.get(email) : undefined;
  if (known && known.active && repKey(known.rep) !== repKey(member.rep)) throw new UserError('sv.notYou', { rep: member.rep, me: known.rep });
  if (!mayClaim(email, member)) throw new UserError('sv.notYou', { rep: member.rep, me: email });
  PropertiesService.getUserProperties().setProperty(pickKey(ctx), member.rep);
}

/** The rep a call acts for: the caller, or one of a manager's reps when asked for by name. */
export function actingRep(ctx: DocContext, who: Identity, requested?: string): TeamMember {
  if (requested !== undefined && requested !== '' && (!who.rep || repKey(requested) !== repKey(who.rep.rep))) {
    const managed = who.managedReps.find((m) => repKey(m.rep) === repKey(requested));
    if (!managed) throw new UserError('sv.notYourRep', { rep: requested });
    return managed;
  }
  if (who.rep) return who.rep;
  if (who.managedReps.length) return who.managedReps[0];
  throw new UserError('sv.whoAreYou');
}

/** A rep writes only their own rows; a manager also their reps' rows. */
export function mayWrite(who: Identity, rowRep: string): boolean {
  const key = repKey(rowRep);
  if (who.rep && repKey(who.rep.rep) === key) return true;
  return who.managedReps.some((m) => repKey(m.rep) === key);
}
