import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalSpreadsheet } from '../../local';
import { Clock, Host } from '../../local/host';
import type { LocalTrigger } from '../../local/script';
import { ActionHost, UserActions } from '../../local/userActions';

const LOCAL = join(__dirname, '..', '..', 'local');

/** Every relative import (value or type-only, re-exports included) of each module in local/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(LOCAL).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(LOCAL, file), 'utf8');
    const deps = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]\.\/([\w.]+)['"]/g)].map((m) => `${m[1]}.ts`);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('module structure of local/', () => {
  test('no import cycle, counting type-only imports (what `madge --circular` checks)', () => {
    const graph = importGraph();
    expect(graph.get('range.ts')).toContain('types.ts'); // the scan sees imports at all
    expect(cycles(graph)).toEqual([]);
  });

  test('types.ts imports nothing: it holds only shared types', () => {
    const source = readFileSync(join(LOCAL, 'types.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export\s+[^;]*\bfrom)\b/m);
    expect(source).not.toMatch(/^\s*export\s+(const|let|var|function|class)\b/m);
  });

  test("userActions reaches the runtime only through ActionHost, never LocalRuntime's internals", () => {
    const source = readFileSync(join(LOCAL, 'userActions.ts'), 'utf8');
    expect(source).not.toMatch(/from '\.\/runtime'/);
    expect(source).not.toMatch(/\b(_host|_fresh|_function|_triggerList|_loaded)\b/);
  });
});

describe('UserActions behind a hand-made ActionHost', () => {
  test('an edit writes, then runs the bundle\'s onEdit through the host as the person typing, with LIMITED auth', () => {
    const clock = new Clock(new Date('2026-03-02T02:00:00Z'));
    const host = new Host(clock, 'li@example.com', 'li@example.com', 'UTC');
    const spreadsheet = new LocalSpreadsheet(host, { name: 'S', timeZone: 'UTC', locale: 'en_US' });
    const seen: string[] = [];
    const fake: ActionHost = {
      spreadsheet,
      activeUser: () => 'li@example.com',
      now: () => clock.now(),
      installedTriggers: (): LocalTrigger[] => [],
      scriptLoaded: () => true,
      freshFunction: (name) => (name === 'onEdit'
        ? (e: unknown) => { seen.push(`${(e as { value: string }).value} as ${host.effectiveUser} ${host.authMode}`); }
        : undefined),
      execute: (mode, users, fn) => host.execute(mode, users, fn),
      log: (line) => seen.push(line),
    };
    const actions = new UserActions(fake);
    actions.edit('Sheet1', 'B2', [['42']], false);
    expect(spreadsheet.getSheets()[0].getRange('B2').getValue()).toBe(42);
    expect(seen).toEqual(['42 as li@example.com LIMITED']);
  });
});
