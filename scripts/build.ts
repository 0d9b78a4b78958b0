// Builds the Apps Script project into dist/: Code.js (webpack + gas-webpack-plugin + esbuild-loader),
// Sidebar.html (one self-contained page) and appsscript.json — the three files clasp pushes.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { buildSidebarHtml } from './sidebarPage';

const root = join(__dirname, '..');
const config = require(join(root, 'webpack.config.js')) as webpack.Configuration;

function buildCode(): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats ? stats.toString('errors-only') : 'webpack gave no stats'));
      resolve();
    });
  });
}

async function main() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  await buildCode();
  writeFileSync(join(root, 'dist/Sidebar.html'), await buildSidebarHtml());
  copyFileSync(join(root, 'appsscript.json'), join(root, 'dist/appsscript.json'));
  console.log('built dist/Code.js, dist/Sidebar.html, dist/appsscript.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
