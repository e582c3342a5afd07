import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { answerRouteFile, prerenderedRouteFiles, type RouteFile } from '@/scripts/prerendered-routes.mjs';

/**
 * How the production server answers the files route handlers wrote at build time (scripts/prerendered-routes.mjs),
 * on a build directory made up here: a feed, an image and a page, as `next build` lays them out.
 * tests/e2e/conditional-requests.spec.ts checks the same over a raw socket against the real build.
 */

const distDir = mkdtempSync(path.join(os.tmpdir(), 'prerendered-routes-'));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

const feed = `<?xml version="1.0" encoding="utf-8"?>\n<rss>${'<item>Xiaomi liefert aus</item>'.repeat(200)}</rss>\n`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const builtAt = new Date('2026-12-06T05:00:00Z');

function writeRoute(pathname: string, body: Buffer | string, meta: object) {
  const base = path.join(distDir, 'server', 'app', pathname);
  mkdirSync(path.dirname(base), { recursive: true });
  writeFileSync(`${base}.body`, body);
  writeFileSync(`${base}.meta`, JSON.stringify(meta));
  utimesSync(`${base}.body`, builtAt, builtAt);
}

writeRoute('/themen/su7/feed.xml', feed, {
  status: 200,
  headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
});
writeRoute('/logo.png', png, { status: 200, headers: { 'content-type': 'image/png' } });
writeFileSync(path.join(distDir, 'server', 'app', 'impressum.html'), '<!DOCTYPE html>');
writeFileSync(
  path.join(distDir, 'prerender-manifest.json'),
  JSON.stringify({
    routes: {
      '/themen/su7/feed.xml': { routeType: 'route', dataRoute: null },
      '/logo.png': { routeType: 'route', dataRoute: null },
      '/impressum': { routeType: 'page', dataRoute: '/impressum.rsc' },
      '/ohne-datei.xml': { routeType: 'route', dataRoute: null },
    },
  }),
);

const files = prerenderedRouteFiles(distDir);
const feedFile = files.get('/themen/su7/feed.xml') as RouteFile;
const logoFile = files.get('/logo.png') as RouteFile;

const get = (file: RouteFile, headers: Record<string, string | undefined> = {}, method = 'GET') =>
  answerRouteFile(file, { method, headers });

describe('the files route handlers wrote at build time', () => {
  it('are the route outputs with a body and its meta file, not the pages', () => {
    expect([...files.keys()].toSorted()).toEqual(['/logo.png', '/themen/su7/feed.xml']);
  });

  it('are answered with the content type of the build, a weak ETag and the build time as Last-Modified', async () => {
    const answer = await get(feedFile);
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe('application/rss+xml; charset=utf-8');
    expect(answer.headers.ETag).toMatch(/^W\/"[^"]+"$/);
    expect(answer.headers['Last-Modified']).toBe('Sun, 06 Dec 2026 05:00:00 GMT');
    expect(answer.body?.toString()).toBe(feed);
    expect(answer.headers['Content-Length']).toBe(String(Buffer.byteLength(feed)));
  });

  it('answer 304 without a body when the client holds this version, by ETag or by date', async () => {
    const { headers } = await get(feedFile);
    for (const condition of [
      { 'if-none-match': headers.ETag! },
      { 'if-none-match': `"andere", ${headers.ETag}` },
      { 'if-modified-since': headers['Last-Modified']! },
      { 'if-modified-since': 'Sun, 06 Dec 2026 06:00:00 GMT' },
    ]) {
      const answer = await get(feedFile, condition);
      expect(answer.status, JSON.stringify(condition)).toBe(304);
      expect(answer.body).toBeUndefined();
      expect(answer.headers.ETag).toBe(headers.ETag);
    }
  });

  it('answer 200 with the body to an older or another version', async () => {
    for (const condition of [
      { 'if-none-match': 'W/"eine-andere-fassung"' },
      { 'if-modified-since': 'Sun, 06 Dec 2026 04:59:59 GMT' },
    ]) {
      const answer = await get(feedFile, condition);
      expect(answer.status, JSON.stringify(condition)).toBe(200);
      expect(answer.body?.toString()).toBe(feed);
    }
  });

  it('come gzipped, with the same ETag, to a client that accepts gzip, and Vary on Accept-Encoding', async () => {
    const plain = await get(feedFile);
    const gzipped = await get(feedFile, { 'accept-encoding': 'gzip, deflate, br' });
    expect(gzipped.headers['Content-Encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body!).toString()).toBe(feed);
    expect(gzipped.headers['Content-Length']).toBe(String(gzipped.body!.length));
    expect(gzipped.body!.length).toBeLessThan(Buffer.byteLength(feed) / 10);
    expect(gzipped.headers.ETag).toBe(plain.headers.ETag);
    expect(plain.headers.Vary).toBe('Accept-Encoding');
    expect(gzipped.headers.Vary).toBe('Accept-Encoding');
    expect(
      (await get(feedFile, { 'accept-encoding': 'gzip;q=0, identity' })).headers['Content-Encoding'],
    ).toBeUndefined();
  });

  it('leave images as they are: no compression, no Vary', async () => {
    const answer = await get(logoFile, { 'accept-encoding': 'gzip' });
    expect(answer.headers['Content-Type']).toBe('image/png');
    expect(answer.headers['Content-Encoding']).toBeUndefined();
    expect(answer.headers.Vary).toBeUndefined();
    expect(Buffer.compare(answer.body!, png)).toBe(0);
  });

  it('answer HEAD with the headers of GET and no body', async () => {
    const head = await get(feedFile, { 'accept-encoding': 'gzip' }, 'HEAD');
    const full = await get(feedFile, { 'accept-encoding': 'gzip' });
    expect(head.status).toBe(200);
    expect(head.body).toBeUndefined();
    expect(head.headers).toEqual(full.headers);
  });
});
