// google.script.run in a test browser: the page's shim sends JSON to __gasRun, which this bridge answers by calling
// the bundle. Apps Script only carries JSON-like values; anything else fails the call, on either side.
import type { LocalBundle, LocalRuntime } from './runtime';

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The path of the first value Apps Script would refuse to carry, or null when all is JSON-like. */
export function illegalValuePath(value: unknown, path = ''): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return null;
  if (typeof value !== 'object') return path || '(value)';
  if (Object.prototype.toString.call(value) === '[object Date]') return path || '(value)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const inner = value[i] === undefined ? path ? `${path}.${i}` : String(i) : illegalValuePath(value[i], path ? `${path}.${i}` : String(i));
      if (inner !== null) return inner;
    }
    return null;
  }
  if (!isPlainObject(value)) return path || '(value)';
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const inner = illegalValuePath(v, path ? `${path}.${k}` : k);
    if (inner !== null) return inner;
  }
  return null;
}

/** The runtime is the one the bundle was loaded into; calls run as its signed-in user. */
export function createScriptRunBridge(_runtime: LocalRuntime, bundle: LocalBundle): (name: string, argsJson: string) => string {
  return (name: string, argsJson: string): string => {
    if (typeof name !== 'string' || name.endsWith('_') || !bundle.functionNames.includes(name)) {
      throw new Error(`Script function not found: ${name}`);
    }
    const args: unknown = JSON.parse(argsJson === '' || argsJson === undefined ? '[]' : argsJson);
    if (!Array.isArray(args)) throw new Error('google.script.run arguments must be a JSON array');
    const result = bundle.call(name, ...args);
    if (result === undefined) return '';
    const bad = illegalValuePath(result);
    if (bad !== null) throw new Error(`Failed due to illegal value in property: ${bad}`);
    return JSON.stringify(result);
  };
}

/** Browser-side google.script.run / google.script.host, calling window.__gasRun(name, argsJson) asynchronously. */
export const GAS_CLIENT_SHIM = `(function () {
  function illegal(value, path) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return null;
    if (typeof value !== 'object') return path || '(value)';
    if (value instanceof Date) return path || '(value)';
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i++) {
        var p = path ? path + '.' + i : String(i);
        if (value[i] === undefined) return p;
        var inner = illegal(value[i], p);
        if (inner !== null) return inner;
      }
      return null;
    }
    var proto = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype) return path || '(value)';
    for (var k in value) {
      if (!Object.prototype.hasOwnProperty.call(value, k) || value[k] === undefined) continue;
      var deeper = illegal(value[k], path ? path + '.' + k : k);
      if (deeper !== null) return deeper;
    }
    return null;
  }
  function formToObject(form) {
    var out = {};
    new FormData(form).forEach(function (v, k) { out[k] = typeof v === 'string' ? v : null; });
    return out;
  }
  function runner(onSuccess, onFailure, userObject) {
    return new Proxy({}, {
      get: function (_target, prop) {
        if (prop === 'withSuccessHandler') return function (fn) { return runner(fn, onFailure, userObject); };
        if (prop === 'withFailureHandler') return function (fn) { return runner(onSuccess, fn, userObject); };
        if (prop === 'withUserObject') return function (obj) { return runner(onSuccess, onFailure, obj); };
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments).map(function (a) {
            return typeof HTMLFormElement !== 'undefined' && a instanceof HTMLFormElement ? formToObject(a) : a;
          });
          var bad = null;
          for (var i = 0; i < args.length && bad === null; i++) bad = args[i] === undefined ? null : illegal(args[i], String(i));
          function fail(err) {
            if (onFailure) onFailure(err, userObject);
            else console.error(err);
          }
          setTimeout(function () {
            if (bad !== null) { fail(new Error('Failed due to illegal value in property: ' + bad)); return; }
            Promise.resolve()
              .then(function () { return window.__gasRun(prop, JSON.stringify(args)); })
              .then(function (text) {
                var value = typeof text !== 'string' ? text : text === '' ? undefined : JSON.parse(text);
                if (onSuccess) onSuccess(value, userObject);
              }, function (e) {
                fail(e instanceof Error ? e : new Error(String(e && e.message || e)));
              });
          }, 0);
        };
      },
    });
  }
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
  window.google.script.host = {
    origin: location.origin,
    close: function () { window.__gasHostClosed = true; },
    setHeight: function (h) { window.__gasHostHeight = h; },
    setWidth: function (w) { window.__gasHostWidth = w; },
    editor: { focus: function () { window.__gasEditorFocused = true; } },
  };
})();`;
