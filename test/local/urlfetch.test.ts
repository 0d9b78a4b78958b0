import { LocalRuntime } from '../../local';

const EXTERNAL = 'https://www.googleapis.com/auth/script.external_request';

const BUNDLE = `
function post(url, body, mute) {
  var r = UrlFetchApp.fetch(url, { method: 'post', contentType: 'application/json', payload: JSON.stringify(body),
    headers: { Authorization: 'Bearer t0k' }, muteHttpExceptions: !!mute });
  return { code: r.getResponseCode(), text: r.getContentText(), headers: r.getHeaders() };
}
function get(url) { return UrlFetchApp.fetch(url).getContentText(); }
function form(url) { return UrlFetchApp.fetch(url, { method: 'post', payload: { name: 'Acme Ltd', tier: 'A' } }).getResponseCode(); }
function tryGet(url) { try { UrlFetchApp.fetch(url); return 'ok'; } catch (e) { return String(e); } }
`;

function setup(scopes = [EXTERNAL]) {
  const runtime = new LocalRuntime({ oauthScopes: scopes });
  const bundle = runtime.loadSource(BUNDLE);
  return { runtime, bundle };
}

describe('UrlFetchApp', () => {
  test('a request is recorded and answered 200 {"ok":true} by default, through an HTTPResponse', () => {
    const { runtime, bundle } = setup();
    expect(bundle.call('post', 'https://hooks.example.com/x?y=1', { a: 1 })).toEqual({
      code: 200, text: '{"ok":true}', headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(runtime.fetchLog()).toEqual([{
      url: 'https://hooks.example.com/x?y=1', method: 'POST', headers: { Authorization: 'Bearer t0k' },
      payload: '{"a":1}', contentType: 'application/json',
    }]);
  });

  test('GET has no payload; an object payload is sent form-encoded', () => {
    const { runtime, bundle } = setup();
    bundle.call('get', 'https://api.example.com/a');
    bundle.call('form', 'https://api.example.com/b');
    expect(runtime.fetchLog()).toEqual([
      { url: 'https://api.example.com/a', method: 'GET', headers: {}, payload: null, contentType: null },
      { url: 'https://api.example.com/b', method: 'POST', headers: {}, payload: 'name=Acme%20Ltd&tier=A', contentType: 'application/x-www-form-urlencoded' },
    ]);
  });

  test('scripted answers by URL prefix or RegExp (the latest that matches wins), or computed from the request', () => {
    const { runtime, bundle } = setup();
    runtime.setFetchAnswer('https://api.example.com/', { code: 200, body: 'prefix' });
    runtime.setFetchAnswer(/\/users\/\d+$/, { body: 'user' });
    runtime.setFetchAnswer('https://echo.example.com', (req) => ({ body: `${req.method} ${req.url}` }));
    expect(bundle.call('get', 'https://api.example.com/items')).toBe('prefix');
    expect(bundle.call('get', 'https://api.example.com/users/42')).toBe('user');
    expect(bundle.call('get', 'https://echo.example.com/p')).toBe('GET https://echo.example.com/p');
    expect(bundle.call('get', 'https://elsewhere.example.com/')).toBe('{"ok":true}');
  });

  test('a code of 400 or more throws Apps Script\'s error unless muteHttpExceptions is set', () => {
    const { runtime, bundle } = setup();
    runtime.setFetchAnswer('https://api.example.com/', { code: 404, body: '{"error":"not found"}' });
    expect(bundle.call('tryGet', 'https://api.example.com/missing')).toBe(
      'Exception: Request failed for https://api.example.com returned code 404. Truncated server response: {"error":"not found"} ' +
      '(use muteHttpExceptions option to examine full response)');
    expect(bundle.call('post', 'https://api.example.com/missing', {}, true)).toMatchObject({ code: 404, text: '{"error":"not found"}' });
    expect(runtime.fetchLog()).toHaveLength(2);
  });

  test('it needs the script.external_request scope and full authorization; a bad URL is refused', () => {
    const { bundle: without } = setup(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
    expect(without.call('tryGet', 'https://api.example.com/')).toContain(
      `You do not have permission to call UrlFetchApp.fetch. Required permissions: ${EXTERNAL}`);
    const { runtime, bundle } = setup();
    expect(bundle.callWithAuthMode('LIMITED', 'tryGet', 'https://api.example.com/')).toBe(
      'Exception: You do not have permission to call UrlFetchApp.fetch');
    expect(bundle.call('tryGet', 'not a url')).toBe('Exception: Invalid argument: not a url');
    expect(runtime.fetchLog()).toEqual([]);
  });

  test('fetches are counted as urlfetch calls', () => {
    const { runtime, bundle } = setup();
    runtime.resetCounts();
    bundle.call('get', 'https://api.example.com/a');
    expect(runtime.methodCounts()).toEqual({ 'UrlFetchApp.fetch': 1 });
    expect(runtime.callStats().kinds.urlfetch).toBe(1);
    expect(runtime.counts()).toEqual({ read: 0, write: 0, format: 0, other: 0 });
  });
});

describe('Utilities bytes', () => {
  test('computeHmacSha256Signature returns signed bytes (RFC 4231 test case 2) and base64Encode takes bytes or text', () => {
    const { Utilities } = new LocalRuntime().globals();
    const sig = Utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    const hex = sig.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(sig.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
    expect(sig.some((b) => b < 0)).toBe(true);
    expect(Utilities.base64Encode(sig)).toBe(Buffer.from(hex, 'hex').toString('base64'));
    expect(Utilities.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(Utilities.base64Decode('aMOpbGxv')).toEqual([104, -61, -87, 108, 108, 111]);
    const bytesKey = Utilities.computeHmacSha256Signature([119, 104, 97, 116], [74, 101, 102, 101]);
    expect(bytesKey).toEqual(Utilities.computeHmacSha256Signature('what', 'Jefe'));
  });

  test('UrlFetchApp is a global the bundle sees', () => {
    const runtime = new LocalRuntime();
    expect(runtime.loadSource('function kind() { return typeof UrlFetchApp.fetch; }').call('kind')).toBe('function');
    expect(Object.keys(runtime.globals())).toContain('UrlFetchApp');
  });
});
