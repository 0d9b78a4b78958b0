// One manager's digest email: subject, HTML and plain text, all in the model's language, shortened together when
// the HTML would pass Gmail's clip (mail/clip.ts), so both bodies still state the same facts.
import type { DigestModel } from '../domain/digestModel';
import { fitToClip } from './clip';
import { renderHtml } from './html';
import { subject } from './phrases';
import { renderText } from './text';

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

export function renderDigest(model: DigestModel): RenderedDigest {
  const fitted = fitToClip(model, renderHtml);
  // A subject is one header line: a team name pasted with a newline must not split it.
  return { subject: subject(model).replace(/[\r\n]+/g, ' '), html: fitted.html, text: renderText(fitted.model) };
}
