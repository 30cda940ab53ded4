import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts', '*/vitest.config.ts', 'eslint.config.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Nest injects by constructor parameter type: those imports must stay value imports.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    // The client is cut by feature (STYLE.md): features do not import each other, components/ and
    // lib/ import no feature, and a feature is imported only through a file at its top level — its
    // index.ts, or a lazily loaded entry such as history/charts.ts — never past it into api/,
    // components/, hooks/ or utils/. Checked on resolved paths, so no relative spelling slips by;
    // tests/tooling/lint-boundaries.test.ts proves the rules bite.
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': [
        { type: 'feature', pattern: 'client/src/features/*' },
        { type: 'app', pattern: 'client/src/app' },
        { type: 'components', pattern: 'client/src/components' },
        { type: 'lib', pattern: 'client/src/lib' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            // Later policies win: the sharper message for an import from another feature comes last.
            {
              to: { element: { type: 'feature' } },
              disallow: {
                to: { element: { fileInternalPath: '!*.{ts,tsx}' } },
              },
              message: 'Import a feature through its index.ts (or a top-level entry like history/charts.ts), not past it',
            },
            {
              from: { element: { types: ['components', 'lib'] } },
              disallow: { to: { element: { type: 'feature' } } },
              message: 'components/ and lib/ must not depend on a feature',
            },
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature' } } },
              message: 'Features do not import each other: move what both need to components/, lib/ or shared/',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // expect.any() and asymmetric matchers are typed any by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Node scripts: the benchmarks, the deploy check and the JavaScript test helpers.
    files: ['bench/**/*.js', 'deploy/**/*.mjs', 'tests/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Functions that bench/client.js hands to page.waitForFunction run in the browser.
    files: ['bench/client.js'],
    languageOptions: { globals: { ...globals.node, document: 'readonly' } },
  },
);
