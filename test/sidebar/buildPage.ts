// Builds sidebar/ into one self-contained page exactly as scripts/build.mjs does, so the page can be tested
// before (and independently of) the server bundle.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(__dirname, '..', '..');

export async function buildSidebarPage(outFile: string): Promise<string> {
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
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = template.replace('/*INLINE_CSS*/', () => css.outputFiles[0].text).replace('/*INLINE_JS*/', () => script);
  writeFileSync(outFile, html);
  return html;
}
