// An error a user can fix: it carries a message key so it reaches them in their language, never as a stack trace.
import { t, type MessageKey, type Params } from './index';

export class UserError extends Error {
  constructor(readonly key: MessageKey, readonly params: Params = {}) {
    // Where Apps Script itself shows the error (a failed trigger's email), it reads in both languages.
    super(`${t('en', key, params)} / ${t('zh', key, params)}`);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError');
}
