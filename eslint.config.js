// Flat config: type-checked TypeScript, React hooks, accessibility, TanStack Query and Testing Library rules.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    // Fetch-API handlers and Node adapters: the simulator never imports React or src/.
    files: ['sim/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../src/*', 'react', 'react-dom'] }] },
  },
  // One-way imports: app -> features -> api -> zstack; features -> components -> i18n. Features never import
  // each other; zstack/ imports nothing of ours (and no React).
  {
    files: ['src/zstack/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../api/*', '../features/*', '../components/*', '../app/*', '../i18n/*', 'react'] },
      ],
    },
  },
  {
    files: ['src/api/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../features/*', '../components/*', '../app/*'] }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../features/*', '../app/*', '../api/*'] }] },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../features/*', '../app/*', '../api/*', '../components/*', '../zstack/*'] },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^.]',
              message: 'Features never import each other: share through components/ or api/.',
            },
            { group: ['../../app/*'], message: 'Features do not import the app shell.' },
          ],
        },
      ],
    },
  },
);
