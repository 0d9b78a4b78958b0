// An error a user can fix: it carries a message key so it reaches them in their language, never as a stack trace.
import type { MessageKey, Params } from './index';

export class UserError extends Error {
  constructor(readonly key: MessageKey, readonly params: Params = {}) {
    super(String(key));
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError');
}
