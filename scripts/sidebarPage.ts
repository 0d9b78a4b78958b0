// The sidebar page as one self-contained HTML file: esbuild bundles sidebar/main.ts and sidebar/style.css and both
// are inlined into sidebar/index.html, because HtmlService serves a single file with no external script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(__dirname, '..');

export async function buildSidebarHtml(): Promise<string> {
  const js = await esbuild.build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
  });
  const css = await esbuild.build({ entryPoints: [join(root, 'sidebar/style.css')], bundle: true, write: false, minify: true });
  const template = readFileSync(join(root, 'sidebar/index.html'), 'utf8');
  // A closing script tag inside the bundle would end the inline script early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return template.replace('/*INLINE_CSS*/', () => css.outputFiles[0].text).replace('/*INLINE_JS*/', () => script);
}
