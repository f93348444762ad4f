// CI check of the catalogs: every language has the same keys (TypeScript checks this too), every key is used
// somewhere in src/, nothing uses a key that does not exist, and every module that reads a namespace kept out of the
// first paint imports the module that registers it (src/i18n/en/index.ts), and the catalogs keep docs/glossary.md's one
// word per idea (scripts/glossary.ts). Run by `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import '../src/i18n/en/all.ts';
import { en } from '../src/i18n/en/index.ts';
import { zhCN } from '../src/i18n/zh-CN/index.ts';
import { zhTW } from '../src/i18n/zh-TW/index.ts';
import { glossaryProblems } from './glossary.ts';

type Tree = { [key: string]: unknown };

function leaves(tree: unknown, prefix = ''): string[] {
  // A string, a message function or a list of paragraphs is one message.
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [prefix];
  return Object.entries(tree as Tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : files(path);
    return /\.tsx?$/u.test(name) ? [path] : [];
  });
}

const problems: string[] = [];
const enKeys = leaves(en);
for (const [name, catalog] of [
  ['zh-CN', zhCN],
  ['zh-TW', zhTW],
] as const) {
  const keys = new Set(leaves(catalog));
  for (const k of enKeys) if (!keys.has(k)) problems.push(`${name} lacks ${k}`);
  for (const k of keys) if (!enKeys.includes(k)) problems.push(`${name} has ${k}, which en does not`);
}

// Every `t.a.b.c` (and aliases such as `const m = t.errors` then `m.details`) in src/, with the catalog's paths.
const used = new Set<string>();
const dynamic = new Set<string>();
// Namespaces that are registered on load rather than part of `en` from the start: getters until then.
const lazy = Object.keys(en).filter((ns) => Object.getOwnPropertyDescriptor(en, ns)?.get !== undefined);
const kebab = (ns: string) => ns.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);
for (const file of files('src')) {
  const source = readFileSync(file, 'utf8');
  if (/^import\s+'[^']*\/i18n\/en\/all\.ts';/mu.test(source))
    problems.push(`${file} imports src/i18n/en/all.ts, which is for tests and scripts only`);
  for (const ns of lazy) {
    const reads =
      new RegExp(`\\b(?:t|useT\\(\\))\\.${ns}\\b`, 'u').test(source) ||
      new RegExp(`\\{[^{}]*\\b${ns}\\b[^{}]*\\}\\s*=\\s*useT\\(\\)`, 'u').test(source);
    const registers = new RegExp(`^import\\s+'[^']*/i18n/en/${kebab(ns)}\\.ts';`, 'mu').test(source);
    if (reads && !registers)
      problems.push(
        `${file} reads t.${ns} but does not import '…/i18n/en/${kebab(ns)}.ts', which registers it`,
      );
  }
  const roots = new Map<string, string>([['t', '']]);
  const aliases = /\b(?:const|let)\s+(\w+)\s*=\s*(?:useT\(\)|t)((?:\.\w+)*)\s*;/gu;
  for (const m of source.matchAll(aliases)) roots.set(m[1] ?? '', (m[2] ?? '').slice(1));
  // An alias's own definition is not a use of the group it names.
  const text = source.replace(aliases, '');
  for (const m of text.matchAll(/\b(?:const|let)\s+\{\s*([\w\s,:]+)\}\s*=\s*useT\(\)/gu)) {
    for (const part of (m[1] ?? '').split(',')) {
      const [key, alias] = part.split(':').map((s) => s.trim());
      if (key) roots.set(alias ?? key, key);
    }
  }
  for (const [root, base] of roots) {
    // `m[key]`: a group indexed at run time (`m.columns[c.key]` is caught below).
    if (base && new RegExp(`\\b${root}\\[`, 'u').test(text)) dynamic.add(base);
    for (const m of text.matchAll(new RegExp(`\\b${root}((?:\\.\\w+)+)(\\[)?`, 'gu'))) {
      const path = [base, (m[1] ?? '').slice(1)].filter(Boolean).join('.');
      (m[2] ? dynamic : used).add(path);
    }
  }
}
for (const k of enKeys) {
  const parts = k.split('.');
  const isUsed =
    used.has(k) ||
    [...used].some((u) => u.startsWith(`${k}.`)) ||
    parts.some((_, i) => dynamic.has(parts.slice(0, i + 1).join('.'))) ||
    // A group used whole (`return m.quota` hands over its headline and advice).
    parts.some((_, i) => i < parts.length - 1 && used.has(parts.slice(0, i + 1).join('.')));
  if (!isUsed) problems.push(`unused key ${k}`);
}
const known = new Set(enKeys.flatMap((k) => k.split('.').map((_, i, a) => a.slice(0, i + 1).join('.'))));
const namespaces = new Set(Object.keys(en));
for (const k of used) {
  // Only paths into the catalog: `t` also names MUI's theme in `sx={(t) => t.palette…}`.
  // `m.lines.map(…)`, `m.title.length`: what follows a message is a method of the message, not a key.
  const parts = k.split('.');
  const onMessage = parts.some(
    (_, i) => i < parts.length - 1 && enKeys.includes(parts.slice(0, i + 1).join('.')),
  );
  if (namespaces.has(parts[0] ?? '') && !known.has(k) && !onMessage) problems.push(`unknown key ${k}`);
}

// One word per idea: the variants docs/glossary.md rules out.
problems.push(...glossaryProblems());

if (problems.length > 0) {
  console.error(`i18n: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n: ${enKeys.length} keys, same in en, zh-CN and zh-TW, all used, glossary kept.`);
