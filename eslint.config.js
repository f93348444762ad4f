// Flat config: type-checked TypeScript, React hooks, accessibility, TanStack Query and Testing Library rules.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importRules } from './eslint.imports.js';
import { plainRules } from './eslint.plain.js';

// Props whose value a person reads or hears.
const TEXT_PROPS =
  '/^(aria-label|aria-description|aria-valuetext|title|placeholder|alt|label|helperText|help|headline|description|what)$/';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-deprecated': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['test/unit/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // Every user-visible string comes from the catalogs (src/i18n): no words written straight into JSX.
    files: ['src/**/*.tsx'],
    ignores: ['src/i18n/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-z\\u4e00-\\u9fff]/]',
          message: 'User-visible text must come from the catalogs (useT()), not be written in JSX.',
        },
        {
          selector: 'JSXExpressionContainer > Literal[value=/[A-Za-z\\u4e00-\\u9fff]{2}/]',
          message: 'User-visible text must come from the catalogs (useT()), not be written in JSX.',
        },
        {
          selector: `JSXAttribute[name.name=${TEXT_PROPS}] > Literal[value=/[A-Za-z\\u4e00-\\u9fff]/]`,
          message: 'Labels, titles and placeholders must come from the catalogs (useT()).',
        },
        {
          selector: `JSXAttribute[name.name=${TEXT_PROPS}] TemplateElement[value.raw=/[A-Za-z\\u4e00-\\u9fff]{2}/]`,
          message: 'Labels, titles and placeholders must come from the catalogs (useT()).',
        },
      ],
    },
  },
  {
    // Packages a layer must not use; where our own modules may be imported from is in importRules below.
    files: ['sim/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['react', 'react-dom'], patterns: ['react-dom/*'] }],
    },
  },
  {
    files: ['src/zstack/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['react'], patterns: ['react/*'] }] },
  },
  {
    // Components and features read the types and error helpers of zstack/, never the functions that make requests.
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/endpoints(\\.ts)?$',
              allowTypeImports: true,
              message: 'Only types from zstack/endpoints.ts: requests go through api/.',
            },
          ],
        },
      ],
    },
  },
  ...importRules,
  // No MUI on the plain side (eslint.plain.js).
  ...plainRules,
);
