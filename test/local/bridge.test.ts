import vm from 'node:vm';
import { createScriptRunBridge, GAS_CLIENT_SHIM, LocalRuntime } from '../../local';

const SERVER = `
function echo(x) { return { got: x, user: Session.getActiveUser().getEmail() }; }
function nothing() {}
function aDate() { return { when: new Date() }; }
function aFunction() { return [1, function () {}]; }
function holes() { return [1, undefined]; }
function fails() { throw new Error('No rows for you'); }
function secret_() { return 'hidden'; }
`;

function setup() {
  const runtime = new LocalRuntime({ userEmail: 'li@example.com' });
  const bundle = runtime.loadSource(SERVER);
  return { runtime, bundle, run: createScriptRunBridge(runtime, bundle) };
}

describe('createScriptRunBridge', () => {
  test('calls the bundle with JSON arguments and returns JSON', () => {
    const { run } = setup();
    expect(JSON.parse(run('echo', JSON.stringify([{ id: 'P-1', n: [1, null, 'x'] }])))).toEqual({
      got: { id: 'P-1', n: [1, null, 'x'] }, user: 'li@example.com',
    });
    expect(run('nothing', '[]')).toBe('');
  });

  test('results carrying a Date, a function or an undefined array slot fail like Apps Script', () => {
    const { run } = setup();
    expect(() => run('aDate', '[]')).toThrow('Failed due to illegal value in property: when');
    expect(() => run('aFunction', '[]')).toThrow('Failed due to illegal value in property: 1');
    expect(() => run('holes', '[]')).toThrow('Failed due to illegal value in property: 1');
  });

  test('unknown names and private (trailing _) functions are not found; server errors pass through', () => {
    const { run } = setup();
    expect(() => run('missing', '[]')).toThrow('Script function not found: missing');
    expect(() => run('secret_', '[]')).toThrow('Script function not found: secret_');
    expect(() => run('fails', '[]')).toThrow('No rows for you');
  });
});

describe('GAS_CLIENT_SHIM', () => {
  function page(run: (name: string, argsJson: string) => string) {
    const calls: string[] = [];
    const context = vm.createContext({
      setTimeout, console, location: { origin: 'https://example.test' },
      __gasRun: async (name: string, argsJson: string) => { calls.push(`${name} ${argsJson}`); return run(name, argsJson); },
    });
    vm.runInContext('var window = globalThis;', context);
    vm.runInContext(GAS_CLIENT_SHIM, context);
    const evaluate = (code: string) => new Promise<unknown>((resolve) => {
      (context as Record<string, unknown>).done = resolve;
      vm.runInContext(code, context);
    });
    return { context, calls, evaluate };
  }

  test('run is asynchronous and calls the success handler with the value and user object', async () => {
    const { run } = setup();
    const { evaluate, calls } = page(run);
    const result = await evaluate(`
      var order = [];
      google.script.run.withUserObject('ctx').withSuccessHandler(function (v, u) { order.push('success'); done([v, u, order]); })
        .withFailureHandler(function (e) { done(['failed', e.message]); }).echo({ a: 1 }, [2, 'x']);
      order.push('after call');`);
    expect(result).toEqual([{ got: { a: 1 }, user: 'li@example.com' }, 'ctx', ['after call', 'success']]);
    expect(calls).toEqual(['echo [{"a":1},[2,"x"]]']);
  });

  test('a Date, a function or an undefined array slot in the arguments fails before reaching the server', async () => {
    const { run } = setup();
    const { evaluate, calls } = page(run);
    const onFail = 'withFailureHandler(function (e) { done(e.message); }).withSuccessHandler(function () { done("succeeded"); })';
    expect(await evaluate(`google.script.run.${onFail}.echo({ when: new Date() });`)).toBe('Failed due to illegal value in property: 0.when');
    expect(await evaluate(`google.script.run.${onFail}.echo([1, function () {}]);`)).toBe('Failed due to illegal value in property: 0.1');
    expect(await evaluate(`google.script.run.${onFail}.echo([1, undefined]);`)).toBe('Failed due to illegal value in property: 0.1');
    expect(calls).toEqual([]);
  });

  test('server failures reach the failure handler; host.close sets a flag', async () => {
    const { run } = setup();
    const { evaluate, context } = page(run);
    expect(await evaluate('google.script.run.withFailureHandler(function (e) { done(e.message); }).fails();')).toBe('No rows for you');
    expect(await evaluate('google.script.run.withFailureHandler(function (e) { done(e.message); }).aDate();'))
      .toBe('Failed due to illegal value in property: when');
    vm.runInContext('google.script.host.close()', context);
    expect((context as Record<string, unknown>).__gasHostClosed).toBe(true);
  });
});
