import { type ChildProcess, spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freePort, rawGet } from '../raw-http';

/**
 * What the production server (scripts/serve-next.mjs) writes to its log while it answers addresses
 * the site does not have. A second server on the same build, started here, so the test reads its
 * stderr. Issue 17: every request for an unknown topic feed logged a MaxListenersExceededWarning
 * (Next tried route after route, cloning the request body for each and leaving a listener each time).
 */

test.describe('the production server log', () => {
  let server: ChildProcess | undefined;
  let port: number;
  let stderr = '';

  test.beforeAll(async () => {
    port = await freePort();
    server = spawn(process.execPath, ['scripts/serve-next.mjs'], {
      env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    await expect
      .poll(async () => (await rawGet(port, '/robots.txt').catch(() => undefined))?.status, { timeout: 30_000 })
      .toBe(200);
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test('30 requests for unknown addresses answer 404 and log no warning (MaxListenersExceededWarning)', async () => {
    const targets = [
      '/themen/unbekannt/feed.xml',
      '/themen/unbekannt',
      '/artikel/gibt-es-nicht',
      '/artikel/gibt-es-nicht/share-image.png',
      '/autoren/niemand',
      '/archiv/1999/01',
    ];
    for (let round = 0; round < 5; round++) {
      for (const target of targets) {
        const response = await rawGet(port, target);
        expect(response.status, target).toBe(404);
        expect(response.body, target).toContain('Diese Seite gibt es nicht');
      }
    }
    // The client router's request for an unknown feed took the same way.
    expect.soft((await rawGet(port, '/themen/unbekannt/feed.xml?_rsc=1', ['RSC: 1'])).status).toBe(404);
    expect(stderr).not.toContain('MaxListenersExceededWarning');
    expect(stderr).not.toMatch(/Warning|Fehler/);
  });
});
