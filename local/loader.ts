// Runs the bundled add-on (dist/Code.js) in a fresh V8 context whose globals are the local services, the way Apps
// Script runs a project: top-level functions become callable globals. The context's Date is the host Date behind a
// proxy reading the runtime clock, so dates from the sheet are `instanceof Date` and `new Date()` is the runtime's now.
import vm from 'node:vm';
import type { Clock } from './host';

export interface LoadedScript {
  context: vm.Context;
  functionNames: string[];
  evaluate(source: string): unknown;
}

function clockDate(clock: Clock): DateConstructor {
  const HostDate = Date;
  const proxy: DateConstructor = new Proxy(HostDate, {
    construct(target, args, newTarget) {
      if (args.length === 0) return new HostDate(clock.now().getTime());
      return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
    },
    apply() {
      return new HostDate(clock.now().getTime()).toString();
    },
    get(target, prop) {
      if (prop === 'now') return () => clock.now().getTime();
      return Reflect.get(target, prop, target);
    },
  });
  return proxy;
}

// Values made by the services (arrays from getValues, thrown exceptions) come from the host realm; Apps Script has
// one realm, so `instanceof Array` / `instanceof Error` in the bundle must accept them too.
const REALM_BRIDGE = `(function (host) {
  var ordinary = Function.prototype[Symbol.hasInstance];
  var pairs = [[Array, host.Array], [Error, host.Error], [TypeError, host.TypeError], [RangeError, host.RangeError]];
  pairs.forEach(function (pair) {
    var local = pair[0], foreign = pair[1];
    Object.defineProperty(local, Symbol.hasInstance, {
      configurable: true,
      value: function (v) {
        if (ordinary.call(this, v)) return true;
        return this === local && ordinary.call(foreign, v);
      },
    });
  });
})`;

const compiled = new Map<string, vm.Script>();

/** Compiled once per source; each execution still runs it in a context of its own, as Apps Script does. */
function compile(source: string, filename: string): vm.Script {
  const key = `${filename}\n${source}`;
  let script = compiled.get(key);
  if (!script) {
    script = new vm.Script(source, { filename });
    if (compiled.size > 20) compiled.clear();
    compiled.set(key, script);
  }
  return script;
}

export function loadScript(source: string, filename: string, globals: Record<string, unknown>, clock: Clock): LoadedScript {
  const context = vm.createContext({ ...globals, Date: clockDate(clock) });
  (vm.runInContext(REALM_BRIDGE, context) as (h: object) => void)({ Array, Error, TypeError, RangeError });
  const injected = new Set(Object.keys(globals).concat('Date'));
  compile(source, filename).runInContext(context);
  const functionNames = Object.getOwnPropertyNames(context).filter(
    (name) => !injected.has(name) && typeof (context as Record<string, unknown>)[name] === 'function',
  );
  return {
    context,
    functionNames,
    evaluate: (code: string) => vm.runInContext(code, context),
  };
}
