// One manager's digest email: subject, HTML and plain text, all in the model's language. The HTML is shortened when
// it would pass Gmail's clip (mail/clip.ts); the plain text, which Gmail does not clip, is kept whole and shortened
// the same way only when absurdly large (TEXT_BYTES), so it says at least what the HTML says.
import type { DigestModel } from '../domain/digestModel';
import { TEXT_BYTES, fitToClip } from './clip';
import { renderHtml } from './html';
import { subject } from './phrases';
import { renderText } from './text';

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

export function renderDigest(model: DigestModel): RenderedDigest {
  const html = fitToClip(model, renderHtml).body;
  const text = fitToClip(model, renderText, TEXT_BYTES).body;
  // A subject is one header line: a team name pasted with a newline must not split it.
  return { subject: subject(model).replace(/[\r\n]+/g, ' '), html, text };
}
