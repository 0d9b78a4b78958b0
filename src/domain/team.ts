// The Team sheet: who the reps are, their emails, and which managers each one reports to.
import type { Cell, TeamMember } from './types';
import { cellText } from './cells';
import { normalizeText } from './text';
import { normalizeEmail } from './email';

export function repKey(name: string): string {
  return normalizeText(name);
}

const emailKey = normalizeEmail;

export interface TeamIndex {
  members: TeamMember[];
  byRep: Map<string, TeamMember>;
  byEmail: Map<string, TeamMember>;
  /** Manager emails of a rep (by name, matched with repKey); [] for a rep not on Team. */
  managerOf(rep: string): string[];
}

export function buildTeamIndex(members: TeamMember[]): TeamIndex {
  const byRep = new Map<string, TeamMember>();
  const byEmail = new Map<string, TeamMember>();
  for (const member of members) {
    // A rep listed twice (an old inactive line and a current one) is known by the active line.
    const key = repKey(member.rep);
    const known = byRep.get(key);
    if (key && (!known || (!known.active && member.active))) byRep.set(key, member);
    const email = emailKey(member.email);
    const knownByEmail = byEmail.get(email);
    if (email && (!knownByEmail || (!knownByEmail.active && member.active))) byEmail.set(email, member);
  }
  return {
    members,
    byRep,
    byEmail,
    managerOf: (rep: string) => byRep.get(repKey(rep))?.managerEmails ?? [],
  };
}

const ACTIVE_WORDS = ['', 'yes', 'y', 'true', '1', '是', '在职', '在職', 'active', '有效'];
const INACTIVE_WORDS = ['no', 'n', 'false', '0', '否', '离职', '離職', 'inactive', 'left'];

/**
 * SPEC "Team": yes/no, true/false, 1/0, 是/否, 在职/离职, Active/Inactive and the sheet's own booleans. Any other value
 * is a problem to show, and the rep counts as active meanwhile: losing a rep from the digest by accident is worse.
 */
export function activeOf(c: Cell): { active: boolean; unknown: boolean } {
  if (typeof c === 'boolean') return { active: c, unknown: false };
  const word = normalizeText(cellText(c));
  if (INACTIVE_WORDS.includes(word)) return { active: false, unknown: false };
  return { active: true, unknown: !ACTIVE_WORDS.includes(word) };
}

/** Several addresses in one cell, separated by commas, semicolons or spaces; each once, normalised. */
function emailList(c: Cell | undefined): string[] {
  return [...new Set(cellText(c ?? '').split(/[,;，；、\s]+/).map(emailKey).filter((e) => e.includes('@')))];
}

export function parseTeamRow(raw: {
  rep: Cell; email: Cell; managerEmail: Cell; active: Cell; teamName?: Cell; region?: Cell; directorEmail?: Cell;
}): TeamMember {
  const managerEmails = cellText(raw.managerEmail)
    .split(/[,;，；\s]+/)
    .map(emailKey)
    .filter((e) => e !== '');
  const active = activeOf(raw.active);
  return {
    rep: cellText(raw.rep),
    email: emailKey(cellText(raw.email)),
    managerEmails: [...new Set(managerEmails)],
    active: active.active,
    ...(active.unknown ? { activeProblem: cellText(raw.active) } : {}),
    ...(raw.teamName !== undefined && cellText(raw.teamName) ? { teamName: cellText(raw.teamName) } : {}),
    ...(raw.region !== undefined && cellText(raw.region) ? { region: cellText(raw.region) } : {}),
    ...(raw.directorEmail !== undefined && emailList(raw.directorEmail).length ? { directorEmails: emailList(raw.directorEmail) } : {}),
  };
}

/** The active reps reporting to this manager, in Team order. */
export function repsOfManager(team: TeamIndex, managerEmail: string): TeamMember[] {
  const manager = emailKey(managerEmail);
  const seen = new Set<string>();
  return team.members.filter((m) => {
    const key = repKey(m.rep);
    if (!m.active || key === '' || seen.has(key) || !m.managerEmails.includes(manager)) return false;
    seen.add(key);
    return true;
  });
}

/** Every manager named on Team, once each, in order of first appearance. */
export function allManagers(team: TeamIndex): string[] {
  return [...new Set(team.members.flatMap((m) => m.managerEmails))];
}

/** Team rows whose Active value is not understood (the rep counts as active meanwhile). */
export function activeProblems(team: TeamIndex): { rep: string; value: string }[] {
  return team.members.filter((m) => m.activeProblem !== undefined).map((m) => ({ rep: m.rep, value: m.activeProblem as string }));
}

/** Active reps in Team order, each name once (a rep listed twice is counted once). */
export function activeMembers(team: TeamIndex): TeamMember[] {
  const seen = new Set<string>();
  return team.members.filter((m) => {
    const key = repKey(m.rep);
    if (!m.active || key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
