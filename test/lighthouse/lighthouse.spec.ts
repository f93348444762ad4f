// `npm run lighthouse`: Lighthouse 12.8 with its default (mobile) config and its desktop config on the sign-in page,
// the recycle bin and the deletion events view, in every language the console has; reports/lighthouse.md has the
// scores (`npm run docs` copies it). Accessibility is asserted at 100: it does not depend on the machine's load.
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { BIG } from '../../playwright.bench.config.ts';
import { describeScores, type FormFactor, type Scores, withLighthouse } from '../bench/lighthouse.ts';

const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
const FORM_FACTORS: readonly FormFactor[] = ['mobile', 'desktop'];
const rows: string[] = [];

test('Lighthouse on every page, language and form factor', async () => {
  const base = `http://127.0.0.1:${BIG}`;
  const low: string[] = [];
  for (const locale of LOCALES) {
    await withLighthouse(base, locale, async (audit, signIn) => {
      const record = (what: string, formFactor: FormFactor, s: Scores) => {
        rows.push(`| ${what} | ${locale} | ${formFactor} | ${describeScores(s)} |`);
        if (s.accessibility < 100)
          low.push(`${what} ${locale} ${formFactor}: accessibility ${s.accessibility}`);
      };
      for (const formFactor of FORM_FACTORS)
        record('sign-in page', formFactor, await audit(`${base}/login`, formFactor));
      await signIn();
      for (const [what, path] of [
        ['recycle bin', '/'],
        ['deletion events', '/events'],
      ] as const)
        for (const formFactor of FORM_FACTORS) {
          const s = await audit(`${base}${path}`, formFactor);
          expect(s.finalUrl).not.toContain('/login');
          record(what, formFactor, s);
        }
    });
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/lighthouse.md',
    [
      '# Lighthouse',
      '',
      `Written by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' / ')}. Production build on the bench's large server (10,000 destroyed VMs).`,
      "Mobile is Lighthouse's default config: simulated slow 4G and a CPU four times slower. Targets: mobile performance 95 or more, TBT under 200 ms, accessibility 100; desktop 100.",
      '',
      '| page | language | form factor | performance / accessibility / best practices |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
  expect(low).toEqual([]);
});
