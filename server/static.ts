// The built console from memory: read and compressed once at start-up (dist/ is a few hundred kB).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface StaticFile {
  body: Buffer;
  br: Buffer | undefined;
  gzip: Buffer | undefined;
  type: string;
  etag: string;
}

export type StaticFiles = ReadonlyMap<string, StaticFile>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A path that names a file (the same rule as deploy/nginx.conf's `location ~ "\.[A-Za-z0-9]+$"`). */
const FILE_EXTENSION = /\.[A-Za-z0-9]+$/u;

/** Text worth compressing; images and fonts are compressed already. */
export const compressible = (type: string): boolean => /^(text\/|application\/json|image\/svg)/u.test(type);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
  });
}

/** Every file of the build, keyed by its URL path (`/index.html`, `/assets/app-x.js`). */
export function loadDist(distDir: string): StaticFiles {
  const files = new Map<string, StaticFile>();
  for (const path of listFiles(distDir)) {
    const body = readFileSync(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const worth = compressible(type) && body.length > 512;
    files.set(`/${relative(distDir, path).split(sep).join('/')}`, {
      body,
      type,
      br: worth ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : undefined,
      gzip: worth ? gzipSync(body, { level: 9 }) : undefined,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    });
  }
  if (!files.has('/index.html')) throw new Error(`${distDir} has no index.html: run the build first`);
  return files;
}

/** br, else gzip, else none, from Accept-Encoding (q=0 means "not this one"). */
export function pickEncoding(header: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => q === undefined || !/^\s*q=0(\.0*)?\s*$/u.test(q))
      .map(([name]) => name),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * GET/HEAD of the app. Hashed files under /assets/ are kept for good; everything else revalidates, so a redeploy is
 * seen at once. A missing file is a real 404; only a path that looks like a page gets index.html, for the router to
 * draw: outside /assets/ and not ending in a file extension, the rule deploy/nginx.conf uses. A page address may hold
 * dots that are no extension: a deletion event's id names a client address (/events/alice_10.20.5.23_1733472000).
 */
export function serveStatic(
  files: StaticFiles,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const direct = files.get(path === '/' ? '/index.html' : path);
  const page = !path.startsWith('/assets/') && !FILE_EXTENSION.test(path);
  const file = direct ?? (page ? files.get('/index.html') : undefined);
  if (file === undefined) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end('Not found\n');
    return;
  }
  res.setHeader('Content-Type', file.type);
  res.setHeader(
    'Cache-Control',
    direct !== undefined && path.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
  );
  res.setHeader('ETag', file.etag);
  if (file.gzip !== undefined) res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  const encoding = pickEncoding(req.headers['accept-encoding']);
  const body = (encoding === undefined ? undefined : file[encoding]) ?? file.body;
  if (body !== file.body && encoding !== undefined) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : body);
}
