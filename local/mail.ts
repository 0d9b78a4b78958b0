// MailApp: each recipient (to, cc, bcc) spends one unit of the sender's daily quota, which renews at midnight
// Pacific time as Google's quotas do. Sent mail is recorded in the runtime's outbox.
import { formatDate } from './dates';
import { fail } from './errors';
import { countObject, Host } from './host';

interface MailOptions {
  htmlBody?: string; name?: string; replyTo?: string; cc?: string; bcc?: string; noReply?: boolean;
  attachments?: unknown[]; inlineImages?: unknown;
}
interface MailMessage extends MailOptions {
  to: string; subject: string; body?: string;
}

const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

function addresses(list: string | undefined): string[] {
  if (list === undefined || list === null) return [];
  return String(list).split(',').map((a) => a.trim()).filter((a) => a !== '');
}

export class MailState {
  private readonly used = new Map<string, number>(); // `${user}|${day}` → recipients sent
  readonly failures = new Map<string, string>();
  constructor(private readonly host: Host, readonly quota: number) {}
  private key(): string {
    return `${this.host.effectiveUser}|${formatDate(this.host.clock.now(), 'America/Los_Angeles', 'yyyy-MM-dd')}`;
  }
  remaining(): number {
    return Math.max(0, this.quota - (this.used.get(this.key()) ?? 0));
  }
  spend(n: number): void {
    this.used.set(this.key(), (this.used.get(this.key()) ?? 0) + n);
  }
}

export function createMailApp(host: Host, state: MailState) {
  function send(message: MailMessage): void {
    host.requireAuth('MailApp', 'sendEmail', 'FULL');
    const to = addresses(message.to), cc = addresses(message.cc), bcc = addresses(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) fail('Failed to send email: no recipient');
    for (const a of all) if (!ADDRESS.test(a)) fail(`Invalid email: ${a}`);
    if (all.length > state.remaining()) fail('Service invoked too many times for one day: email.');
    for (const a of all) {
      const failure = state.failures.get(a.toLowerCase());
      if (failure !== undefined) fail(failure);
    }
    state.spend(all.length);
    host.outbox.push({
      to, ...(cc.length ? { cc } : {}), ...(bcc.length ? { bcc } : {}),
      subject: String(message.subject ?? ''), body: String(message.body ?? ''),
      ...(message.htmlBody !== undefined ? { htmlBody: String(message.htmlBody) } : {}),
      ...(message.name !== undefined ? { name: String(message.name) } : {}),
      ...(message.replyTo !== undefined ? { replyTo: String(message.replyTo) } : {}),
      from: host.effectiveUser,
      sentAt: host.clock.now(),
    });
  }
  return countObject(host, 'MailApp', {
    sendEmail(a: string | MailMessage, subject?: string, body?: string, options?: MailOptions): void {
      if (typeof a === 'object' && a !== null) send(a);
      else send({ ...(options ?? {}), to: String(a), subject: String(subject ?? ''), body: String(body ?? '') });
    },
    getRemainingDailyQuota(): number {
      host.requireAuth('MailApp', 'getRemainingDailyQuota', 'FULL');
      return state.remaining();
    },
  }, { kind: 'mail' });
}
