// The digest send state over a year (SPEC "Limits"): an address that keeps failing is given up after 7 days and
// reported; the state stays far below PropertiesService's 9 KB a value. MailApp is a small stand-in here: the bundle
// tests send through the local runtime's.
import { addDays } from '../../src/domain/calendar';
import { digestsOwed, readSendState, recentlyGivenUp, sendDigests, type Store } from '../../src/mail/send';

class MemoryStore implements Store {
  readonly values = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: string): void {
    if (Buffer.byteLength(value) > 9 * 1024) throw new Error('Exception: Argument too large: value');
    this.values.set(key, value);
  }
  deleteProperty(key: string): void {
    this.values.delete(key);
  }
}

const sent: string[] = [];
beforeAll(() => {
  (globalThis as unknown as { MailApp: unknown }).MailApp = {
    getRemainingDailyQuota: () => 100,
    sendEmail: (m: { to: string }) => {
      if (m.to.startsWith('typo')) throw new Error(`Invalid email: ${m.to}`);
      sent.push(m.to);
    },
  };
});

test('a year of nights with one address always failing: given up after 7 days, reported, and the state stays small', () => {
  const store = new MemoryStore();
  const managers = ['mia@x.test', 'typo@exampel.com', ...Array.from({ length: 48 }, (_, i) => `manager${i}@a-rather-long-company-domain.example.com`)];
  let day = '2026-11-27';
  const givenUpOn: string[] = [];
  for (let n = 0; n < 365; n++, day = addDays(day, 1)) {
    const owed = digestsOwed(day, managers, readSendState(store), false);
    const digests = owed.map((o) => ({ ...o, subject: 's', html: 'h', text: 't' }));
    const outcome = sendDigests(digests, day, readSendState(store), store, 'Daily Close', false);
    if (outcome.givenUp.length) givenUpOn.push(day);
    const state = readSendState(store)!;
    expect(state.pending.every((p) => p.date > addDays(day, -7))).toBe(true);
    expect(Buffer.byteLength(store.getProperty('dc.digestState')!)).toBeLessThan(9 * 1024);
  }
  // The first failure (11-27) is given up on day 8 (12-04), and from then on one more day each night.
  expect(givenUpOn[0]).toBe('2026-12-04');
  expect(recentlyGivenUp(readSendState(store), addDays(day, -1))).toEqual(['typo@exampel.com']);
  expect(sent.filter((to) => to === 'mia@x.test')).toHaveLength(365);
});
