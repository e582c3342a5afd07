// The files of the build that route handlers produced (feeds, sitemaps, robots.txt, the search index, icons and
// share images), answered by scripts/serve-next.mjs without Next.js, the way a static web server answers a file
// (issue 16). Next serves them from the prerendered body too, but through a Web Request and Response per
// answer, compressing the body again each time (/feed.xml: 125 KB at gzip level 6), and without a validator,
// so a feed reader polling every few minutes always got the whole feed. Here each file has a weak ETag and a
// Last-Modified (the time the build wrote it), a matching If-None-Match or If-Modified-Since gets 304, and a
// compressible body is gzipped once, on its first request. The unit tests are in
// tests/unit/prerendered-routes.test.ts; docs/BENCHMARKS.md, "Ausliefern", has the measurement.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import compressible from 'compressible';
import etag from 'etag';
import fresh from 'fresh';
import Negotiator from 'negotiator';

/**
 * Every prerendered output of a route handler in the build, by path: the body file next to its `.meta`
 * (status and headers the handler answered with at build time). Pages (`.html` with RSC data) stay with Next.
 */
export function prerenderedRouteFiles(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
  const files = new Map();
  for (const [pathname, route] of Object.entries(manifest.routes)) {
    if (route.routeType !== 'route') continue;
    const base = path.join(distDir, 'server', 'app', pathname);
    if (!existsSync(`${base}.body`) || !existsSync(`${base}.meta`)) continue;
    const meta = JSON.parse(readFileSync(`${base}.meta`, 'utf8'));
    if ((meta.status ?? 200) !== 200 || !meta.headers?.['content-type']) continue;
    files.set(pathname, { bodyFile: `${base}.body`, contentType: meta.headers['content-type'] });
  }
  return files;
}

/** What one file's answers need, read on its first request: validators, and the gzipped body if it compresses. */
function representation(file) {
  if (!file.representation) {
    const body = readFileSync(file.bodyFile);
    const compresses = Boolean(compressible(file.contentType.split(';')[0].trim()));
    file.representation = {
      etag: etag(body, { weak: true }),
      lastModified: statSync(file.bodyFile).mtime.toUTCString(),
      size: body.length,
      // Only compressible bodies are kept in memory (few and small: feeds, sitemaps, robots.txt); images and
      // the already gzipped search index are read from disk per request, as many as the archive has.
      body: compresses ? body : undefined,
      gzip: compresses ? gzipSync(body, { level: constants.Z_BEST_COMPRESSION }) : undefined,
    };
  }
  return file.representation;
}

/**
 * The answer to a GET or HEAD of one prerendered route file: status, headers (content type, validators,
 * encoding) and body (undefined for 304 and HEAD). `headers` are the request's headers as node gives them.
 */
export async function answerRouteFile(file, { method, headers }) {
  const { etag: tag, lastModified, size, body, gzip } = representation(file);
  const answerHeaders = { 'Content-Type': file.contentType, ETag: tag, 'Last-Modified': lastModified };
  if (gzip) answerHeaders.Vary = 'Accept-Encoding';
  if (fresh(headers, { etag: tag, 'last-modified': lastModified }))
    return { status: 304, headers: answerHeaders, body: undefined };
  const gzipped = gzip && new Negotiator({ headers }).encoding(['gzip', 'identity']) === 'gzip';
  if (gzipped) answerHeaders['Content-Encoding'] = 'gzip';
  answerHeaders['Content-Length'] = String(gzipped ? gzip.length : size);
  if (method === 'HEAD') return { status: 200, headers: answerHeaders, body: undefined };
  return { status: 200, headers: answerHeaders, body: gzipped ? gzip : (body ?? (await readFile(file.bodyFile))) };
}
