// The rules scripts/serve-next.mjs applies to every request before Next.js sees it (issue 19). Plain
// JavaScript without dependencies, so the production server needs no TypeScript at run time; the
// types are in next-request-guard.d.mts, the unit tests in tests/unit/next-request-guard.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The longest request target (path and query) the site answers; longer ones get 414 before any
 * other work. The site's own longest address is far below 300 characters; 4 KB leaves room for a
 * long search query (umlauts take 6 bytes percent-encoded). Same value as
 * `maxRequestTargetLength` in lib/http-headers/policy.ts (nginx, docs); a unit test compares them.
 */
export const maxTargetLength = 4096;

export const allowedMethods = ['GET', 'HEAD'];

/** The request headers of Next's client router: a request with any of them wants RSC data, not HTML. */
export const routerRequestHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
];

/** What RSC answers vary on, named as clients send them. */
export const routerVary = 'RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch';

/** RSC answers (and the redirect to them) are for the client router of one reader only. */
export const routerCacheControl = 'private, no-store';

/** Error answers are never kept; the value `next start` sends with its own 404. */
export const errorCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate';

/**
 * The request header the production server sets on every request it hands to Next, after its own
 * 405 and 400 answers: proxy.ts's matcher skips requests that carry it (`missing`), so the proxy's
 * same rules run only under a plain `next start`. A value a client sends is overwritten. proxy.ts
 * must spell the name out (Next reads its matcher statically); a unit test compares them.
 */
export const checkedHeader = 'x-request-guard';

const plainText = 'text/plain; charset=utf-8';

/** The query parameter by which Next's router keeps RSC and HTML answers apart. */
const routerQuery = /(?:^|&)(_rsc(?:=[^&]*)?)(?:&|$)/;

/**
 * Paths of Next's own build files and internal routes, which are no addresses of the site:
 * `/index` and `/index.rsc` duplicate `/`, `/themen.rsc` and `/x.segments/…` are RSC files,
 * `/_global-error` answered 500, `/_not-found` is the 404 page itself.
 */
function isInternalPath(pathname) {
  if (pathname === '/index' || pathname.startsWith('/index.') || pathname.startsWith('/index/')) return true;
  if (/^\/_(?!next\/)/.test(pathname)) return true;
  return /\.(rsc|meta|body|segments)(\/|$)/.test(pathname) || pathname.includes('.segments/');
}

function isWellFormedPath(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every address the build can answer, read from its manifests: each prerendered page, feed and
 * file (the site is static: every dynamic route has `fallback: false`, so these are all of them),
 * the routes without parameters, and the files in public/. A dynamic route that renders on demand
 * (none today) is kept as its pattern. The guard sends every other path straight to the 404 page:
 * Next would otherwise try route after route for it (an unknown topic feed, issue 17), cloning the
 * request body for each try and leaving a listener each time, until node warns of a leak
 * (MaxListenersExceededWarning).
 */
export function knownPaths(distDir, publicDir = 'public') {
  const read = (name) => JSON.parse(readFileSync(path.join(distDir, name), 'utf8'));
  const prerender = read('prerender-manifest.json');
  const routes = read('routes-manifest.json');
  const paths = new Set([...Object.keys(prerender.routes), ...routes.staticRoutes.map((route) => route.page)]);
  const publicFiles = function* (directory, prefix) {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) yield* publicFiles(path.join(directory, entry.name), `${prefix}${entry.name}/`);
      else yield `${prefix}${entry.name}`;
    }
  };
  if (existsSync(publicDir)) for (const file of publicFiles(publicDir, '/')) paths.add(file);
  const patterns = Object.values(prerender.dynamicRoutes)
    .filter((route) => route.fallback !== false)
    .map((route) => new RegExp(route.routeRegex));
  return { paths, patterns };
}

function isKnownPath(known, pathname) {
  if (pathname.startsWith('/_next/')) return true;
  const decoded = decodeURIComponent(pathname);
  if (known.paths.has(pathname) || known.paths.has(decoded)) return true;
  return known.patterns.some((pattern) => pattern.test(pathname));
}

function refuse(status, body, headers = {}) {
  return { kind: 'answer', status, headers: { 'Content-Type': plainText, ...headers }, body };
}

/**
 * What to do with a request: `answer` (status, headers, body, sent without Next.js), `not-found`
 * (Next renders its 404 page), or `next` with the target Next gets: the path and nothing of the
 * query but `_rsc`. The site is static: no page reads its query on the server (the search reads it
 * in the browser), so Next never parses a parameter a reader sent. `rawHeaders` is node's flat
 * name/value list, which keeps a header sent twice. With `known` (from knownPaths), a path the
 * build does not have goes to the 404 page at once.
 */
export function guardRequest({ method, target, rawHeaders, httpVersion = '1.1', known }) {
  if (target.length > maxTargetLength) return refuse(414, 'Diese Adresse ist zu lang.\n');
  let hostHeaders = 0;
  for (let index = 0; index < rawHeaders.length; index += 2)
    if (rawHeaders[index].toLowerCase() === 'host') hostHeaders++;
  if (hostHeaders > 1 || (hostHeaders === 0 && httpVersion !== '1.0'))
    return refuse(400, 'Die Anfrage braucht genau eine Host-Kopfzeile.\n');
  // `*` (OPTIONS *) and absolute-form targets (`GET http://evil.example/`) are for proxies.
  if (!target.startsWith('/')) return refuse(400, 'Diese Adresse ist ungültig.\n');
  if (!allowedMethods.includes(method))
    return refuse(405, 'Diese Website beantwortet nur GET- und HEAD-Anfragen.\n', { Allow: allowedMethods.join(', ') });

  const queryStart = target.indexOf('?');
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  if (!isWellFormedPath(pathname)) return refuse(400, 'Diese Adresse ist ungültig kodiert.\n');

  // A trailing slash, repeated slashes or backslashes: one redirect to the address the site uses.
  // The location always starts with a single slash, so it never leaves the site.
  if (pathname !== '/' && (pathname.endsWith('/') || pathname.includes('//') || pathname.includes('\\'))) {
    const canonical = pathname
      .replace(/\\/g, '/')
      .replace(/\/{2,}/g, '/')
      .replace(/(.)\/$/, '$1');
    return refuse(308, `${canonical}\n`, { Location: queryStart === -1 ? canonical : `${canonical}?${query}` });
  }
  if (isInternalPath(pathname)) return { kind: 'not-found' };
  if (known && !isKnownPath(known, pathname)) return { kind: 'not-found' };

  const routerParameter = routerQuery.exec(query)?.[1];
  return { kind: 'next', target: routerParameter ? `${pathname}?${routerParameter}` : pathname, pathname };
}

/** True for a request of Next's client router (RSC headers or the `_rsc` parameter). */
export function isRouterRequest(headers, target) {
  if (routerRequestHeaders.some((name) => headers[name] !== undefined)) return true;
  const queryStart = target.indexOf('?');
  return queryStart !== -1 && routerQuery.test(target.slice(queryStart + 1));
}
