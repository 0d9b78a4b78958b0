// Bundles src/index.ts into dist/Code.js for Apps Script. gas-webpack-plugin turns the exports of
// src/index.ts (and only those) into top-level functions; usedExports:false and devtool:false keep them working.
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/index.ts',
  devtool: false,
  output: { path: path.resolve(__dirname, 'dist'), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2019' } }],
  },
  optimization: { usedExports: false, minimize: false },
  plugins: [new GasPlugin({ autoGlobalExportsFiles: ['src/index.ts'] })],
};
