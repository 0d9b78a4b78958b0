import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layers the linter keeps (STYLE "Layers the linter keeps"): a line of code knows its room by its imports.
const banned = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group: [group], message: `This folder may not import ${group}.` })) }],
});

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'coverage/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // domain/ is pure: only domain/ and i18n/.
  { files: ['src/domain/**/*.ts'], rules: banned('**/app/*', '**/sheets/*', '**/ui/*', '**/mail/*', '**/contract/*', '**/local/*') },
  // sheets/ is the adapter to SpreadsheetApp: never the use cases or the surfaces.
  { files: ['src/sheets/**/*.ts'], rules: banned('**/app/*', '**/ui/*', '**/mail/*') },
  // ui/ asks app/ and never reaches into the sheets itself.
  { files: ['src/ui/**/*.ts'], rules: banned('**/sheets/*') },
  // mail/ renders and sends what it is given.
  { files: ['src/mail/**/*.ts'], rules: banned('**/app/*', '**/sheets/*', '**/ui/*') },
  // The contract is shared by server and page: types and words only.
  { files: ['src/contract/**/*.ts'], rules: banned('**/app/*', '**/sheets/*', '**/ui/*', '**/mail/*') },
  // The page: only the contract and i18n (and domain types through them), never server code.
  { files: ['sidebar/**/*.ts'], rules: banned('**/src/domain/*', '**/src/app/*', '**/src/sheets/*', '**/src/ui/*', '**/src/mail/*', '**/src/index') },
  // scripts/ (demo, bench, build) never lean on tests.
  { files: ['scripts/**/*.ts'], rules: banned('**/test/*', '**/test/**') },
);
