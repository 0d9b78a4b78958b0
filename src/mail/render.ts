// One manager's digest email: subject, HTML and plain text, all in the model's language.
import type { DigestModel } from '../domain/digestModel';
import { renderHtml } from './html';
import { subject } from './phrases';
import { renderText } from './text';

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

export function renderDigest(model: DigestModel): RenderedDigest {
  // A subject is one header line: a team name pasted with a newline must not split it.
  return { subject: subject(model).replace(/[\r\n]+/g, ' '), html: renderHtml(model), text: renderText(model) };
}
