// google.script.run as promises, typed by the shared SidebarApi so a renamed endpoint fails to compile.
import type { SidebarApi } from '../src/contract/sidebar';

type Handler = (value: unknown) => void;
interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
  [endpoint: string]: unknown;
}

function scriptRun(): Runner {
  const host = window as unknown as { google?: { script?: { run?: Runner } } };
  const run = host.google && host.google.script && host.google.script.run;
  if (!run) throw new Error('google.script.run is not available');
  return run;
}

let pageDay: string | undefined;

/** The day the page shows: every save carries it (contract AsOf), so the server refuses one from a day gone by. */
export function setPageDay(day: string): void {
  pageDay = day;
}

const SAVES: readonly string[] = ['sidebarSetTarget', 'sidebarRecordResult'];

export function callServer<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = scriptRun()
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler(reject);
    const sent = SAVES.indexOf(name) >= 0 && pageDay && args[0] && typeof args[0] === 'object' ? [{ ...(args[0] as object), asOf: pageDay }] : args;
    (runner[name] as (...a: unknown[]) => void)(...sent);
  });
}

/** Apps Script hands the failure handler an Error; anything else is shown as it is. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
