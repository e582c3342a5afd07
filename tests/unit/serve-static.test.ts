import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, securityHeaders } from '@/lib/http-headers/policy';
import { headersFile } from '@/lib/http-headers/static-hosts';
import { rawGet, rawHttp, type RawResponse } from '../raw-http';
import { removeTempDirs, writeTempContent } from './helpers';

/**
 * scripts/serve-static.mjs, the static host of the end-to-end tests and a reference for real
 * hosts, on a tiny export: requests go over a raw socket, byte for byte (issue 19).
 */

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
let server: ChildProcess;
let port: number;

beforeAll(async () => {
  const folder = writeTempContent({
    'index.html': '<!doctype html><title>Start</title>',
    '404.html': '<!doctype html><title>Diese Seite gibt es nicht</title>',
    _headers: headersFile(),
    '_next/static/chunks/app-0123abcd.js': 'console.log(1);',
  });
  server = spawn(process.execPath, [path.join(repositoryRoot, 'scripts/serve-static.mjs'), '0', folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const match = /localhost:(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`serve-static exited with ${code}`)));
  });
});

afterAll(() => {
  server.kill();
  removeTempDirs();
});

function expectSecurityHeaders(response: RawResponse, label: string): void {
  for (const [name, value] of Object.entries(securityHeaders))
    expect(response.header(name), `${label}: ${name}`).toBe(value);
}

describe('scripts/serve-static.mjs', () => {
  it('answers a target that is no URL (`GET //[`) with 400 and the security headers, and keeps running', async () => {
    for (const target of ['//[', '//[::1', 'http://[/']) {
      const response = await rawGet(port, target);
      expect(response.status, target).toBe(400);
      expectSecurityHeaders(response, target);
      expect(response.header('cache-control'), target).not.toContain('immutable');
    }
    expect((await rawGet(port, '/')).status).toBe(200);
  });

  it('never marks a 404 as cacheable, under /_next/static/ or anywhere else', async () => {
    for (const target of [
      '/_next/static/chunks/gibt-es-nicht.js',
      '/_next/static/media/x.woff2',
      '/gibt-es-nicht',
      '/_headers',
    ]) {
      const response = await rawGet(port, target);
      expect(response.status, target).toBe(404);
      expect(response.header('cache-control'), target).toContain('no-store');
      expect(response.header('cache-control'), target).not.toContain('immutable');
      expectSecurityHeaders(response, target);
    }
  });

  it('never marks a redirect under /_next/static/ as immutable', async () => {
    const response = await rawGet(port, '/_next/static/');
    expect(response.status).toBe(301);
    expect(response.header('cache-control')).toBe(cacheControl.revalidate);
  });

  it('still caches an existing hashed asset for a year and revalidates pages', async () => {
    const asset = await rawGet(port, '/_next/static/chunks/app-0123abcd.js');
    expect(asset.status).toBe(200);
    expect(asset.header('cache-control')).toBe(cacheControl.immutable);
    const page = await rawGet(port, '/');
    expect(page.header('cache-control')).toBe(cacheControl.revalidate);
  });

  it('answers TRACE and other methods with 405, the security headers and no cache', async () => {
    for (const method of ['TRACE', 'POST', 'PROPFIND']) {
      const response = await rawHttp(port, `${method} / HTTP/1.1\r\nHost: localhost`);
      expect(response.status, method).toBe(405);
      expect(response.header('allow'), method).toBe('GET, HEAD');
      expectSecurityHeaders(response, method);
    }
  });
});
