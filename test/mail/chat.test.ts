// Team chat payloads in each platform's documented shape, and the signatures DingTalk and Feishu check.
import { createHmac } from 'node:crypto';
import { chatDelivered, chatPayload, chatPlatform, dingtalkSignedUrl, feishuSignature, neutral, type Signer } from '../../src/mail/chat';

const nodeSigner: Signer = {
  hmacSha256: (value, key) => [...createHmac('sha256', key).update(value).digest()].map((b) => (b > 127 ? b - 256 : b)),
  base64: (bytes) => Buffer.from(bytes.map((b) => (b < 0 ? b + 256 : b))).toString('base64'),
};

const message = { lang: 'en' as const, title: 'Morning list · Sales · 2026-11-30', lines: [{ text: 'Alice: Acme' }, { text: 'Bob: —', strong: true }] };

test.each([
  ['https://chat.googleapis.com/v1/spaces/AAA/messages?key=k&token=t', 'googleChat'],
  ['https://hooks.slack.com/services/T0/B0/XXX', 'slack'],
  ['https://oapi.dingtalk.com/robot/send?access_token=abc', 'dingtalk'],
  ['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', 'wecom'],
  ['https://open.feishu.cn/open-apis/bot/v2/hook/abc', 'feishu'],
  ['https://open.larksuite.com/open-apis/bot/v2/hook/abc', 'feishu'],
  ['http://hooks.slack.com/services/T0/B0/XXX', null],
  ['https://example.com/hook', null],
  ['javascript:alert(1)', null],
])('%s is %p', (url, platform) => {
  expect(chatPlatform(url)).toBe(platform);
});

test('each platform gets its own message shape (markdown where it has one)', () => {
  expect(chatPayload('googleChat', message)).toEqual({ text: '*Morning list · Sales · 2026-11-30*\nAlice: Acme\n*Bob: —*' });
  expect(chatPayload('slack', message)).toEqual({ text: '*Morning list · Sales · 2026-11-30*\nAlice: Acme\n*Bob: —*' });
  expect(chatPayload('dingtalk', message)).toEqual({
    msgtype: 'markdown',
    markdown: { title: 'Morning list · Sales · 2026-11-30', text: '### Morning list · Sales · 2026-11-30\n- Alice: Acme\n- **Bob: —**' },
  });
  expect(chatPayload('wecom', message)).toEqual({ msgtype: 'markdown', markdown: { content: '**Morning list · Sales · 2026-11-30**\n> Alice: Acme\n> **Bob: —**' } });
  expect(chatPayload('feishu', message)).toEqual({ msg_type: 'text', content: { text: 'Morning list · Sales · 2026-11-30\nAlice: Acme\nBob: —' } });
});

test('a customer name cannot smuggle markup, mentions or links into a post', () => {
  const evil = '<!channel> *bold* [x](https://evil) <users/all> @all `code`\nsecond line';
  const text = neutral(evil);
  expect(text).not.toMatch(/[<>*[\]`@\n]/);
  const slack = chatPayload('slack', { lang: 'en', title: 't', lines: [{ text: evil }] }) as { text: string };
  expect(slack.text).not.toContain('<!channel>');
});

test('the DingTalk signature matches a worked example computed independently', () => {
  const secret = 'SEC000000000000000000000';
  const timestamp = 1764460800000;
  // Independently, as DingTalk's robot docs describe it: HmacSHA256(secret, timestamp + "\n" + secret), base64, urlencode.
  const expected = encodeURIComponent(createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64'));
  const url = dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', secret, timestamp, nodeSigner);
  expect(url).toBe(`https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=${timestamp}&sign=${expected}`);
});

test('the Feishu signature: HmacSHA256 keyed by "timestamp\\nsecret" over an empty message', () => {
  const expected = createHmac('sha256', '1764460800\nsecret').update('').digest('base64');
  expect(feishuSignature('secret', 1764460800, nodeSigner)).toEqual({ timestamp: '1764460800', sign: expected });
});

test('an answer is a delivery only where the platform says so (several answer HTTP 200 with an error code)', () => {
  expect(chatDelivered('dingtalk', 200, '{"errcode":0,"errmsg":"ok"}')).toBe(true);
  expect(chatDelivered('dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}')).toBe(false);
  expect(chatDelivered('wecom', 200, '{"errcode":93000}')).toBe(false);
  expect(chatDelivered('feishu', 200, '{"code":19021,"msg":"sign match fail"}')).toBe(false);
  expect(chatDelivered('feishu', 200, '{"StatusCode":0}')).toBe(true);
  expect(chatDelivered('slack', 500, 'no')).toBe(false);
  expect(chatDelivered('googleChat', 200, '{}')).toBe(true);
});
