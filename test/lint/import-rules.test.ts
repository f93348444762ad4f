// The import boundaries of docs/architecture.md ("Imports run one way"), tried through ESLint's own API against the
// project's real config: every forbidden import, however it is spelled, is refused, and the allowed ones pass.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const boundaryRules = new Set([
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
  'import-x/no-unresolved',
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
]);
// Only the import rules, parsed without type information: the same config, in a fraction of the time.
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => boundaryRules.has(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

/** A real module under `dir` (files move between folders; the rules are about folders). */
function someModule(dir: string): string {
  const walk = (d: string): string[] =>
    readdirSync(join(root, d))
      .sort()
      .flatMap((name) => {
        const p = `${d}/${name}`;
        if (statSync(join(root, p)).isDirectory()) return walk(p);
        return /\.tsx?$/u.test(name) && !name.endsWith('.d.ts') ? [p] : [];
      });
  const found = walk(dir)[0];
  if (found === undefined) throw new Error(`no module under ${dir}`);
  return found;
}

/** Ways to write an import of `target` (a path from the repo root) in a file at `from`. */
function spellings(from: string, target: string): string[] {
  let rel = relative(dirname(from), target);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const bare = rel.replace(/\.tsx?$/u, '');
  const detour = `${rel.startsWith('./') ? '.' : ''}/${relative(dirname(from), 'src')}/../${target}`;
  return [
    `import * as m from '${rel}';\nexport const x = m;`,
    `import * as m from '${bare}';\nexport const x = m;`,
    `import * as m from '${detour.replace(/^\/+/u, '')}';\nexport const x = m;`,
    `export * from '${rel}';`,
    `export const load = () => import('${bare}');`,
    `import type * as m from '${rel}';\nexport type X = typeof m;`,
  ];
}

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// [a file in the importing folder, a module it must not import, the rule's reason]
const forbidden: [string, string, string][] = [
  ['src/features/vm/x.ts', someModule('src/features/recycle-bin'), 'a feature imports another feature'],
  ['src/features/recycle-bin/x.ts', someModule('src/features/vm'), 'a feature imports another feature'],
  ['src/features/vm/x.ts', someModule('src/app'), 'a feature imports the app'],
  ['src/features/vm/x.ts', 'src/zstack/client.ts', 'a feature reaches a module that makes requests'],
  ['src/components/x.ts', 'src/zstack/jobs.ts', 'a component reaches a module that makes requests'],
  ['sim/http/x.ts', someModule('src/zstack'), 'the simulator imports the console'],
  ['sim/x.ts', someModule('src/features'), 'the simulator imports the console'],
  ['src/api/x.ts', someModule('sim/store'), 'the console imports the simulator'],
  ['src/api/operations/x.ts', someModule('src/components'), 'api imports components'],
  ['src/api/x.ts', someModule('src/features'), 'api imports a feature'],
  ['src/api/x.ts', someModule('src/app'), 'api imports the app'],
  ['src/components/x.ts', someModule('src/api'), 'components import api'],
  ['src/components/x.ts', someModule('src/features'), 'components import a feature'],
  ['src/components/x.ts', someModule('src/app'), 'components import the app'],
  ['src/zstack/x.ts', someModule('src/api'), 'zstack imports api'],
  ['src/zstack/x.ts', someModule('src/i18n'), 'zstack imports i18n'],
  ['src/zstack/x.ts', someModule('src/components'), 'zstack imports components'],
  ['src/i18n/x.ts', someModule('src/zstack'), 'i18n imports zstack'],
  ['src/i18n/en/x.ts', someModule('src/components'), 'i18n imports components'],
  ['src/app/x.ts', 'src/main.tsx', 'the app imports the entry point'],
  ['src/app/x.ts', 'src/start.tsx', 'the app imports its start'],
];

describe('import boundaries', () => {
  it.each(forbidden)('refuses %s importing %s (%s), however it is written', async (file, target) => {
    for (const code of spellings(file, target)) {
      expect(await ruleIds(file, code), code).toContain('import-x/no-restricted-paths');
    }
  });

  // [what, a file, its code, every rule that answers it: none where it is allowed]
  const exact: [string, string, string, string[]][] = [
    [
      'refuses React in zstack/',
      'src/zstack/x.ts',
      "import { useState } from 'react';\nexport const x = useState;",
      ['no-restricted-imports'],
    ],
    [
      'refuses React in the simulator',
      'sim/x.ts',
      "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;",
      ['no-restricted-imports'],
    ],
    [
      'refuses a feature a value of zstack/endpoints.ts',
      'src/features/vm/x.ts',
      "import { query } from '../../zstack/endpoints.ts';\nexport const x = query;",
      ['@typescript-eslint/no-restricted-imports'],
    ],
    [
      'lets a feature read a type of zstack/endpoints.ts',
      'src/features/vm/x.ts',
      "import type { AuditSupport } from '../../zstack/endpoints.ts';\nexport type X = AuditSupport;",
      [],
    ],
    [
      'refuses an import that reaches no file, so a boundary cannot be skipped unseen',
      'src/features/vm/x.ts',
      "import * as m from '../recycle-bin/no-such-module.ts';\nexport const x = m;",
      ['import-x/no-unresolved'],
    ],
  ];
  it.each(exact)('%s', async (_what, file, code, rules) => {
    expect(await ruleIds(file, code)).toEqual(rules);
  });

  it('refuses an import cycle', async () => {
    // en/vm.ts imports ./registry.ts, so registry.ts importing vm.ts back closes a cycle.
    expect(
      await ruleIds('src/i18n/en/registry.ts', "import { vm } from './vm.ts';\nexport const x = vm;"),
    ).toContain('import-x/no-cycle');
  });

  // The same lint must let the allowed directions through, or the refusals above prove nothing.
  const allowed: [string, string][] = [
    ['src/features/vm/x.ts', someModule('src/features/vm')],
    ['src/features/vm/x.ts', someModule('src/api')],
    ['src/features/vm/x.ts', someModule('src/components')],
    ['src/features/vm/x.ts', 'src/zstack/errors.ts'],
    ['src/features/vm/x.ts', someModule('src/i18n')],
    ['src/components/x.ts', 'src/zstack/errors.ts'],
    ['src/api/operations/x.ts', someModule('src/zstack')],
    ['src/api/x.ts', someModule('src/i18n')],
    ['src/app/x.ts', someModule('src/features/recycle-bin')],
    ['src/app/x.ts', someModule('src/components')],
    ['src/main.tsx', someModule('src/app')],
    ['src/start.tsx', someModule('src/app')],
    ['sim/http/x.ts', someModule('sim/store')],
    ['test/unit/x.ts', someModule('src/features/vm')],
    ['test/support/x.ts', 'sim/handler.ts'],
  ];
  it.each(allowed)('lets %s import %s', async (file, target) => {
    for (const code of spellings(file, target)) expect(await ruleIds(file, code), code).toEqual([]);
  });
});
