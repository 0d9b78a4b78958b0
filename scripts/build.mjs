// Builds the Apps Script project into dist/: Code.js (webpack + gas-webpack-plugin), Sidebar.html (one
// self-contained page: esbuild bundles the sidebar's TS and CSS and they are inlined) and appsscript.json.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const webpack = require('webpack');
const config = require(join(root, 'webpack.config.js'));

function buildCode() {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}

async function buildSidebar() {
  const js = await esbuild.build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
  });
  const css = await esbuild.build({
    entryPoints: [join(root, 'sidebar/style.css')],
    bundle: true,
    write: false,
    minify: true,
  });
  const template = readFileSync(join(root, 'sidebar/index.html'), 'utf8');
  // A closing script tag inside the bundle would end the inline script early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = template
    .replace('/*INLINE_CSS*/', () => css.outputFiles[0].text)
    .replace('/*INLINE_JS*/', () => script);
  writeFileSync(join(root, 'dist/Sidebar.html'), html);
}

mkdirSync(join(root, 'dist'), { recursive: true });
await buildCode();
await buildSidebar();
copyFileSync(join(root, 'appsscript.json'), join(root, 'dist/appsscript.json'));
console.log('built dist/Code.js, dist/Sidebar.html, dist/appsscript.json');
