// Serves the static export (out/) the way a static host does: clean URLs, 404.html with status 404,
// GET and HEAD only (405 otherwise), 400 for a target that is no URL, and the response headers of
// the export's _headers file (written from lib/http-headers/, see docs/deploy.md) on top of the
// hosts' default Cache-Control; an error answer is never cacheable.
// Used by the end-to-end tests to check the export; `node scripts/serve-static.mjs [port] [folder] [--no-headers]`
// (port 0: any free port, printed on start).
import { existsSync, readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3001);
const folder = process.argv[3] ?? 'out';
// --no-headers: like a host that ignores _headers. The hostile-content tests use it, so that the
// markup alone must keep every payload harmless, without a Content-Security-Policy behind it.
const withoutHeaderFile = process.argv.includes('--no-headers');

/** What Netlify and Cloudflare Pages send for every file unless _headers says otherwise. */
const hostDefaultHeaders = { 'Cache-Control': 'public, max-age=0, must-revalidate' };
/**
 * An error answer (404 under /_next/static/ included) must not be kept: a file that is missing now
 * may appear with the next deploy, and a year of `immutable` would hide it. Same value as `next start`.
 */
const errorCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate';
const allowedMethods = ['GET', 'HEAD'];
const headersFileName = '_headers';

/** A _headers path as a regular expression: `*` matches anything, `:name` one path segment. */
function pathPattern(rulePath) {
  const source = rulePath
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The rules of a _headers file: a path line, then indented `Name: value` lines; # starts a comment. */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: pathPattern(line.trim()), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    if (separator === -1 || rules.length === 0) throw new Error(`${file}: unverständliche Zeile: ${line}`);
    rules.at(-1).headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

const rules = withoutHeaderFile ? [] : readHeaderRules(path.join(folder, headersFileName));

/**
 * The headers for a path and status. Like the hosts, a header named by several matching rules gets
 * their values joined; an error status is never cacheable and a redirect never immutable, whatever
 * the rules say.
 */
function headersFor(pathname, status) {
  const matching = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) matching[name] = matching[name] ? `${matching[name]}, ${value}` : value;
  }
  const headers = { ...hostDefaultHeaders, ...matching };
  if (status >= 400) headers['Cache-Control'] = errorCacheControl;
  // A redirect (/_next/static/ → /_next/static) is no hashed file: revalidated like a page.
  else if (status >= 300 && status !== 304) headers['Cache-Control'] = hostDefaultHeaders['Cache-Control'];
  return headers;
}

/** serve-handler names its own headers with writeHead; the host's (and the file's) win over those. */
function withHostHeaders(response, pathname) {
  const writeHead = response.writeHead.bind(response);
  response.writeHead = (status, headers = {}) => writeHead(status, { ...headers, ...headersFor(pathname, status) });
}

/** The path of a request target, or undefined when it is no URL at all (`//[`, `http://[`). */
function pathnameOf(target) {
  try {
    return new URL(target, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

/**
 * A name the file system cannot hold (too long, or with a NUL byte) is no file of the site: 404,
 * as on a host. serve-handler would answer 500.
 */
async function lstatUnnameableAsMissing(file) {
  try {
    return await lstat(file);
  } catch (error) {
    if (error.code === 'ENAMETOOLONG' || error.code === 'ERR_INVALID_ARG_VALUE') error.code = 'ENOENT';
    throw error;
  }
}

const server = createServer((request, response) => {
  const pathname = pathnameOf(request.url ?? '/');
  if (pathname === undefined) {
    response.writeHead(400, { ...headersFor('/', 400), 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Diese Adresse ist ungültig.\n');
    return;
  }
  if (!allowedMethods.includes(request.method ?? '')) {
    response.writeHead(405, {
      ...headersFor(pathname, 405),
      Allow: allowedMethods.join(', '),
      'Content-Type': 'text/plain; charset=utf-8',
    });
    response.end('Diese Website beantwortet nur GET- und HEAD-Anfragen.\n');
    return;
  }
  if (pathname === `/${headersFileName}`) {
    // The header file configures the host; it is no page of the site.
    response.writeHead(404, { ...headersFor(pathname, 404), 'Content-Type': 'text/html; charset=utf-8' });
    response.end(readFileSync(path.join(folder, '404.html')));
    return;
  }
  withHostHeaders(response, pathname);
  return handler(
    request,
    response,
    { public: folder, cleanUrls: true, trailingSlash: false },
    { lstat: lstatUnnameableAsMissing },
  );
});
server.listen(port, () => {
  console.log(`Statischer Export (${folder}) unter http://localhost:${server.address().port}`);
});
