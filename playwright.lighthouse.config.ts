import { defineConfig } from '@playwright/test';
import bench from './playwright.bench.config.ts';

// `npm run lighthouse`: every page, language and form factor, on the bench's servers (reports/lighthouse.md).
// Not part of `npm test` (about 20 audits, several minutes); the bench runs a few of them.
export default defineConfig({ ...bench, testDir: 'test/lighthouse', timeout: 2_400_000 });
