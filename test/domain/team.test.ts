import type { Cell } from '../../src/domain/types';
import { activeProblems, allManagers, buildTeamIndex, parseTeamRow, repKey, repsOfManager } from '../../src/domain/team';

describe('parseTeamRow', () => {
  test('manager emails split on commas, semicolons or spaces, lower-cased, once each', () => {
    const m = parseTeamRow({ rep: ' Alice ', email: 'Alice@X.com ', managerEmail: 'Boss@x.com, vp@x.com;ops@x.com  BOSS@x.com', active: '' });
    expect(m).toEqual({ rep: 'Alice', email: 'alice@x.com', managerEmails: ['boss@x.com', 'vp@x.com', 'ops@x.com'], active: true });
  });

  const actives: Array<[Cell, boolean]> = [
    ['', true], ['yes', true], ['Y', true], ['TRUE', true], [true, true], [1, true], ['1', true], ['是', true], ['在职', true],
    ['no', false], ['N', false], ['false', false], [false, false], [0, false], ['0', false], ['否', false], ['离职', false],
    ['Ｎｏ', false],
  ];
  test.each(actives)('Active %p → %p', (active, expected) => {
    const m = parseTeamRow({ rep: 'A', email: '', managerEmail: '', active });
    expect(m.active).toBe(expected);
    expect(m.activeProblem).toBeUndefined();
  });

  test.each(['left company', 'FALSCH', 'maybe'])('an Active value it does not know (%p) is a problem, and the rep stays active meanwhile', (active) => {
    const m = parseTeamRow({ rep: 'A', email: '', managerEmail: '', active });
    expect(m.active).toBe(true);
    expect(m.activeProblem).toBe(active);
    expect(activeProblems(buildTeamIndex([m]))).toEqual([{ rep: 'A', value: active }]);
  });

  test('Active / Inactive are understood', () => {
    expect(parseTeamRow({ rep: 'A', email: '', managerEmail: '', active: 'Inactive' }).active).toBe(false);
    expect(parseTeamRow({ rep: 'A', email: '', managerEmail: '', active: 'Active' }).activeProblem).toBeUndefined();
  });
});

describe('TeamIndex', () => {
  const team = buildTeamIndex([
    parseTeamRow({ rep: 'Alice', email: 'alice@x.com', managerEmail: 'boss@x.com', active: 'yes' }),
    parseTeamRow({ rep: '王伟', email: 'wang@x.com', managerEmail: 'boss@x.com, vp@x.com', active: '在职' }),
    parseTeamRow({ rep: 'Bob', email: 'bob@x.com', managerEmail: 'vp@x.com', active: 'no' }),
    parseTeamRow({ rep: 'Carol', email: 'carol@x.com', managerEmail: 'other@x.com', active: '' }),
  ]);

  test('reps are found by name case-, space- and width-insensitively, and by email', () => {
    expect(repKey('  ALICE ')).toBe(repKey('alice'));
    expect(team.byRep.get(repKey('ａｌｉｃｅ'))?.email).toBe('alice@x.com');
    expect(team.byRep.get(repKey('王伟'))?.rep).toBe('王伟');
    expect(team.byEmail.get('bob@x.com')?.active).toBe(false);
    expect(team.managerOf(' alice')).toEqual(['boss@x.com']);
    expect(team.managerOf('王伟')).toEqual(['boss@x.com', 'vp@x.com']);
    expect(team.managerOf('Nobody')).toEqual([]);
  });

  test('repsOfManager lists active reps only, in Team order, whatever the case of the email', () => {
    expect(repsOfManager(team, 'Boss@X.com').map((m) => m.rep)).toEqual(['Alice', '王伟']);
    expect(repsOfManager(team, 'vp@x.com').map((m) => m.rep)).toEqual(['王伟']);
    expect(repsOfManager(team, 'stranger@x.com')).toEqual([]);
  });

  test('allManagers lists each manager once', () => {
    expect(allManagers(team)).toEqual(['boss@x.com', 'vp@x.com', 'other@x.com']);
  });

  test('a rep listed twice is known by the active line', () => {
    const twice = buildTeamIndex([
      parseTeamRow({ rep: 'Dan', email: 'dan.old@x.com', managerEmail: 'old@x.com', active: 'no' }),
      parseTeamRow({ rep: 'dan', email: 'dan@x.com', managerEmail: 'boss@x.com', active: 'yes' }),
    ]);
    expect(twice.byRep.get(repKey('Dan'))?.email).toBe('dan@x.com');
    expect(twice.managerOf('DAN')).toEqual(['boss@x.com']);
  });
});
