// `npm run docs`: copy the latest test reports (reports/, ignored by git) into docs/, which the README shows.
// Tests never write into docs/ themselves, so `npm test` leaves `git status` clean; this is the deliberate step.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const docs = join(root, 'docs');

/** Every report the docs need, with the command that writes it. */
const required = [
  { file: 'benchmarks.md', writtenBy: '`npm run bench` or `npm test`' },
  // The same numbers for the next bench run to print beside its own ("previous").
  { file: 'benchmarks.json', writtenBy: '`npm run bench` or `npm test`' },
  { file: 'recycle-bin.png', writtenBy: '`npm run test:e2e` or `npm test`' },
  { file: 'vm-inventory.png', writtenBy: '`npm run test:e2e` or `npm test`' },
];

const missing = required.filter(({ file }) => !existsSync(join(reports, file)));
if (missing.length > 0) {
  console.error('npm run docs: nothing copied, these reports are missing:');
  for (const { file, writtenBy } of missing) console.error(`  reports/${file}  (written by ${writtenBy})`);
  console.error('Run `npm test` (or the command named above) first, then `npm run docs` again.');
  process.exit(1);
}

// The required reports plus any other screenshot a test saved, and the Lighthouse matrix when it was run.
const names = new Set(required.map(({ file }) => file));
for (const name of readdirSync(reports))
  if (name.endsWith('.png') || name === 'lighthouse.md') names.add(name);

mkdirSync(docs, { recursive: true });
console.log('npm run docs: copied the latest reports into docs/');
for (const name of [...names].sort()) {
  const from = join(reports, name);
  const to = join(docs, name);
  const unchanged = existsSync(to) && readFileSync(from).equals(readFileSync(to));
  copyFileSync(from, to);
  const written = statSync(from).mtime.toISOString().replace('T', ' ').slice(0, 16);
  console.log(
    `  ${relative(root, from)} -> ${relative(root, to)}  (written ${written} UTC${unchanged ? ', unchanged' : ''})`,
  );
}
console.log('Review them with `git diff --stat docs/` and commit what you want to keep.');
