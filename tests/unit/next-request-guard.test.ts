import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedMethods as policyMethods, maxRequestTargetLength } from '@/lib/http-headers/policy';
import { config as proxyConfig } from '@/proxy';
import {
  allowedMethods,
  checkedHeader,
  guardRequest,
  isRouterRequest,
  knownPaths,
  maxTargetLength,
} from '@/scripts/next-request-guard.mjs';

/**
 * The rules the production server (scripts/serve-next.mjs) applies before Next.js sees a request
 * (issue 19). tests/e2e/odd-requests.spec.ts sends the same cases over a raw socket to the server.
 */

const host = ['Host', 'localhost'];

function guard(target: string, method = 'GET', rawHeaders = host) {
  return guardRequest({ method, target, rawHeaders });
}

describe('the request guard of the production server', () => {
  it('has the limit and methods of lib/http-headers/policy.ts', () => {
    expect(maxTargetLength).toBe(maxRequestTargetLength);
    expect(allowedMethods).toEqual([...policyMethods]);
  });

  it('refuses a target longer than the limit with 414 before anything else, whatever the method', () => {
    const long = `/robots.txt?${'a&'.repeat(7000)}`;
    expect(guard(long)).toMatchObject({ kind: 'answer', status: 414 });
    expect(guard(long, 'TRACE')).toMatchObject({ status: 414 });
    const justFits = `/suche?q=${'a'.repeat(maxTargetLength - '/suche?q='.length)}`;
    expect(guard(justFits)).toMatchObject({ kind: 'next' });
    expect(guard(`${justFits}a`)).toMatchObject({ status: 414 });
  });

  it('hands Next the path without the query, keeping only the router parameter _rsc', () => {
    expect(guard(`/robots.txt?${'a&'.repeat(2000)}`)).toEqual({
      kind: 'next',
      target: '/robots.txt',
      pathname: '/robots.txt',
    });
    expect(guard('/suche?q=xiaomi')).toMatchObject({ target: '/suche' });
    expect(guard('/themen?_rsc=1x2y3')).toMatchObject({ target: '/themen?_rsc=1x2y3' });
    expect(guard('/?a=1&_rsc&b=2')).toMatchObject({ target: '/?_rsc' });
    expect(guard('/?x_rsc=1')).toMatchObject({ target: '/' });
  });

  it('answers 405 with Allow to TRACE and every other method but GET and HEAD', () => {
    for (const method of ['TRACE', 'TRACK', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'FOO']) {
      expect(guard('/', method), method).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
      expect(guard('/themen/', method), `${method} /themen/`).toMatchObject({ status: 405 });
    }
    expect(guard('/', 'HEAD')).toMatchObject({ kind: 'next' });
  });

  it('answers 400 to `*` and absolute-form targets instead of echoing them', () => {
    for (const target of ['*', 'http://evil.example/', 'https://evil.example/themen/', 'evil.example:443'])
      expect(guard(target, target === '*' ? 'OPTIONS' : 'GET'), target).toMatchObject({ status: 400 });
  });

  it('answers 400 to no Host or two Host headers (HTTP/1.0 may omit it)', () => {
    expect(guard('/', 'GET', [])).toMatchObject({ status: 400 });
    expect(guard('/', 'GET', ['Host', 'a', 'host', 'b'])).toMatchObject({ status: 400 });
    expect(guardRequest({ method: 'GET', target: '/', rawHeaders: [], httpVersion: '1.0' })).toMatchObject({
      kind: 'next',
    });
  });

  it('answers 400 to percent-escapes that do not decode', () => {
    for (const target of ['/%ff', '/%', '/artikel/%zz?x=1'])
      expect(guard(target), target).toMatchObject({ status: 400 });
  });

  it('redirects a trailing slash, repeated slashes and backslashes to the canonical path, never off the site', () => {
    expect(guard('/themen/')).toMatchObject({ status: 308, headers: { Location: '/themen' } });
    expect(guard('/themen/?q=1')).toMatchObject({ status: 308, headers: { Location: '/themen?q=1' } });
    expect(guard('//evil.example/')).toMatchObject({ status: 308, headers: { Location: '/evil.example' } });
    expect(guard('/\\evil.example')).toMatchObject({ status: 308, headers: { Location: '/evil.example' } });
    expect(guard('/themen//su7')).toMatchObject({ status: 308, headers: { Location: '/themen/su7' } });
    expect(guard('/')).toMatchObject({ kind: 'next', target: '/' });
  });

  it("sends Next's build files and internal routes to the 404 page", () => {
    for (const target of [
      '/index',
      '/index.rsc',
      '/index.html',
      '/themen.rsc',
      '/themen.segments/_tree.segment.rsc',
      '/themen.meta',
      '/_global-error',
      '/_not-found',
    ])
      expect(guard(target), target).toEqual({ kind: 'not-found' });
    for (const target of ['/themen', '/artikel/x', '/_next/static/chunks/a.js', '/feed.xml', '/suchindex.json.gz'])
      expect(guard(target), target).toMatchObject({ kind: 'next' });
  });

  it('recognises a request of the client router by its headers or the _rsc parameter', () => {
    expect(isRouterRequest({ rsc: '1' }, '/')).toBe(true);
    expect(isRouterRequest({ 'next-router-prefetch': '1' }, '/themen')).toBe(true);
    expect(isRouterRequest({}, '/themen?_rsc=abc')).toBe(true);
    expect(isRouterRequest({}, '/themen?q=_rsc')).toBe(false);
    expect(isRouterRequest({ accept: 'text/html' }, '/')).toBe(false);
  });

  it('with the addresses of the build, sends every other path to the 404 page without asking Next (issue 17)', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'known-paths-'));
    try {
      const distDir = path.join(directory, 'dist');
      const publicDir = path.join(directory, 'public');
      mkdirSync(distDir);
      mkdirSync(path.join(publicDir, 'bilder'), { recursive: true });
      writeFileSync(path.join(publicDir, 'bilder', 'su7.jpg'), '');
      writeFileSync(
        path.join(distDir, 'prerender-manifest.json'),
        JSON.stringify({
          routes: { '/': {}, '/themen/su7/feed.xml': {}, '/artikel/ä-test': {} },
          dynamicRoutes: {
            '/themen/[tag]/feed.xml': { fallback: false, routeRegex: '^/themen/([^/]+?)/feed\\.xml$' },
            '/vorschau/[id]': { fallback: null, routeRegex: '^/vorschau/([^/]+?)(?:/)?$' },
          },
        }),
      );
      writeFileSync(
        path.join(distDir, 'routes-manifest.json'),
        JSON.stringify({ staticRoutes: [{ page: '/robots.txt' }, { page: '/_not-found' }] }),
      );
      const known = knownPaths(distDir, publicDir);
      const decide = (target: string) => guardRequest({ method: 'GET', target, rawHeaders: host, known });
      for (const target of [
        '/',
        '/?_rsc=1',
        '/themen/su7/feed.xml',
        '/robots.txt',
        '/bilder/su7.jpg',
        '/_next/static/chunks/a.js',
        '/artikel/%C3%A4-test',
        '/vorschau/42',
      ])
        expect(decide(target), target).toMatchObject({ kind: 'next' });
      for (const target of ['/themen/unbekannt/feed.xml', '/themen/SU7/feed.xml', '/artikel/x', '/bilder'])
        expect(decide(target), target).toEqual({ kind: 'not-found' });
      // The other rules come first: odd methods and broken escapes keep their own answers.
      expect(decide('/themen/unbekannt/')).toMatchObject({ status: 308 });
      expect(guardRequest({ method: 'POST', target: '/x', rawHeaders: host, known })).toMatchObject({ status: 405 });
      expect(decide('/%ff')).toMatchObject({ status: 400 });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("proxy.ts skips every request that carries the guard's mark, and no other (issue 17)", () => {
    expect(proxyConfig.matcher).toEqual([{ source: '/:path*', missing: [{ type: 'header', key: checkedHeader }] }]);
  });
});
