// The sample team's November: Set up on Monday the 2nd, then every working day up to Friday the 27th the reps add
// customers, move tiers, sign and drop in the Pipeline (typed edits, through onEdit), and the heartbeat's nightly run
// at 20:05 writes the Daily Log, the Dashboard and the digests — so the Dashboard has a month to show. Deterministic.
import { LocalRuntime, type LocalBundle } from '../local';
import { addDaysKey, seeded, setupSampleTeam, sheetByAnyName, type SampleTeam } from './sampleTeam';

export interface SampleMonth {
  runtime: LocalRuntime;
  bundle: LocalBundle;
  team: SampleTeam;
  /** The working days the nightly run ran on, in order. */
  days: string[];
}

const FIRST_DAY = '2026-11-02';
const LAST_DAY = '2026-11-27';
const NEW_NAMES = ['Aster', 'Birch', 'Coral', 'Dune', 'Ember', 'Flint', 'Grove', 'Hazel', 'Indigo', 'Juniper', 'Kestrel', 'Linden'];

/** Pipeline columns in the order Set up writes them (A = ID … N = Flag). */
const COL = { rep: 'B', customer: 'C', tier: 'D', status: 'E', reason: 'J' };

function at(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00+08:00`); // Asia/Shanghai has no daylight saving
}

function isWeekday(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d !== 0 && d !== 6;
}

export function runSampleMonth(opts: { distDir?: string } = {}): SampleMonth {
  const runtime = new LocalRuntime({
    timeZone: 'Asia/Shanghai', locale: 'en_US', now: at(FIRST_DAY, '09:00'), spreadsheetName: 'Sales pipeline',
    userEmail: 'manager@example.com', distDir: opts.distDir, mailQuota: 1500,
  });
  const bundle = runtime.loadBundle();
  const team = setupSampleTeam(runtime, bundle);
  bundle.call('menuNightlyOn');
  const heartbeat = runtime.triggers().find((t) => t.handler === 'heartbeat');
  if (!heartbeat) throw new Error('sample month: the nightly digest did not turn on');
  const pipeline = sheetByAnyName(runtime, 'Pipeline', '客户库');
  const rand = seeded(202611);
  const days: string[] = [];
  let serial = 0;

  for (let day = FIRST_DAY; day <= LAST_DAY; day = addDaysKey(day, 1)) {
    if (!isWeekday(day)) continue;
    runtime.clock.set(at(day, '10:00'));
    team.reps.forEach((rep, r) => {
      runtime.setUser(rep.email);
      const values = pipeline.getDataRange().getValues();
      const mine = values.map((v, i) => ({ row: i + 1, v })).filter((x) => x.row > 1 && x.v[1] === rep.name && (x.v[4] === 'Open' || x.v[4] === ''));
      const edit = (row: number, col: string, value: unknown) => runtime.userEdit('Pipeline', `${col}${row}`, [[value]]);
      // Reps close more in the second half of the month, as the floor comes due.
      const late = day >= '2026-11-16' ? 0.15 : 0;
      const a = mine.filter((x) => x.v[3] === 'A');
      if (a.length && rand() < 0.35 + late) edit(a[Math.floor(rand() * a.length)].row, COL.status, 'Signed');
      const b = mine.filter((x) => x.v[3] === 'B');
      if (b.length && rand() < 0.4) edit(b[Math.floor(rand() * b.length)].row, COL.tier, 'A');
      const c = mine.filter((x) => x.v[3] === 'C');
      if (c.length && rand() < 0.3) edit(c[Math.floor(rand() * c.length)].row, COL.tier, 'B');
      if (c.length > 1 && rand() < 0.15 + late / 2) {
        const dropped = c[Math.floor(rand() * c.length)].row;
        edit(dropped, COL.reason, 'budget frozen');
        edit(dropped, COL.status, 'Dropped');
      }
      if (rand() < 0.6) {
        const row = pipeline.getLastRow() + 1;
        const name = `${NEW_NAMES[(serial++ + r) % NEW_NAMES.length]} ${rep.name.split(' ')[0]} ${serial}`;
        runtime.userEdit('Pipeline', `${COL.rep}${row}:${COL.tier}${row}`, [[rep.name, name, rand() < 0.4 ? 'B' : 'C']]);
      }
    });
    runtime.setUser(team.manager);
    runtime.clock.set(at(day, '20:05'));
    runtime.fireTimeTrigger(heartbeat.uniqueId);
    days.push(day);
  }
  return { runtime, bundle, team, days };
}
