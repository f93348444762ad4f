// One axe check for every e2e spec: WCAG 2.1 A and AA, every violation listed with the elements it names.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** What one analysis may take on a busy 2-core machine (two test runs at once): it adds to the test's own time. */
const PER_ANALYSIS_MS = 20_000;

export async function expectNoViolations(page: Page, what: string) {
  // A journey that checks several screens would otherwise spend its whole timeout in axe on a loaded machine.
  test.info().setTimeout(test.info().timeout + PER_ANALYSIS_MS);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}
