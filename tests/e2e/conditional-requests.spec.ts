import { expect, test } from '@playwright/test';
import {
  articlePath,
  atomFeedPath,
  feedPath,
  homePath,
  jsonFeedPath,
  logoPath,
  newsSitemapPath,
  robotsPath,
  searchManifestPath,
  searchTermsPath,
  sitemapFilePath,
  sitemapPath,
  topicFeedPath,
} from '@/lib/paths';
import { securityHeaders } from '@/lib/http-headers/policy';
import { rawGet, rawHttp } from '../raw-http';
import { catalog } from './fixtures';

/**
 * The production server (`npm start`: scripts/serve-next.mjs) answers the files route handlers wrote at build
 * time like a static web server (scripts/prerendered-routes.mjs, issue 16): with validators, and with 304 to a
 * request that already holds the current version. Sent over a raw socket, so the headers are exactly what
 * the server wrote. HTML pages keep what Next.js sends them.
 */

const port = (baseURL: string | undefined) => Number(new URL(baseURL!).port);
const topicWithArticles = catalog.articles[0]!.tags[0]!.slug;

const files = [
  feedPath,
  atomFeedPath,
  jsonFeedPath,
  topicFeedPath(topicWithArticles),
  sitemapPath,
  newsSitemapPath,
  sitemapFilePath('seiten'),
  robotsPath,
  searchManifestPath,
  searchTermsPath('xi'),
  logoPath,
];

for (const file of files) {
  test.describe(file, () => {
    test('carries an ETag and a Last-Modified, and the body and headers of any other answer', async ({ baseURL }) => {
      const answer = await rawGet(port(baseURL), file);
      expect(answer.status).toBe(200);
      expect(answer.header('etag')).toMatch(/^W\/"[^"]+"$/);
      expect(new Date(answer.header('last-modified')!).getTime()).not.toBeNaN();
      expect(answer.header('cache-control')).toBe('public, max-age=0, must-revalidate');
      for (const [name, value] of Object.entries(securityHeaders)) expect(answer.header(name), name).toBe(value);
      expect(Number(answer.header('content-length'))).toBeGreaterThan(0);
    });

    test('answers 304 without a body to a matching If-None-Match or If-Modified-Since, 200 otherwise', async ({
      baseURL,
    }) => {
      const full = await rawGet(port(baseURL), file);
      const tag = full.header('etag')!;
      const lastModified = full.header('last-modified')!;

      const unchanged = await rawGet(port(baseURL), file, [`If-None-Match: ${tag}`]);
      expect(unchanged.status).toBe(304);
      expect(unchanged.body).toBe('');
      expect(unchanged.header('etag')).toBe(tag);
      expect(unchanged.header('x-content-type-options')).toBe('nosniff');
      expect((await rawGet(port(baseURL), file, [`If-Modified-Since: ${lastModified}`])).status).toBe(304);

      const otherVersion = await rawGet(port(baseURL), file, ['If-None-Match: W/"eine-andere-fassung"']);
      expect(otherVersion.status).toBe(200);
      expect(otherVersion.body).toBe(full.body);
      const older = new Date(new Date(lastModified).getTime() - 60_000).toUTCString();
      expect((await rawGet(port(baseURL), file, [`If-Modified-Since: ${older}`])).status).toBe(200);
    });
  });
}

test('a feed comes gzipped to a client that accepts gzip, and as is to one that does not; HEAD has no body', async ({
  baseURL,
}) => {
  const plain = await rawGet(port(baseURL), feedPath);
  expect(plain.header('content-encoding')).toBeUndefined();
  expect(plain.header('vary')).toBe('Accept-Encoding');
  expect(plain.body).toMatch(/^<\?xml /);
  const gzipped = await rawGet(port(baseURL), feedPath, ['Accept-Encoding: gzip, deflate, br']);
  expect(gzipped.header('content-encoding')).toBe('gzip');
  expect(gzipped.header('etag')).toBe(plain.header('etag'));
  expect(Number(gzipped.header('content-length'))).toBeLessThan(Number(plain.header('content-length')));
  const head = await rawHttp(port(baseURL), `HEAD ${feedPath} HTTP/1.1\r\nHost: localhost`);
  expect(head.status).toBe(200);
  expect(head.body).toBe('');
  expect(head.header('content-length')).toBe(plain.header('content-length'));
});

test('the search index files, gzipped at build time, are not compressed again', async ({ baseURL }) => {
  const answer = await rawGet(port(baseURL), searchManifestPath, ['Accept-Encoding: gzip']);
  expect(answer.header('content-type')).toBe('application/gzip');
  expect(answer.header('content-encoding')).toBeUndefined();
});

test('HTML pages are answered by Next.js as before: its ETag and 304, no Last-Modified', async ({ baseURL }) => {
  for (const page of [homePath, articlePath(catalog.articles[0]!.slug)]) {
    const full = await rawGet(port(baseURL), page);
    expect(full.status).toBe(200);
    expect(full.header('content-type')).toBe('text/html; charset=utf-8');
    expect(full.header('etag')).toMatch(/^"[^"]+"$/);
    expect(full.header('last-modified')).toBeUndefined();
    expect(full.header('vary')).toMatch(/^rsc, next-router-state-tree/);
    expect((await rawGet(port(baseURL), page, [`If-None-Match: ${full.header('etag')}`])).status).toBe(304);
  }
});

test('the client router asking for a file is still answered by Next.js, privately', async ({ baseURL }) => {
  const answer = await rawGet(port(baseURL), feedPath, ['RSC: 1']);
  expect(answer.header('cache-control')).toBe('private, no-store');
  expect(answer.header('last-modified')).toBeUndefined();
});
