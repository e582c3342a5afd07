import { request as httpRequest } from 'node:http';
import type { APIResponse, Page } from '@playwright/test';
import { feedContentTypes } from '@/lib/syndication/feed-content-types';
import { cacheControl, securityHeaders } from '@/lib/http-headers/policy';
import {
  articlePath,
  searchManifestPath,
  searchTermsPath,
  siteShareImagePath,
  sitemapFilePath,
  topicFeedPath,
  topicPath,
} from '@/lib/paths';
import { searchIndexContentType } from '@/lib/search/payload';
import { site } from '@/lib/site';
import { searchFor } from './search-helpers';
import { allPages, catalog, expect, sweep, test } from './fixtures';

/**
 * Hardening checks run by hardening.spec.ts against `next start` and against the static export as a
 * static host serves it (one definition, two projects): the response headers of lib/http-headers/,
 * no Content-Security-Policy violation on any page, and sane answers to odd requests.
 */

const lead = catalog.lead()!;
const topic = catalog.tagCounts()[0]!.tag;

/** One address of each kind the site serves, with the media type it must have. */
const routes: { kind: string; path: string; contentType: string | RegExp }[] = [
  { kind: 'home page', path: '/', contentType: /^text\/html/ },
  { kind: 'article', path: articlePath(lead.slug), contentType: /^text\/html/ },
  { kind: 'topic page', path: topicPath(topic.slug), contentType: /^text\/html/ },
  { kind: 'RSS feed', path: site.feeds.rss, contentType: feedContentTypes.rss },
  { kind: 'topic feed', path: topicFeedPath(topic.slug), contentType: feedContentTypes.rss },
  { kind: 'Atom feed', path: site.feeds.atom, contentType: feedContentTypes.atom },
  { kind: 'JSON feed', path: site.feeds.json, contentType: feedContentTypes.json },
  { kind: 'sitemap index', path: '/sitemap.xml', contentType: /^application\/xml/ },
  { kind: 'sitemap file', path: sitemapFilePath('seiten'), contentType: /^application\/xml/ },
  { kind: 'news sitemap', path: '/news-sitemap.xml', contentType: /^application\/xml/ },
  { kind: 'search index contents', path: searchManifestPath, contentType: searchIndexContentType },
  { kind: 'search index terms', path: searchTermsPath('xi'), contentType: searchIndexContentType },
  { kind: 'share image', path: siteShareImagePath, contentType: 'image/png' },
];

function expectSecurityHeaders(response: APIResponse, label: string): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(securityHeaders))
    expect(headers[name.toLowerCase()], `${label}: ${name}`).toBe(value);
}

/** The hashed scripts, styles and fonts the home page loads. */
async function hashedAssetPaths(page: Page): Promise<string[]> {
  const paths = new Set<string>();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/_next/static/')) paths.add(pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  return [...paths];
}

export function describeResponseHeaders(): void {
  test.describe('response headers', () => {
    for (const { kind, path, contentType } of routes) {
      test(`the ${kind} (${path}) carries the security headers, is revalidated on every use and has its media type`, async ({
        request,
      }) => {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expectSecurityHeaders(response, path);
        expect(response.headers()['cache-control'], path).toBe(cacheControl.revalidate);
        if (typeof contentType === 'string') expect(response.headers()['content-type'], path).toBe(contentType);
        else expect(response.headers()['content-type'], path).toMatch(contentType);
      });
    }

    test('hashed build assets (scripts, styles, fonts) are cached for a year as immutable, with the security headers', async ({
      page,
      request,
    }) => {
      const assets = await hashedAssetPaths(page);
      expect(assets.some((path) => path.endsWith('.js'))).toBe(true);
      expect(assets.some((path) => path.endsWith('.css'))).toBe(true);
      expect(assets.some((path) => path.endsWith('.woff2'))).toBe(true);
      for (const path of assets) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expect(response.headers()['cache-control'], path).toBe(cacheControl.immutable);
        expectSecurityHeaders(response, path);
      }
    });

    test('the search index files go out as the build packed them: gzip bytes, never compressed again on the way', async ({
      request,
    }) => {
      for (const path of [searchManifestPath, searchTermsPath('xi')]) {
        const response = await request.get(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
        expect(response.headers()['content-encoding'], path).toBeUndefined();
        expect([...(await response.body()).subarray(0, 2)], path).toEqual([0x1f, 0x8b]);
      }
    });

    test('the 404 answer carries the security headers and is not kept by caches', async ({ request }) => {
      const response = await request.get('/artikel/gibt-es-nicht');
      expect(response.status()).toBe(404);
      expectSecurityHeaders(response, '404');
      const cache = response.headers()['cache-control'] ?? '';
      expect(cache).toContain('max-age=0');
      expect(cache).toContain('must-revalidate');
      expect(cache).not.toContain('immutable');
    });
  });
}

/** Collects every CSP violation the browser reports on the page, across navigations. */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

