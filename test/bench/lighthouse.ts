// Lighthouse in a real Chromium (Debian's, through puppeteer-core), on the production build: used by the bench
// (a few runs inside `npm test`) and by `npm run lighthouse` (every page, language and form factor).
import { chromium } from '../../playwright.config.ts';

export type FormFactor = 'mobile' | 'desktop';

export interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Display values, e.g. "1.7 s", "470 ms". */
  lcp: string;
  tbt: string;
  /** Total Blocking Time in ms, for assertions. */
  tbtMs: number;
  finalUrl: string;
}

/** Signs in (the session lives in the tab's sessionStorage) and returns a function that audits one URL. */
export async function withLighthouse<T>(
  base: string,
  locale: string,
  run: (
    audit: (url: string, formFactor: FormFactor) => Promise<Scores>,
    signIn: () => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  const { default: puppeteer } = await import('puppeteer-core');
  const { navigation, desktopConfig } = await import('lighthouse');
  const browser = await puppeteer.launch({
    executablePath: chromium.executablePath,
    args: [...chromium.args, `--lang=${locale}`],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    // The language is the user's choice here (the same as the browser's on a first visit).
    await page.goto(`${base}/login`);
    await page.evaluate((l) => localStorage.setItem('zstack-console.locale', l), locale);
    const oneRun = async (url: string, formFactor: FormFactor) => {
      // Storage is kept: the session lives in this tab's sessionStorage, the language in localStorage. Without a
      // config Lighthouse uses its default, mobile: a slow 4G network and a CPU four times slower, simulated.
      const result = await navigation(page, url, {
        ...(formFactor === 'desktop' ? { config: desktopConfig } : {}),
        flags: { disableStorageReset: true },
      });
      return result?.lhr;
    };
    const audit = async (url: string, formFactor: FormFactor): Promise<Scores> => {
      // A run Lighthouse itself could not finish (its runtimeError, e.g. a trace it could not read on a busy
      // machine) has no scores: it is run again rather than counted as 0, and named if it never succeeds.
      const failed = (r: Awaited<ReturnType<typeof oneRun>>) =>
        !r || r.runtimeError !== undefined || r.categories['performance']?.score == null;
      let lhr = await oneRun(url, formFactor);
      for (let retry = 0; retry < 2 && failed(lhr); retry++) lhr = await oneRun(url, formFactor);
      if (!lhr || failed(lhr))
        throw new Error(`Lighthouse could not audit ${url}: ${lhr?.runtimeError?.code ?? 'no result'}`);
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcp: lhr.audits['largest-contentful-paint']?.displayValue ?? '?',
        tbt: lhr.audits['total-blocking-time']?.displayValue ?? '?',
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        finalUrl: lhr.finalDisplayedUrl,
      };
    };
    const signIn = async () => {
      await page.goto(`${base}/login`);
      await page.locator('input[name="accountName"]').fill('admin');
      await page.locator('input[name="password"]').fill('password');
      await page.keyboard.press('Enter');
      await page.waitForSelector('main table tbody tr');
    };
    return await run(audit, signIn);
  } finally {
    await browser.close();
  }
}

export const describeScores = (s: Scores) =>
  `${s.performance} / ${s.accessibility} / ${s.bestPractices} (LCP ${s.lcp}, TBT ${s.tbt})`;
