// Team chat (SPEC "Team chat"): the morning list and the nightly summary posted to a group webhook in that platform's
// own message format — Google Chat, Slack, DingTalk 钉钉 (with its signing secret), WeCom 企业微信, Feishu/Lark 飞书.
// Sheet values are neutralised for the format (no mentions, links or markup can be smuggled in from a cell).
import type { Lang } from '../domain/types';

export type ChatPlatform = 'googleChat' | 'slack' | 'dingtalk' | 'wecom' | 'feishu';

const HOSTS: Array<[RegExp, ChatPlatform]> = [
  [/^https:\/\/chat\.googleapis\.com\/v1\/spaces\/[^\s]+\/messages\?/i, 'googleChat'],
  [/^https:\/\/hooks\.slack\.com\/(services|workflows|triggers)\//i, 'slack'],
  [/^https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=/i, 'dingtalk'],
  [/^https:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=/i, 'wecom'],
  [/^https:\/\/open\.(feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\//i, 'feishu'],
];

/** The platform a webhook URL belongs to, or null for an address Daily Close does not post to. */
export function chatPlatform(url: string): ChatPlatform | null {
  const u = String(url).trim();
  if (/[\s"'<>]/.test(u)) return null;
  return HOSTS.find(([re]) => re.test(u))?.[1] ?? null;
}

export const PLATFORM_NAMES: Record<ChatPlatform, string> = {
  googleChat: 'Google Chat', slack: 'Slack', dingtalk: 'DingTalk 钉钉', wecom: 'WeCom 企业微信', feishu: 'Feishu/Lark 飞书',
};

/** A chat message: a title line and plain lines; `strong` marks lines to set in bold where the format has it. */
export interface ChatMessage {
  lang: Lang;
  title: string;
  lines: { text: string; strong?: boolean }[];
}

// Characters that make markup in the formats: replaced by look-alikes so a customer name stays a name.
const NEUTRAL: Record<string, string> = { '<': '‹', '>': '›', '*': '∗', _: '＿', '`': 'ˋ', '[': '［', ']': '］', '#': '＃', '~': '～', '|': '｜', '@': '＠' };
export function neutral(text: string): string {
  return String(text).replace(/[<>*_`[\]#~|@]/g, (ch) => NEUTRAL[ch]).replace(/[\r\n]+/g, ' ');
}

/** What to POST: the JSON body for the platform (markdown where it has one). */
export function chatPayload(platform: ChatPlatform, m: ChatMessage): Record<string, unknown> {
  const title = neutral(m.title);
  const lines = m.lines.map((l) => ({ text: neutral(l.text), strong: l.strong === true }));
  switch (platform) {
    case 'googleChat':
      return { text: [`*${title}*`, ...lines.map((l) => (l.strong ? `*${l.text}*` : l.text))].join('\n') };
    case 'slack':
      return { text: [`*${title}*`, ...lines.map((l) => (l.strong ? `*${l.text}*` : l.text))].join('\n') };
    case 'dingtalk':
      return { msgtype: 'markdown', markdown: { title, text: [`### ${title}`, ...lines.map((l) => (l.strong ? `- **${l.text}**` : `- ${l.text}`))].join('\n') } };
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: [`**${title}**`, ...lines.map((l) => (l.strong ? `> **${l.text}**` : `> ${l.text}`))].join('\n') } };
    case 'feishu':
      return { msg_type: 'text', content: { text: [title, ...lines.map((l) => l.text)].join('\n') } };
  }
}

/** HMAC-SHA256 as Apps Script's Utilities gives it (signed bytes), and base64 of bytes. */
export interface Signer {
  hmacSha256(value: string, key: string): number[];
  base64(bytes: number[]): string;
}

/**
 * DingTalk's signed robot: timestamp (ms) and sign = urlencode(base64(HmacSHA256(key = secret, "timestamp\nsecret")))
 * appended to the URL (DingTalk robot docs, 加签).
 */
export function dingtalkSignedUrl(url: string, secret: string, timestampMs: number, signer: Signer): string {
  const sign = signer.base64(signer.hmacSha256(`${timestampMs}\n${secret}`, secret));
  return `${url}&timestamp=${timestampMs}&sign=${encodeURIComponent(sign)}`;
}

/** Feishu/Lark's signed bot: body fields timestamp (s) and sign = base64(HmacSHA256(key = "timestamp\nsecret", "")). */
export function feishuSignature(secret: string, timestampS: number, signer: Signer): { timestamp: string; sign: string } {
  return { timestamp: String(timestampS), sign: signer.base64(signer.hmacSha256('', `${timestampS}\n${secret}`)) };
}

/** Whether the platform's answer means the post arrived (several answer HTTP 200 with an error code in the body). */
export function chatDelivered(platform: ChatPlatform, code: number, body: string): boolean {
  if (code < 200 || code >= 300) return false;
  if (platform === 'googleChat' || platform === 'slack') return true;
  try {
    const json = JSON.parse(body) as { errcode?: number; code?: number; StatusCode?: number };
    const err = json.errcode ?? json.code ?? json.StatusCode ?? 0;
    return err === 0;
  } catch {
    return false;
  }
}
