// HtmlService: pages come from <distDir>/<name>.html, the files the build writes next to Code.js.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './errors';
import { countObject, Host } from './host';
import type { HtmlOutputApi } from './types';

/** Page objects are local builders: only HtmlService's own calls are counted. */
export class LocalHtmlOutput implements HtmlOutputApi {
  private title = '';
  private width = 300;
  private height = 500;
  constructor(private content = '') {}
  setTitle(title: string): this { this.title = String(title); return this; }
  getTitle(): string { return this.title; }
  setWidth(width: number): this { this.width = width; return this; }
  getWidth(): number { return this.width; }
  setHeight(height: number): this { this.height = height; return this; }
  getHeight(): number { return this.height; }
  getContent(): string { return this.content; }
  setContent(content: string): this { this.content = String(content); return this; }
  append(addedContent: string): this { this.content += addedContent; return this; }
  appendUntrusted(addedContent: string): this { this.content += escapeHtml(addedContent); return this; }
  clear(): this { this.content = ''; return this; }
  setSandboxMode(_mode: unknown): this { return this; }
  setXFrameOptionsMode(_mode: unknown): this { return this; }
  addMetaTag(name: string, content: string): this {
    this.content = `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">` + this.content;
    return this;
  }
  setFaviconUrl(_iconUrl: string): this { return this; }
}

export function escapeHtml(text: string): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Turns `<?= ?>`, `<?!= ?>` and `<? ?>` scriptlets into the source of a function of the template's variables. */
export function compileTemplate(html: string): string {
  let code = 'var __out = "";\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    code += `__out += ${JSON.stringify(html.slice(last, m.index))};\n`;
    if (m[1] === '=') code += `__out += __escape(${m[2]});\n`;
    else if (m[1] === '!=') code += `__out += String(${m[2]});\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__out += ${JSON.stringify(html.slice(last))};\nreturn __out;`;
  return `(function (__vars, __escape) { with (__vars) { ${code} } })`;
}

export class LocalHtmlTemplate {
  [variable: string]: unknown;
  constructor(private readonly __raw: string, private readonly __eval: (source: string) => unknown) {}
  getRawContent(): string { return this.__raw; }
  getCode(): string { return compileTemplate(this.__raw); }
  evaluate(): LocalHtmlOutput {
    const fn = this.__eval(compileTemplate(this.__raw)) as (vars: object, esc: (v: unknown) => string) => string;
    return new LocalHtmlOutput(fn(this, (v) => escapeHtml(String(v))));
  }
}

export function createHtmlService(host: Host, distDir: () => string, scriptEval: (source: string) => unknown) {
  const readFile = (filename: string): string => {
    const name = filename.endsWith('.html') ? filename : `${filename}.html`;
    const path = join(distDir(), name);
    if (!existsSync(path)) fail(`No HTML file named ${filename} was found.`);
    return readFileSync(path, 'utf8');
  };
  return countObject(host, 'HtmlService', {
    SandboxMode: { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput: (html?: string) => new LocalHtmlOutput(html === undefined ? '' : String(html)),
    createHtmlOutputFromFile: (filename: string) => new LocalHtmlOutput(readFile(filename)),
    createTemplate: (html: string) => new LocalHtmlTemplate(String(html), scriptEval),
    createTemplateFromFile: (filename: string) => new LocalHtmlTemplate(readFile(filename), scriptEval),
  }, { kind: 'ui' });
}
