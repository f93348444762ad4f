// The plain side refuses MUI at lint time (eslint.plain.js), long before `vite build` would: a plain file that
// imports MUI, Emotion or our own MUI parts fails, however the import is written; a dialog or an MUI page may.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

async function plainRules(): Promise<Linter.Config[]> {
  // Plain JavaScript (ESLint loads it): read without types, then checked.
  const module: unknown = await import(pathToFileURL(resolve(root, 'eslint.plain.js')).href);
  const rules: unknown =
    module !== null && typeof module === 'object' ? Reflect.get(module, 'plainRules') : null;
  if (!Array.isArray(rules)) throw new Error('eslint.plain.js exports no plainRules');
  return rules.filter((r): r is Linter.Config => r !== null && typeof r === 'object');
}

async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
      ...(await plainRules()),
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the plain side refuses MUI at lint time', () => {
  const refused = [
    "import Button from '@mui/material/Button';",
    "import { Button } from '@mui/material';",
    "import { css } from '@emotion/react';",
    "export { default } from '@mui/material/Dialog';",
    "export * from '@mui/material/styles';",
    "import { Panel } from '../../components/mui/Panel.tsx';",
    "import { Panel } from '../../components/mui/Panel';",
  ];
  for (const file of [
    'src/features/recycle-bin/list/Probe.tsx',
    'src/components/plain/Probe.tsx',
    'src/app/Probe.tsx',
  ]) {
    for (const code of refused) {
      it(`${file}: ${code}`, async () => {
        expect(await lint(file, code)).toEqual(['plain/no-mui']);
      });
    }
  }

  it('lets a plain part load MUI on demand (import()) and read its types', async () => {
    const code = [
      "import type { Theme } from '@mui/material/styles';",
      "export const load = () => import('../mui/MuiScope.tsx');",
      'export type T = Theme;',
    ].join('\n');
    expect(await lint('src/components/plain/Probe.tsx', code)).toEqual([]);
  });

  it('lets dialogs, MUI pages and components/mui import MUI', async () => {
    const code = "import Button from '@mui/material/Button';\nexport { Button };";
    for (const file of [
      'src/features/recycle-bin/dialogs/Probe.tsx',
      'src/features/operations/dialogs/Probe.tsx',
      'src/features/vm/Probe.tsx',
      'src/components/mui/Probe.tsx',
    ]) {
      expect(await lint(file, code)).toEqual([]);
    }
  });
});
