// jest's expect has no web-first matchers, so assertions on the page retry until the page settles.
import type { Locator } from 'playwright-core';

export async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export function hasText(locator: Locator, text: string): Promise<void> {
  return eventually(async () => expect((await locator.first().textContent()) || '').toBe(text));
}

export function containsText(locator: Locator, text: string): Promise<void> {
  return eventually(async () => expect((await locator.first().textContent()) || '').toContain(text));
}

/** A form control's current value (a select's chosen option, an input's text). */
export function hasValue(locator: Locator, value: string): Promise<void> {
  return eventually(async () => expect(await locator.first().inputValue()).toBe(value));
}
