/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { PLAIN_CHUNKS } from './src/components/plain/plain-chunks.ts';
import { PAGE_CHUNKS, SIGNED_OUT_CHUNKS } from './src/app/page-chunks.ts';
import { bundleReport } from './scripts/bundle-report.ts';
import { redactingLogger, zstackBackend } from './server/vite-plugin.ts';

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

const EARLY = /\/src\/(early-start|lib\/early-requests|lib\/page-preload|i18n\/detect)\.ts$/u;

// What index.html's entry (main.tsx) evaluates before the app's chunk: React, and the loader's own helpers.
const BOOT =
  /\/node_modules\/(react|react-dom|scheduler)\/|vite\/preload-helper|\/src\/lib\/(main-thread|import-retry|tab-storage)\.ts$/u;

const firstPaint = new Map<string, boolean>();
/** Is `id` reached from src/start.tsx through static imports only (so the first paint loads it anyway)? */
function inFirstPaint(id: string, graph: ModuleGraph, seen = new Set<string>()): boolean {
  const known = firstPaint.get(id);
  if (known !== undefined) return known;
  if (/\/src\/start\.tsx$/u.test(id)) return true;
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

const EARLY_START = '/src/early-start.ts';

/**
 * A modulepreload link for each file and a stylesheet link for each of their styles: the app's chunk downloads with
 * the page rather than once main.tsx has imported it, and its styles apply before the first paint.
 */
function linkTags(files: string[], cssOf: (file: string) => Set<string> | undefined, base: string) {
  const link = (rel: string, file: string) => ({
    tag: 'link',
    attrs: { rel, crossorigin: true, href: `${base}${file}` },
    injectTo: 'head' as const,
  });
  return files.flatMap((f) => [
    link('modulepreload', f),
    ...[...(cssOf(f) ?? [])].map((css) => link('stylesheet', css)),
  ]);
}

/**
 * index.html's first script is early-start.ts, an entry of its own: in the HTML's one entry it would run only once the
 * app's chunk had been downloaded too, and it is there to send requests before that. The build also writes, for each
 * address of PAGE_CHUNKS, the files of its lazy page that the HTML does not load already (the chunk and the chunks
 * it imports), and the files of each Chinese catalog, as a JSON block that early-start.ts reads (lib/page-preload.ts).
 */
function earlyStartInHtml(): Plugin {
  let base = '/';
  return {
    name: 'early-start-in-html',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // async: it runs as soon as it is here, not in document order after the app's entry (which waits for the
        // app's chunk). After the JSON block, which is then already parsed.
        const early = (src: string) => ({
          tag: 'script',
          attrs: { type: 'module', async: true, crossorigin: true, src },
          injectTo: 'head' as const,
        });
        if (!ctx.bundle) return { html, tags: [early(EARLY_START)] };
        const chunks = Object.values(ctx.bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const walk = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          for (const next of byFile.get(file)?.imports ?? []) walk(next, into);
        };
        const loaded = new Set<string>();
        for (const c of chunks) if (c.isEntry) walk(c.fileName, loaded);
        // The app's chunk, which main.tsx imports once React's code has run: preloaded and its styles linked here.
        const appChunk = chunks.find((c) => c.name === 'app' && !c.isEntry);
        if (!appChunk) throw new Error('The build has no app chunk.');
        const app = new Set<string>();
        walk(appChunk.fileName, app);
        const appTags = linkTags(
          [...app].filter((f) => !loaded.has(f)),
          (f) => byFile.get(f)?.viteMetadata?.importedCss,
          base,
        );
        for (const f of app) loaded.add(f);
        const earlyChunk = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith(EARLY_START));
        if (!earlyChunk) throw new Error(`The build has no entry chunk for ${EARLY_START}.`);
        const filesOf = (names: readonly string[]) => {
          const files = new Set<string>();
          for (const name of names) {
            const chunk = chunks.find((c) => c.name === name && !c.isEntry);
            if (!chunk) throw new Error(`PAGE_CHUNKS names ${name}, which the build has no chunk for.`);
            walk(chunk.fileName, files);
          }
          return [...files].filter((f) => !loaded.has(f)).map((f) => `${base}${f}`);
        };
        const list = {
          locales: { 'zh-CN': filesOf(['zh-CN']), 'zh-TW': filesOf(['zh-TW']) },
          signedOut: filesOf(SIGNED_OUT_CHUNKS),
          pages: PAGE_CHUNKS.map((p) => ({ pattern: p.pattern, files: filesOf(p.chunks) })),
        };
        return {
          html,
          tags: [
            ...appTags,
            {
              tag: 'script',
              attrs: { type: 'application/json', id: 'page-chunks' },
              children: JSON.stringify(list),
              injectTo: 'head',
            },
            early(`${base}${earlyChunk.fileName}`),
          ],
        };
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    zstackBackend(),
    plainChunksWithoutMui(),
    earlyStartInHtml(),
    // Where the bytes are: every chunk and its modules (gzip sizes) beside the benchmark report, in the ignored reports/.
    bundleReport('reports/bundle.html'),
  ],
  customLogger: redactingLogger(),
  server: { port, strictPort: true, host, ...(allowedHosts ? { allowedHosts } : {}) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The first-paint chunk is one file on purpose (see codeSplitting); its budget is asserted in the bench.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // The page, and early-start.ts as an entry of its own (see earlyStartInHtml).
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        'early-start': fileURLToPath(new URL(`.${EARLY_START}`, import.meta.url)),
      },
      output: {
        // Everything the first paint needs in one chunk: left alone, the bundler splits every module that a lazy
        // page shares with the first paint into its own small file (17 files, ~5 kB gzip of overhead).
        codeSplitting: {
          groups: [
            // The page's noted first requests leave from here, before the app chunk is evaluated: a chunk of its
            // own, which index.html's first script imports ahead of the app (lib/early-requests.ts).
            { name: (id) => (EARLY.test(id) ? 'early' : null), debugName: 'early', priority: 2 },
            // React's code, evaluated in a task before the app's (main.tsx).
            { name: (id) => (BOOT.test(id) ? 'boot' : null), debugName: 'boot', priority: 2 },
            {
              name: (id, ctx) => (inFirstPaint(id, ctx) ? 'app' : null),
              debugName: 'first-paint',
              priority: 1,
            },
          ],
        },
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
        // Each file starts its own simulator (seeding thousands of rows for some): generous on a busy machine.
        test: {
          name: 'sim',
          environment: 'node',
          include: ['test/sim/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        // ESLint's API over the real config: the import boundaries (a few seconds: it loads the config once)
        test: { name: 'lint', environment: 'node', include: ['test/lint/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        // Real servers on real sockets: generous timeouts for a busy machine.
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
