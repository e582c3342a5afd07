import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { securityHeaders } from '@/lib/http-headers/policy';
import { freePort, rawGet, rawHttp, type RawResponse } from '../raw-http';

/**
 * The production server (`npm start`: scripts/serve-next.mjs) against the reproductions of issue 19,
 * sent byte for byte over a raw socket: Playwright's request API and fetch would normalise or
 * refuse most of them. Every answer is asserted to be no 500 and to carry the security headers.
 */

function portOf(baseURL: string | undefined): number {
  return Number(new URL(baseURL!).port);
}

function expectSecurityHeaders(response: RawResponse, label: string): void {
  expect(response.status, label).not.toBe(500);
  for (const [name, value] of Object.entries(securityHeaders))
    expect(response.header(name), `${label}: ${name}`).toBe(value);
}

const routerVary = ['rsc', 'next-router-state-tree', 'next-router-prefetch'];

function expectPrivateRouterAnswer(response: RawResponse, label: string): void {
  const vary = (response.header('vary') ?? '').toLowerCase();
  for (const name of routerVary) expect(vary, `${label}: Vary`).toContain(name);
  const cache = response.header('cache-control') ?? '';
  expect(cache, `${label}: Cache-Control`).toContain('private');
  expect(cache, `${label}: Cache-Control`).toContain('no-store');
}

test.describe('odd requests to the production server (issue 19)', () => {
  test('a target longer than 4 KB answers 414 at once, on any path, with the security headers', async ({ baseURL }) => {
    const port = portOf(baseURL);
    for (const target of [
      `/robots.txt?${'a&'.repeat(7000)}`,
      `/?${'a&'.repeat(7000)}`,
      `/artikel/${'a'.repeat(5000)}`,
    ]) {
      const response = await rawGet(port, target);
      expect(response.status, target.slice(0, 30)).toBe(414);
      expectSecurityHeaders(response, target.slice(0, 30));
    }
    // Under the limit, a query string changes nothing: the page as without it.
    const withQuery = await rawGet(port, `/robots.txt?${'a&'.repeat(2000)}`);
    expect(withQuery.status).toBe(200);
    expect(withQuery.body).toBe((await rawGet(port, '/robots.txt')).body);
  });

  test('TRACE, TRACK, CONNECT and other odd methods answer 405 with Allow and the security headers', async ({
    baseURL,
  }) => {
    const port = portOf(baseURL);
    for (const head of [
      'TRACE / HTTP/1.1',
      'TRACK / HTTP/1.1',
      'PROPFIND / HTTP/1.1',
      'FOO /themen HTTP/1.1',
      'CONNECT localhost:443 HTTP/1.1',
    ]) {
      const response = await rawHttp(port, `${head}\r\nHost: localhost`);
      expect(response.status, head).toBe(405);
      expect(response.header('allow'), head).toBe('GET, HEAD');
      expectSecurityHeaders(response, head);
    }
  });

  test('`*` and absolute-form request targets answer 400, and nothing is echoed into a Location', async ({
    baseURL,
  }) => {
    const port = portOf(baseURL);
    for (const head of [
      'OPTIONS * HTTP/1.1',
      'GET * HTTP/1.1',
      'GET http://evil.example/ HTTP/1.1',
      'GET http://evil.example/themen/ HTTP/1.1',
    ]) {
      const response = await rawHttp(port, `${head}\r\nHost: localhost`);
      expect(response.status, head).toBe(400);
      expect(response.header('location'), head).toBeUndefined();
      expectSecurityHeaders(response, head);
    }
  });

  test('trailing-slash redirects carry the security headers and a cache rule, stay on the site, and refuse odd methods', async ({
    baseURL,
  }) => {
    const port = portOf(baseURL);
    const redirect = await rawGet(port, '/themen/');
    expect(redirect.status).toBe(308);
    expect(redirect.header('location')).toBe('/themen');
    expectSecurityHeaders(redirect, 'GET /themen/');
    expect(redirect.header('cache-control')).toMatch(/max-age=0|no-store/);
    for (const target of ['//evil.example/', '/\\evil.example', '//evil.example']) {
      const response = await rawGet(port, target);
      expect(response.header('location') ?? '/', target).toMatch(/^\/[^/\\]/);
      expectSecurityHeaders(response, target);
    }
    for (const method of ['POST', 'PROPFIND']) {
      const response = await rawHttp(port, `${method} /themen/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0`);
      expect(response.status, `${method} /themen/`).toBe(405);
      expectSecurityHeaders(response, `${method} /themen/`);
    }
  });

  test('two Host headers answer 400', async ({ baseURL }) => {
    const response = await rawHttp(portOf(baseURL), 'GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example');
    expect(response.status).toBe(400);
    expectSecurityHeaders(response, 'two Host headers');
  });

  test('no answer carries the x-nextjs-* diagnostics headers', async ({ baseURL }) => {
    const port = portOf(baseURL);
    for (const target of ['/', '/themen', '/robots.txt', '/feed.xml', '/artikel/gibt-es-nicht']) {
      const response = await rawGet(port, target);
      const diagnostics = Object.keys(response.headers).filter((name) => name.startsWith('x-nextjs-'));
      expect(diagnostics, target).toEqual([]);
    }
  });

  test("Next's build files and duplicate addresses (/index.rsc, /index, /themen.rsc, /_global-error) answer 404", async ({
    baseURL,
  }) => {
    const port = portOf(baseURL);
    for (const target of ['/index.rsc', '/index', '/index.html', '/themen.rsc', '/themen.html', '/_global-error']) {
      const response = await rawGet(port, target);
      expect(response.status, target).toBe(404);
      expectSecurityHeaders(response, target);
      expect(response.header('content-type'), target).toMatch(/^text\/html/);
    }
  });

  test('the RSC redirect and RSC payloads vary on the router headers and are private to one reader', async ({
    baseURL,
  }) => {
    const port = portOf(baseURL);
    const redirect = await rawGet(port, '/', ['RSC: 1']);
    expect(redirect.status).toBe(307);
    expectPrivateRouterAnswer(redirect, 'RSC redirect');
    const payload = await rawGet(port, redirect.header('location')!, ['RSC: 1']);
    expect(payload.status).toBe(200);
    expect(payload.header('content-type')).toMatch(/^text\/x-component/);
    expectPrivateRouterAnswer(payload, 'RSC payload');
    const prefetch = await rawGet(port, '/themen', ['RSC: 1', 'Next-Router-Prefetch: 1']);
    expectPrivateRouterAnswer(prefetch, 'prefetch');
    // The page itself stays cacheable for everyone.
    const page = await rawGet(port, '/');
    expect(page.header('cache-control')).toBe('public, max-age=0, must-revalidate');
  });
});

