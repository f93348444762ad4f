// The glossary check: docs/glossary.md's "Enforced" table lists, per language, the variants a catalog must not use.
// The doc is the one source: a row added there is checked here, with no list to keep in step.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Rule {
  locale: string;
  idea: string;
  write: string;
  not: RegExp[];
}

/** Cells of a Markdown table row; `\|` is a pipe inside a cell. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/gu, '')
    .split(/(?<!\\)\|/u)
    .map((c) => c.trim().replace(/\\\|/gu, '|'));
}

export function glossaryRules(markdown: string): Rule[] {
  const section = markdown.split(/^## /mu).find((s) => s.startsWith('Enforced')) ?? '';
  const rows = section.split('\n').filter((l) => l.startsWith('|'));
  return rows.slice(2).map((row) => {
    const [locale = '', idea = '', write = '', not = ''] = cells(row);
    const patterns = [...not.matchAll(/`([^`]+)`/gu)].map((m) => new RegExp(m[1] ?? '', 'u'));
    return { locale, idea, write, not: patterns };
  });
}

/** Every use of a forbidden variant in src/i18n/<locale>/, outside comments; a missing catalog has nothing to check. */
export function glossaryProblems(docPath = 'docs/glossary.md', i18nDir = 'src/i18n'): string[] {
  const problems: string[] = [];
  const rules = glossaryRules(readFileSync(docPath, 'utf8'));
  if (rules.length === 0) problems.push(`${docPath} has no Enforced table`);
  for (const locale of new Set(rules.map((r) => r.locale))) {
    const dir = join(i18nDir, locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const lines = readFileSync(join(dir, name), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\/\*|\*)/u.test(line)) return;
        for (const rule of rules.filter((r) => r.locale === locale))
          for (const re of rule.not)
            if (re.test(line))
              problems.push(
                `${dir}/${name}:${i + 1}: "${re.exec(line)?.[0] ?? ''}" for ${rule.idea}; write ${rule.write} (docs/glossary.md)`,
              );
      });
    }
  }
  return problems;
}
