// Where the bytes are: every chunk of a build with its modules and their gzip sizes, as one plain HTML page.
// (Replaces rollup-plugin-visualizer, which declares Node >= 22; this is all the bench's report needs.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const gzip = (code: string | null): number => (code ? gzipSync(code, { level: 9 }).length : 0);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const escape = (s: string): string =>
  s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

interface Row {
  file: string;
  gzip: number;
  modules: { id: string; gzip: number }[];
}

function page(rows: Row[]): string {
  const sections = rows.map((row) => {
    const modules = row.modules
      .map((m) => `<tr><td>${escape(m.id)}</td><td>${kb(m.gzip)}</td></tr>`)
      .join('');
    return `<details><summary>${escape(row.file)}: ${kb(row.gzip)} kB gzip</summary><table>${modules}</table></details>`;
  });
  return `<!doctype html><meta charset="utf-8"><title>Bundle</title>
<style>body{font:14px system-ui;margin:2em}td:last-child{text-align:right;padding-left:2em}</style>
<h1>Bundle: chunks and modules, kB gzip (each module compressed alone)</h1>${sections.join('\n')}\n`;
}

export function bundleReport(path: string): Plugin {
  return {
    name: 'bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const rows: Row[] = Object.values(bundle).flatMap((chunk) =>
        chunk.type !== 'chunk'
          ? []
          : [
              {
                file: chunk.fileName,
                gzip: gzip(chunk.code),
                modules: Object.entries(chunk.modules)
                  .map(([id, m]) => ({ id: id.replace(/^.*node_modules\//u, ''), gzip: gzip(m.code) }))
                  .sort((a, b) => b.gzip - a.gzip),
              },
            ],
      );
      rows.sort((a, b) => b.gzip - a.gzip);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, page(rows));
    },
  };
}