function nginxAvailable(): boolean {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * nginx with proxy_cache in front of the server, as a CDN that keeps every answer ten minutes
 * whatever Cache-Control says ("die TTL am CDN überschreiben", docs/deploy.md). `honoursVary`:
 * nginx's default; without it, the cache-key rule of docs/deploy.md for CDNs that ignore Vary.
 */
function cachingProxyConfig(directory: string, listen: number, upstream: number): string {
  return `daemon off;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${directory}/body;
    proxy_temp_path ${directory}/proxy;
    fastcgi_temp_path ${directory}/fastcgi;
    uwsgi_temp_path ${directory}/uwsgi;
    scgi_temp_path ${directory}/scgi;
    proxy_cache_path ${directory}/cache keys_zone=site:1m;

    # A CDN with a long TTL that honours Vary (nginx does).
    server {
        listen 127.0.0.1:${listen};
        location / {
            proxy_pass http://127.0.0.1:${upstream};
            proxy_cache site;
            proxy_ignore_headers Cache-Control Expires;
            proxy_cache_valid any 10m;
            add_header X-Cache $upstream_cache_status always;
        }
    }

    # A CDN with a long TTL that ignores Vary, configured as docs/deploy.md says: the router
    # headers in the cache key.
    server {
        listen 127.0.0.1:${listen + 1};
        location / {
            proxy_pass http://127.0.0.1:${upstream};
            proxy_cache site;
            proxy_cache_key "$scheme$proxy_host$request_uri|$http_rsc|$http_next_router_prefetch|$http_next_router_state_tree|$http_next_router_segment_prefetch";
            proxy_ignore_headers Cache-Control Expires Vary;
            proxy_cache_valid any 10m;
            add_header X-Cache $upstream_cache_status always;
        }
    }
}
`;
}

test.describe('behind a caching proxy (nginx proxy_cache)', () => {
  let nginx: ChildProcess | undefined;
  let directory: string;
  let proxyPort: number;

  test.beforeAll(async ({ baseURL }) => {
    test.skip(!nginxAvailable(), 'nginx ist nicht installiert (Debian: apt-get install nginx)');
    directory = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-proxy-cache-'));
    // Started as root, nginx runs its workers as nobody: they must reach the cache below.
    chmodSync(directory, 0o755);
    proxyPort = await freePort();
    writeFileSync(path.join(directory, 'nginx.conf'), cachingProxyConfig(directory, proxyPort, portOf(baseURL)));
    nginx = spawn('nginx', ['-p', directory, '-c', path.join(directory, 'nginx.conf')], { stdio: 'inherit' });
    await expect
      .poll(async () => (await rawGet(proxyPort, '/robots.txt').catch(() => undefined))?.status, { timeout: 10_000 })
      .toBe(200);
  });

  test.afterAll(() => {
    nginx?.kill('SIGQUIT');
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  for (const [label, offset] of [
    ['a CDN that honours Vary', 0],
    ['a CDN that ignores Vary, with the cache-key rule of deploy.md', 1],
  ] as const) {
    test(`${label}: after an RSC request for /, a plain GET / still gets the HTML page`, async () => {
      const port = proxyPort + offset;
      // A unique query per run keeps earlier runs' cache entries out of the way.
      const page = `/?probe=${Date.now()}-${offset}`;
      const redirect = await rawGet(port, page, ['RSC: 1']);
      expect(redirect.status).toBe(307);
      const payload = await rawGet(port, redirect.header('location')!, ['RSC: 1']);
      expect(payload.header('content-type')).toMatch(/^text\/x-component/);

      for (const target of [page, redirect.header('location')!]) {
        const plain = await rawGet(port, target, ['Accept: text/html']);
        expect(plain.status, target).toBe(200);
        expect(plain.header('content-type'), target).toMatch(/^text\/html/);
        expect(plain.body, target).toContain('<html');
      }
    });
  }
});
