// Which of our modules may import which (docs/architecture.md, "Imports run one way"), checked on resolved file
// paths: however an import is spelled (`../../`, `./x/../`, with or without `.ts`, `import()`, `export … from`),
// it is judged by the file it reaches. An import that resolves to no file is refused too, so a boundary cannot be
// skipped by a path the checker cannot follow. Import cycles are refused in src/ and sim/ (the type-only ones too, by
// test/lint/import-graph.test.ts: this rule skips `import type`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const root = import.meta.dirname;
const features = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// The zstack/ modules that make requests or keep the job ledger: components and features never reach them.
const requestModules = ['client.ts', 'jobs.ts', 'actions.ts', 'ledger.ts', 'crypto.ts'].map(
  (f) => `src/zstack/${f}`,
);

const zones = [
  {
    target: 'sim',
    from: ['src', 'test', 'scripts', 'server'],
    message: 'The simulator never imports the console, the tests, the scripts or the production server.',
  },
  {
    target: 'server',
    from: ['src', 'test', 'scripts'],
    message: 'The production server imports only the simulator (its default backend) and itself.',
  },
  {
    target: 'src',
    from: ['sim', 'test', 'scripts', 'server'],
    message: 'The console never imports the simulator, the tests or the scripts.',
  },
  { target: 'src/zstack', from: 'src', except: ['./zstack'], message: 'zstack/ imports nothing of ours.' },
  { target: 'src/i18n', from: 'src', except: ['./i18n'], message: 'i18n/ imports nothing of ours.' },
  { target: 'src/lib', from: 'src', except: ['./lib'], message: 'lib/ imports nothing of ours.' },
  {
    target: 'src/api',
    from: ['src/features', 'src/components', 'src/app', 'src/main.tsx', 'src/start.tsx'],
    message: 'api/ imports only zstack/, i18n/ and itself.',
  },
  {
    target: 'src/components',
    from: ['src/api', 'src/features', 'src/app', 'src/main.tsx', 'src/start.tsx'],
    message: 'components/ imports only i18n/ and the types, error helpers and query-text checks of zstack/.',
  },
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message:
      'Features never import each other: share through components/ or api/, or a context the app provides.',
  })),
  {
    target: 'src/features',
    from: ['src/app', 'src/main.tsx', 'src/start.tsx'],
    message: 'Features do not import the app shell.',
  },
  {
    target: 'src/app',
    from: ['src/main.tsx', 'src/start.tsx'],
    message: 'Only the entry point and its start import the app.',
  },
  {
    target: ['src/features', 'src/components'],
    from: requestModules,
    message:
      'Requests go through api/: features and components read only types and error helpers of zstack/.',
  },
];

const resolver = createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] });

export const importRules = [
  {
    files: ['src/**/*.{ts,tsx}', 'sim/**/*.ts', 'test/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [resolver], 'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:', '\\?'] }],
    },
  },
  {
    // Not over the tests: nothing imports a test, so a cycle cannot run through one.
    files: ['src/**/*.{ts,tsx}', 'sim/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
];
