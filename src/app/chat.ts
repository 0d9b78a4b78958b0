// The team's chat group: "Set team chat…" keeps the webhook (and a DingTalk/Feishu signing secret) in document
// properties — never in a sheet — and sends one test post; the morning list and the nightly summary go there. A failed
// post is recorded and never stops an email.
import { t } from '../i18n';
import type { DocContext } from './context';
import { documentStore } from './store';
import {
  PLATFORM_NAMES, chatDelivered, chatPayload, chatPlatform, dingtalkSignedUrl, feishuSignature, type ChatMessage, type Signer,
} from '../mail/chat';

const CHAT_KEY = 'dc.chat';

interface ChatSetting {
  url: string;
  secret: string;
}

function readChat(ctx: DocContext): ChatSetting | null {
  try {
    const raw = documentStore(ctx.ss.getId()).getProperty(CHAT_KEY);
    const c = raw ? (JSON.parse(raw) as ChatSetting) : null;
    return c && typeof c.url === 'string' && chatPlatform(c.url) ? c : null;
  } catch {
    return null;
  }
}

const signer: Signer = {
  hmacSha256: (value, key) => Utilities.computeHmacSha256Signature(value, key),
  base64: (bytes) => Utilities.base64Encode(bytes),
};

/** Posts one message; the answer is '' when it arrived, else what went wrong (never throws). */
export function postToChat(ctx: DocContext, message: ChatMessage, setting = readChat(ctx)): string | null {
  if (!setting) return null;
  const platform = chatPlatform(setting.url);
  if (!platform) return null;
  try {
    let url = setting.url;
    let body = chatPayload(platform, message);
    if (setting.secret && platform === 'dingtalk') url = dingtalkSignedUrl(url, setting.secret, Date.now(), signer);
    if (setting.secret && platform === 'feishu') body = { ...feishuSignature(setting.secret, Math.floor(Date.now() / 1000), signer), ...body };
    const res = UrlFetchApp.fetch(url, { method: 'post', contentType: 'application/json', payload: JSON.stringify(body), muteHttpExceptions: true });
    const code = res.getResponseCode();
    const text = res.getContentText();
    return chatDelivered(platform, code, text) ? '' : `HTTP ${code} ${text.slice(0, 200)}`;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** "Set team chat…": an empty answer turns it off; a URL (and a secret after a space) is checked, kept and tested. */
export function setTeamChat(ctx: DocContext, answer: string): string {
  const store = documentStore(ctx.ss.getId());
  const [url = '', secret = ''] = String(answer).trim().split(/\s+/);
  if (!url) {
    store.deleteProperty(CHAT_KEY);
    return t(ctx.lang, 'org.chat.off');
  }
  const platform = chatPlatform(url);
  if (!platform) return t(ctx.lang, 'org.chat.bad', { url: url.slice(0, 120) });
  const setting = { url, secret };
  store.setProperty(CHAT_KEY, JSON.stringify(setting));
  const failure = postToChat(ctx, { lang: ctx.lang, title: t(ctx.lang, 'org.chat.test', { team: ctx.ss.getName() }), lines: [] }, setting);
  const answerText = failure ? t(ctx.lang, 'org.chat.failed', { detail: failure }) : t(ctx.lang, 'org.chat.ok');
  return t(ctx.lang, 'org.chat.saved', { platform: PLATFORM_NAMES[platform], answer: answerText });
}
