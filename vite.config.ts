/// <reference types="vitest/config" />
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';
import { PLAIN_CHUNKS } from './src/components/plain/plain-chunks.ts';
import { zstackBackend } from './sim/vite-plugin.ts';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';
// Intranet users open the console by host name (http://<host>:5173), which Vite refuses by default. Served on a
// non-loopback address (HOST=0.0.0.0) it answers to any name; ALLOWED_HOSTS=a,b narrows that to a list.
const allowedHosts: true | string[] | undefined = process.env.ALLOWED_HOSTS
  ? process.env.ALLOWED_HOSTS.split(',').map((h) => h.trim())
  : ['localhost', '127.0.0.1', '::1'].includes(host)
    ? undefined
    : true;

interface ModuleGraph {
  getModuleInfo: (id: string) => { importers: readonly string[] } | null;
}

const firstPaint = new Map<string, boolean>();
/** Is `id` reached from src/main.tsx through static imports only (so the first paint loads it anyway)? */
function inFirstPaint(id: string, graph: ModuleGraph, seen = new Set<string>()): boolean {
  const known = firstPaint.get(id);
  if (known !== undefined) return known;
  if (/\/src\/main\.tsx$/u.test(id)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  // A package's barrel file (index.mjs) links everything it re-exports, used or not: following it would pull
  // lazy-only components (TextField, Dialog…) into the first paint.
  const result = (graph.getModuleInfo(id)?.importers ?? []).some(
    (importer) => !/node_modules\/.*\/index\.m?js$/u.test(importer) && inFirstPaint(importer, graph, seen),
  );
  if (seen.size === 1 || result) firstPaint.set(id, result);
  return result;
}

/**
 * The first paint is drawn without MUI and Emotion (components/plain/styles.css), and so are the sign-in page and the
 * other recycle bins (PLAIN_CHUNKS, which the router names in preloadable()'s `plain`). The build fails if one of their modules slips into those chunks or the
 * chunks they import, naming it, rather than the JavaScript budget growing by tens of kB unnoticed.
 */
function plainChunksWithoutMui(): Plugin {
  return {
    name: 'plain-chunks-without-mui',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
      );
      const plain = [...chunks.values()].filter((c) => (PLAIN_CHUNKS as readonly string[]).includes(c.name));
      // A page renamed or drawn into another chunk would silently leave the check: its name must still be here.
      const missing = PLAIN_CHUNKS.filter((name) => !plain.some((c) => c.name === name));
      if (missing.length > 0)
        this.error(`PLAIN_CHUNKS names ${missing.join(', ')}, which the build has no chunk for.`);
      for (const chunk of plain) {
        const seen = new Set<string>();
        const queue = [chunk.fileName];
        for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
          const current = chunks.get(file);
          if (!current || seen.has(file)) continue;
          seen.add(file);
          queue.push(...current.imports);
          const styled = Object.keys(current.modules).find((id) =>
            /node_modules\/(@mui|@emotion)\//u.test(id),
          );
          if (styled)
            this.error(
              `${chunk.name} loads MUI or Emotion (${styled} in ${file}). Draw it with components/plain/ui.tsx and ` +
                'styles.css; parts that need MUI load it through preloadable().',
            );
        }
      }
    },
  };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Built files under /assets carry a content hash in their name, so a browser may keep them for good instead of
 * asking again on every visit (vite preview, which `npm start` serves with, says no-cache). index.html and the
 * rest keep revalidating, so a redeploy is seen at once.
 */
function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        // Only real files: a missing chunk gets the SPA fallback (index.html), which must never be kept.
        if (path.startsWith('/assets/') && !path.includes('..') && existsSync(join(outDir, path))) {
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name, value) =>
            setHeader(
              name,
              name.toLowerCase() === 'cache-control' && res.statusCode === 200 ? IMMUTABLE : value,
            );
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    zstackBackend(),
    immutableAssets(),
    plainChunksWithoutMui(),
    // Where the bytes are: a treemap of every chunk (gzip sizes) beside the benchmark report, in the ignored reports/.
    visualizer({
      filename: 'reports/bundle-treemap.html',
      template: 'treemap',
      gzipSize: true,
      title: 'Bundle',
    }),
  ],
  server: { port, strictPort: true, host, ...(allowedHosts ? { allowedHosts } : {}) },
  preview: { port, strictPort: true, host, ...(allowedHosts ? { allowedHosts } : {}) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The first-paint chunk is one file on purpose (see codeSplitting); its budget is asserted in the bench.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Everything the first paint needs in one chunk: left alone, the bundler splits every module that a lazy
        // page shares with the first paint into its own small file (17 files, ~5 kB gzip of overhead).
        codeSplitting: { groups: [{ name: (id, ctx) => (inFirstPaint(id, ctx) ? 'app' : null) }] },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'sim', environment: 'node', include: ['test/sim/**/*.test.ts'] },
      },
      {
        extends: true,
        // ESLint's API over the real config: the import boundaries (a few seconds: it loads the config once)
        test: { name: 'lint', environment: 'node', include: ['test/lint/**/*.test.ts'], testTimeout: 60_000 },
      },
    ],
  },
});