export function describeContentSecurityPolicy(): void {
  test.describe('Content-Security-Policy', () => {
    test.describe('the policy is in force', () => {
      // The browser logs each blocked attempt below as an error (Chromium: "… violates the following
      // Content Security Policy directive …", older versions "Refused to …"); here they are the point.
      test.use({ allowedConsoleErrors: [/violates the following Content Security Policy directive|^Refused to/] });

      test('an injected inline event handler and an image from elsewhere are blocked and reported', async ({
        page,
      }) => {
        const violations = await collectViolations(page);
        await page.goto('/');
        await page.evaluate(() => {
          document.body.insertAdjacentHTML(
            'beforeend',
            '<img alt="" src="/logo.png" onload="document.title = \'injected\'">',
          );
          const image = document.createElement('img');
          image.src = 'https://tracker.example/pixel.png';
          document.body.append(image);
        });
        await expect.poll(() => violations.length).toBe(2);
        expect(violations.map((violation) => violation.split(' ')[0]).sort()).toEqual(['img-src', 'script-src-attr']);
        await expect(page).not.toHaveTitle('injected');
      });
    });

    test('the browser knows every feature the Permissions-Policy switches off', async ({ page }) => {
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Permissions-Policy')) warnings.push(message.text());
      });
      await page.goto('/');
      await page.waitForLoadState('networkidle');
      expect(warnings).toEqual([]);
    });

    for (const { path } of allPages()) {
      test(`${path} loads, hydrates and prefetches without a violation`, sweep(path), async ({ page }) => {
        const violations = await collectViolations(page);
        const response = await page.goto(path);
        expect(response?.headers()['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
        // After load Next.js hydrates and prefetches the links in view: all of it under the policy.
        await page.waitForLoadState('networkidle');
        expect(violations).toEqual([]);
      });
    }

    test('the search fetches its index and shows hits, and a hit opens by client-side navigation, without a violation', async ({
      page,
    }) => {
      const violations = await collectViolations(page);
      await page.goto('/suche');
      await searchFor(page, 'Xiaomi');
      await page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first().click();
      await expect(page).toHaveURL(/\/artikel\//);
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });
  });
}

/**
 * Sends a request exactly as written. Playwright and fetch normalise `..` and `%2e%2e` segments
 * away before sending, which would test nothing.
 */
function rawRequest(
  baseURL: string,
  target: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path: target, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

/** Text that would betray a file from outside the site: the system's users, the project's own files. */
const outsideFileMarkers = ['root:x:0:0', '"name": "xiaomi-im-blick"', '"compilerOptions"', 'nextHeaderRules'];

const traversals = [
  '/artikel/..%2f..%2fetc%2fpasswd',
  '/artikel/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
  '/artikel/..%252f..%252fetc%252fpasswd',
  '/artikel/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/../../../../etc/passwd',
  '/../package.json',
  '/..%2fpackage.json',
  '/%2e%2e%2fpackage.json',
  '/..%5c..%5cpackage.json',
  '/_next/static/../../package.json',
  '/_next/static/../../../package.json',
  '/_next/static/..%2f..%2fpackage.json',
  '/_next/static/..%2f..%2f..%2fpackage.json',
  '/_next/static/%2e%2e/%2e%2e/%2e%2e/tsconfig.json',
  '/_next/static/chunks/..%2f..%2f..%2f..%2fnext.config.ts',
  '/_next/static/..%5c..%5c..%5cpackage.json',
  '/artikel/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json',
  '/artikel/%00',
  '/%2e%2e/package.json%00',
];

const malformedEscapes = ['/artikel/%ff', '/%', '/artikel/%zz', '/themen/%e0%a4%a'];

const pagesAndFiles = ['/', articlePath(lead.slug), site.feeds.rss, searchManifestPath];

export function describeOddRequests(): void {
  test.describe('odd requests', () => {
    // Chromium reports the 404 of a page as an error; the German 404 page is what is asserted.
    test.use({ allowedConsoleErrors: [/status of 404/] });

    test('an unknown article answers 404 with the German error page', async ({ page }) => {
      const response = await page.goto('/artikel/diesen-artikel-gibt-es-nicht');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite gibt es nicht');
    });

    test('path traversal, plain, encoded and double-encoded, answers 400 or 404 and never a file from outside the site', async ({
      baseURL,
    }) => {
      for (const target of traversals) {
        const { status, body } = await rawRequest(baseURL!, target);
        expect([400, 404], target).toContain(status);
        for (const marker of outsideFileMarkers)
          expect(body, `${target} must not show ${marker}`).not.toContain(marker);
      }
    });

    test('percent-escapes that do not decode answer 400 or 404, not 500', async ({ baseURL }) => {
      for (const target of malformedEscapes)
        expect([400, 404], target).toContain((await rawRequest(baseURL!, target)).status);
    });

    test('an 8 KB address answers 404, 414 or 431, and an 8 KB search query at most that', async ({ request }) => {
      const long = 'a'.repeat(8 * 1024);
      expect([404, 414, 431]).toContain((await request.get(`/artikel/${long}`)).status());
      expect([200, 414, 431]).toContain((await request.get(`/suche?q=${long}`)).status());
    });

    test('methods other than GET and HEAD answer 405 with an Allow header, on pages, feeds and assets alike', async ({
      baseURL,
      page,
    }) => {
      const assets = await hashedAssetPaths(page);
      for (const path of [...pagesAndFiles, assets.find((asset) => asset.endsWith('.js'))!]) {
        expect((await rawRequest(baseURL!, path, 'HEAD')).status, `HEAD ${path}`).toBe(200);
        for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
          const { status, headers } = await rawRequest(baseURL!, path, method);
          expect(status, `${method} ${path}`).toBe(405);
          expect(headers.allow, `${method} ${path}`).toBe('GET, HEAD');
        }
      }
    });
  });
}
