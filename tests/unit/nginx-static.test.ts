import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, securityHeaders } from '@/lib/http-headers/policy';
import { freePort, rawGet, rawHttp } from '../raw-http';
import { removeTempDirs, writeTempContent } from './helpers';

/**
 * deploy/nginx.conf as committed, serving a tiny export, against the reproductions of issue 19
 * over a raw socket. Needs nginx (Debian: apt-get install nginx); skipped without it.
 */

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const mimeTypes = '/etc/nginx/mime.types';

function nginxAvailable(): boolean {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return existsSync(mimeTypes);
  } catch {
    return false;
  }
}

describe.skipIf(!nginxAvailable())('deploy/nginx.conf', () => {
  let nginx: ChildProcess;
  let port: number;

  beforeAll(async () => {
    const root = writeTempContent({
      'index.html': '<!doctype html><title>Start</title>',
      'themen.html': '<!doctype html><title>Themen</title>',
      'themen/su7.html': '<!doctype html><title>SU7</title>',
      '404.html': '<!doctype html><title>Diese Seite gibt es nicht</title>',
      '_next/static/chunks/app-0123abcd.js': 'console.log(1);',
    });
    const directory = writeTempContent({});
    // Started as root, nginx serves with workers running as nobody.
    chmodSync(root, 0o755);
    chmodSync(directory, 0o755);
    port = await freePort();
    const site = readFileSync(path.join(repositoryRoot, 'deploy/nginx.conf'), 'utf8')
      .replace(/^(\s*)listen\s[^;]*;/m, `$1listen 127.0.0.1:${port};`)
      .replace(/^(\s*)root\s[^;]*;/m, `$1root ${root};`);
    writeFileSync(
      path.join(directory, 'nginx.conf'),
      `daemon off;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
events { worker_connections 64; }
http {
    include ${mimeTypes};
    access_log off;
    client_body_temp_path ${directory}/body;
    proxy_temp_path ${directory}/proxy;
    fastcgi_temp_path ${directory}/fastcgi;
    uwsgi_temp_path ${directory}/uwsgi;
    scgi_temp_path ${directory}/scgi;
${site}
}
`,
    );
    nginx = spawn('nginx', ['-p', directory, '-c', path.join(directory, 'nginx.conf')], { stdio: 'inherit' });
    for (let attempt = 0; attempt < 100; attempt++) {
      if ((await rawGet(port, '/').catch(() => undefined))?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('nginx did not start');
  });

  afterAll(() => {
    nginx?.kill('SIGQUIT');
    removeTempDirs();
  });

  it('answers a target longer than 4 KB with 414 and the security headers', async () => {
    const response = await rawGet(port, `/robots.txt?${'a&'.repeat(2100)}`);
    expect(response.status).toBe(414);
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.header(name), name).toBe(value);
    expect((await rawGet(port, `/themen?${'a&'.repeat(2000)}`)).status).toBe(200);
  });

  it('serves /themen.html, /index.html and /index, duplicates of /themen and /, as 404', async () => {
    for (const target of ['/themen.html', '/index.html', '/index', '/themen/su7.html']) {
      const response = await rawGet(port, target);
      expect(response.status, target).toBe(404);
      expect(response.body, target).toContain('Diese Seite gibt es nicht');
    }
    expect((await rawGet(port, '/themen')).status).toBe(200);
    expect((await rawGet(port, '/themen/su7')).status).toBe(200);
  });

  it('never marks a 404 as cacheable, under /_next/static/ or elsewhere; existing assets stay immutable', async () => {
    for (const target of ['/_next/static/chunks/gibt-es-nicht.js', '/gibt-es-nicht', '/_headers']) {
      const response = await rawGet(port, target);
      expect(response.status, target).toBe(404);
      expect(response.header('cache-control'), target).toContain('no-store');
    }
    expect((await rawGet(port, '/_next/static/chunks/app-0123abcd.js')).header('cache-control')).toBe(
      cacheControl.immutable,
    );
    expect((await rawGet(port, '/')).header('cache-control')).toBe(cacheControl.revalidate);
  });

  it('answers TRACE with 405 and two Host headers with 400, with the security headers', async () => {
    const trace = await rawHttp(port, 'TRACE / HTTP/1.1\r\nHost: localhost');
    expect(trace.status).toBe(405);
    expect(trace.header('content-security-policy')).toBe(securityHeaders['Content-Security-Policy']);
    expect((await rawHttp(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example')).status).toBe(400);
  });
});
