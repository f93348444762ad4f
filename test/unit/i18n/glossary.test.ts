// docs/glossary.md's Enforced table is what `npm run lint` holds the catalogs to: it must parse, catch a variant in a
// catalog (not in its comments), and find none in the catalogs as they are.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryProblems, glossaryRules } from '../../../scripts/glossary.ts';

describe('the glossary check', () => {
  it('reads the Enforced table, pipes inside a cell included', () => {
    const rules = glossaryRules(
      [
        '## Enforced',
        '| Language | Idea | Write | Not |',
        '| --- | --- | --- | --- |',
        '| zh-CN | counting volumes | 块 | `[个台](?:数据\\|根)?云盘`, `x` |',
        '## Not checked',
        '| a | b | c | `y` |',
      ].join('\n'),
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]?.not.map((r) => r.source)).toEqual(['[个台](?:数据|根)?云盘', 'x']);
  });

  it('finds a forbidden variant in a catalog line, with file and line, but not in a comment', () => {
    const root = mkdtempSync(join(tmpdir(), 'glossary-'));
    mkdirSync(join(root, 'zh-CN'));
    writeFileSync(
      join(root, 'zh-CN', 'vm.ts'),
      [
        '// 大小 in a comment is fine',
        "export const vm = { ip: 'IP地址', n: (n) => `${n} 个数据云盘` };",
      ].join('\n'),
    );
    const problems = glossaryProblems('docs/glossary.md', root);
    expect(problems.join('\n')).toMatch(/zh-CN\/vm\.ts:2: "P地" for Latin letters/u);
    expect(problems.join('\n')).toMatch(/zh-CN\/vm\.ts:2: "个数据云盘" for counting volumes; write 块/u);
    expect(problems.some((p) => p.includes('vm.ts:1'))).toBe(false);
  });

  it('the catalogs keep the glossary', () => {
    expect(glossaryProblems()).toEqual([]);
  });
});
