// UrlFetchApp: nothing leaves the machine. Each request is recorded (runtime.fetchLog()) and answered from the
// runtime's scripted answers (runtime.setFetchAnswer), by default 200 '{"ok":true}'. It needs the manifest scope
// script.external_request and full authorization (simple triggers cannot fetch), as in Apps Script.
import { fail } from './errors';
import { countObject, Host } from './host';
import type { HttpResponseApi, Mirror } from './types';

export const EXTERNAL_REQUEST_SCOPE = 'https://www.googleapis.com/auth/script.external_request';

/** What the script sent, as the server would have seen it. */
export interface FetchRequest {
  url: string;
  method: string; // upper case: 'GET', 'POST', …
  headers: Record<string, string>;
  /** The body as sent: a string payload as given, an object form-encoded; null without a payload. */
  payload: string | null;
  contentType: string | null;
}

export interface FetchAnswer {
  code?: number;
  body?: string;
  headers?: Record<string, string>;
}

export type FetchMatcher = string | RegExp;

type Options = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type Request = GoogleAppsScript.URL_Fetch.URLFetchRequest;

const DEFAULT_ANSWER: Required<FetchAnswer> = { code: 200, body: '{"ok":true}', headers: { 'Content-Type': 'application/json; charset=utf-8' } };

export class FetchState {
  readonly log: FetchRequest[] = [];
  private readonly answers: { match: FetchMatcher; answer: FetchAnswer | ((request: FetchRequest) => FetchAnswer) }[] = [];

  /** The latest answer set for a matching URL (a prefix, or a RegExp tested against the whole URL) wins. */
  setAnswer(match: FetchMatcher, answer: FetchAnswer | ((request: FetchRequest) => FetchAnswer)): void {
    this.answers.unshift({ match, answer });
  }

  answerFor(request: FetchRequest): Required<FetchAnswer> {
    const found = this.answers.find(({ match }) => (typeof match === 'string' ? request.url.startsWith(match) : match.test(request.url)));
    if (!found) return { ...DEFAULT_ANSWER, headers: { ...DEFAULT_ANSWER.headers } };
    const a = typeof found.answer === 'function' ? found.answer(request) : found.answer;
    return { code: a.code ?? 200, body: a.body ?? '', headers: { ...(a.headers ?? {}) } };
  }
}

/** The answer as Apps Script hands it over. Local data: its getters are not counted as service calls. */
export class LocalHttpResponse implements HttpResponseApi {
  constructor(private readonly answer: Required<FetchAnswer>) {}
  getResponseCode(): number { return this.answer.code; }
  getContentText(_charset?: string): string { return this.answer.body; }
  getContent(): number[] { return [...Buffer.from(this.answer.body, 'utf8')].map((b) => (b > 127 ? b - 256 : b)); }
  getHeaders(): Record<string, string> { return { ...this.answer.headers }; }
  getAllHeaders(): Record<string, string> { return { ...this.answer.headers }; }
}

function formEncode(payload: Record<string, unknown>): string {
  return Object.entries(payload).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');
}

/** The request a fetch would send (Apps Script's getRequest), checked as fetch checks it. */
function buildRequest(url: string, params: Options = {}): FetchRequest {
  const text = String(url);
  if (!/^https?:\/\/[^/\s]+/i.test(text)) fail(`Invalid argument: ${text}`);
  const raw = params.payload;
  const payload = raw === undefined || raw === null ? null : typeof raw === 'string' ? raw : formEncode(raw as Record<string, unknown>);
  return {
    url: text,
    method: String(params.method ?? 'get').toUpperCase(),
    headers: { ...(params.headers ?? {}) },
    payload,
    contentType: params.contentType ?? (payload === null ? null : 'application/x-www-form-urlencoded'),
  };
}

function origin(url: string): string {
  const m = /^(https?:\/\/[^/?#]+)/i.exec(url);
  return m ? m[1] : url;
}

const TRUNCATE_AT = 1000;

type UrlFetchSurface = Mirror<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch' | 'fetchAll'>;

export function createUrlFetchApp(host: Host, state: FetchState) {
  function fetchOne(url: string, params: Options = {}): LocalHttpResponse {
    host.requireScope('UrlFetchApp', 'fetch', EXTERNAL_REQUEST_SCOPE);
    host.requireAuth('UrlFetchApp', 'fetch', 'FULL');
    const request = buildRequest(url, params);
    state.log.push(request);
    const answer = state.answerFor(request);
    if (answer.code >= 400 && !params.muteHttpExceptions) {
      const body = answer.body.length > TRUNCATE_AT ? `${answer.body.slice(0, TRUNCATE_AT)}...` : answer.body;
      fail(`Request failed for ${origin(request.url)} returned code ${answer.code}. Truncated server response: ${body} (use muteHttpExceptions option to examine full response)`);
    }
    return new LocalHttpResponse(answer);
  }
  const app: UrlFetchSurface & { getRequest(url: string, params?: Options): Request } = {
    fetch: (url: string, params?: Options) => fetchOne(url, params),
    fetchAll: (requests: (Request | string)[]) =>
      requests.map((r) => (typeof r === 'string' ? fetchOne(r) : fetchOne(r.url, r))),
    getRequest: (url: string, params: Options = {}): Request => {
      const r = buildRequest(url, params);
      return { ...params, url: r.url, method: r.method.toLowerCase() as Request['method'], headers: r.headers,
        ...(r.payload !== null ? { payload: r.payload, contentType: r.contentType as string } : {}) };
    },
  };
  return countObject(host, 'UrlFetchApp', app, { kind: 'urlfetch' });
}
