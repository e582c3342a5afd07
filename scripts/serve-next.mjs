// The production server: Next.js's own request handler (what `next start` runs) behind a guard
// that sees every request first (scripts/next-request-guard.mjs, issue 19). Started by
// scripts/start.mjs (`npm start`); on a machine with a finished build: `node scripts/serve-next.mjs`
// (PORT, HOSTNAME, NEXT_DIST_DIR as for npm start). docs/security.md, section "Anfragen", lists
// what the guard answers itself and why.
import { readFileSync } from 'node:fs';
import { createServer, STATUS_CODES } from 'node:http';
import path from 'node:path';
import {
  allowedMethods,
  checkedHeader,
  errorCacheControl,
  guardRequest,
  isRouterRequest,
  knownPaths,
  routerCacheControl,
  routerVary,
} from './next-request-guard.mjs';
import { answerRouteFile, prerenderedRouteFiles } from './prerendered-routes.mjs';

// As `next start` does, before Next.js (and React) are loaded.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const distDir = process.env.NEXT_DIST_DIR || '.next';

/**
 * The header rules of next.config.ts as the build wrote them (security headers, Cache-Control),
 * so that the guard's own answers carry exactly what Next sends for the same path.
 */
const headerRules = JSON.parse(readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8')).headers.map(
  (rule) => ({ pattern: new RegExp(rule.regex), headers: rule.headers }),
);

/** Every address of the build; any other path is answered by the 404 page (issue 17). */
const known = knownPaths(distDir, 'public');

/**
 * Feeds, sitemaps, robots.txt, the search index and images as route handlers wrote them at build time:
 * answered here like static files, with ETag, Last-Modified and 304 (scripts/prerendered-routes.mjs).
 */
const routeFiles = prerenderedRouteFiles(distDir);

function configuredHeaders(pathname, status) {
  const headers = {};
  for (const rule of headerRules)
    if (rule.pattern.test(pathname)) for (const { key, value } of rule.headers) headers[key] = value;
  if (status >= 400) headers['Cache-Control'] = errorCacheControl;
  return headers;
}

/**
 * An answer of the guard, with the headers next.config.ts gives the home page (the target may be
 * no path at all, and a redirect is no hashed asset); HEAD gets no body.
 */
function sendAnswer(request, response, { status, headers, body }) {
  const bytes = Buffer.from(body);
  response.writeHead(status, {
    ...configuredHeaders('/', status),
    ...headers,
    'Content-Length': bytes.length,
  });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

/**
 * Next.js sends diagnostics (`x-nextjs-cache`, `x-nextjs-prerender`, `x-nextjs-stale-time`) that
 * tell nobody outside anything useful; and an answer to the client router, the 307 to `?_rsc`
 * included, must never reach a browser's plain request from a shared cache: it varies on the
 * router headers and is private. An error answer is never kept (Next's 404 page for an internal
 * path would be public). Every answer passes writeHead (write and end call it too).
 */
function adjustHeaders(response, routerRequest) {
  const writeHead = response.writeHead;
  response.writeHead = function (status, ...rest) {
    const reason = typeof rest[0] === 'string' ? rest.shift() : undefined;
    const headers = rest[0];
    if (Array.isArray(headers)) {
      for (let index = 0; index < headers.length; index += 2) this.setHeader(headers[index], headers[index + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    }
    for (const name of this.getHeaderNames()) if (name.startsWith('x-nextjs-')) this.removeHeader(name);
    if (status >= 400) this.setHeader('Cache-Control', errorCacheControl);
    else if (routerRequest) this.setHeader('Cache-Control', routerCacheControl);
    if (routerRequest) {
      const vary = String(this.getHeader('vary') ?? '');
      const others = vary
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name && !routerVary.toLowerCase().includes(name.toLowerCase()));
      this.setHeader('Vary', [routerVary, ...others].join(', '));
    }
    return reason === undefined ? writeHead.call(this, status) : writeHead.call(this, status, reason);
  };
}

const app = next({ dev: false, dir: process.cwd(), port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer({ requireHostHeader: false }, async (request, response) => {
  const target = request.url ?? '/';
  try {
    const decision = guardRequest({
      method: request.method ?? '',
      target,
      rawHeaders: request.rawHeaders,
      httpVersion: request.httpVersion,
      known,
    });
    if (decision.kind === 'answer') return sendAnswer(request, response, decision);
    const routerRequest = isRouterRequest(request.headers, target);
    const routeFile = decision.kind === 'next' && !routerRequest && routeFiles.get(decision.pathname);
    if (routeFile) {
      const { status, headers, body } = await answerRouteFile(routeFile, request);
      response.writeHead(status, { ...configuredHeaders(decision.pathname, status), ...headers });
      return response.end(body);
    }
    adjustHeaders(response, routerRequest);
    // The guard has answered odd methods and broken escapes: proxy.ts need not run (its matcher).
    request.headers[checkedHeader] = '1';
    // Next renders its German 404 page for this address (the catch-all route has no such page).
    request.url = decision.kind === 'not-found' ? '/_not-found' : decision.target;
    await handle(request, response);
  } catch (error) {
    console.error(`Fehler bei ${request.method} ${target.slice(0, 200)}:`, error);
    if (!response.headersSent)
      sendAnswer(request, response, {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'Interner Fehler.\n',
      });
    else response.destroy();
  }
});

/**
 * node answers what it cannot parse (a header line too long, a broken request line) itself, with a
 * bare status line; this gives those answers the security headers too.
 */
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
  // node's parser knows a fixed list of methods; anything else (TRACK, FOO) is a method all the same.
  const statuses = { HPE_HEADER_OVERFLOW: 431, HPE_URI_TOO_LONG: 414, HPE_INVALID_METHOD: 405 };
  const status = statuses[error.code] ?? 400;
  const headers = { ...configuredHeaders('/', status), 'Content-Type': 'text/plain; charset=utf-8' };
  if (status === 405) headers.Allow = allowedMethods.join(', ');
  const body = `${STATUS_CODES[status]}\n`;
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
  );
});

// CONNECT asks for a tunnel, which a website does not offer.
server.on('connect', (request, socket) => {
  const headers = {
    ...configuredHeaders('/', 405),
    Allow: allowedMethods.join(', '),
    'Content-Type': 'text/plain; charset=utf-8',
  };
  const body = 'Diese Website beantwortet nur GET- und HEAD-Anfragen.\n';
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\n${lines.join('\r\n')}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
});

server.on('error', (error) => {
  console.error(`Der Server startet nicht: ${error.message}`);
  process.exit(1);
});

/**
 * Timeouts and the listen queue (issue 17). A request of this site has no body, so its head must be
 * complete within 20 s and the whole request within 30 s (node: 60 s and 300 s); a connection that
 * trickles its headers byte by byte ("slowloris") is closed after that instead of being held for a
 * minute. Keep-alive stays at node's 5 s. The queue of connections the kernel has completed but the
 * server has not yet accepted: node asks for 511; 4096 (the kernel caps it at net.core.somaxconn)
 * keeps a storm of more than 511 simultaneous connections from being dropped and retried by the
 * clients' TCP after 1, 3 and 7 s. docs/security.md, "Last", tells what the storms measured.
 */
server.headersTimeout = 20_000;
server.requestTimeout = 30_000;

server.listen({ port, host: hostname, backlog: 4096 }, () => {
  console.log(`Xiaomi im Blick unter http://${hostname ?? 'localhost'}:${server.address().port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close();
    app.close().finally(() => process.exit(0));
  });
