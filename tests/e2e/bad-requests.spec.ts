import { expect, test } from '@playwright/test';
import { rawExchange, rawGet, type RawExchange } from '../raw-http';

/**
 * Malformed HTTP against the production server (`npm start`: scripts/serve-next.mjs), byte for byte
 * over loopback sockets (issue 17, "Bad requests"): broken request lines, odd versions, broken and
 * huge headers, bytes that are no UTF-8 in the path, proxy forms, request smuggling shapes, seeded
 * noise, and slowloris-style trickles. Every one is answered with a 4xx or the connection is closed,
 * within a bound, and the site keeps answering normal requests after each and during the trickles.
 * Bounded in count and time; nothing leaves the machine.
 */

function portOf(baseURL: string | undefined): number {
  return Number(new URL(baseURL!).port);
}

const host = 'Host: localhost\r\n';

/** Hand-picked malformed requests: label and the bytes as sent (latin1: one character, one byte). */
const handPicked: [string, string | Buffer][] = [
  ['request line without target and version', 'GET\r\n\r\n'],
  ['HTTP/0.9 request line', 'GET /\r\n\r\n'],
  ['request line with an extra word', `GET / HTTP/1.1 extra\r\n${host}\r\n`],
  ['space inside the target', `GET /a b HTTP/1.1\r\n${host}\r\n`],
  ['unknown HTTP version', `GET / HTTP/9.9\r\n${host}\r\n`],
  ['protocol that is not HTTP', `GET / HTTX/1.1\r\n${host}\r\n`],
  ['lower-case method', `get / HTTP/1.1\r\n${host}\r\n`],
  ['method with a character no token has', `G@T / HTTP/1.1\r\n${host}\r\n`],
  ['5,000-character method', `${'A'.repeat(5000)} / HTTP/1.1\r\n${host}\r\n`],
  ['HTTP/1.1 without Host', 'GET / HTTP/1.1\r\n\r\n'],
  ['header line without a colon', `GET / HTTP/1.1\r\n${host}NoColonHere\r\n\r\n`],
  ['header name with a space', `GET / HTTP/1.1\r\n${host}X Bad: 1\r\n\r\n`],
  ['64 KB header', `GET / HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`],
  ['3,000 headers', `GET / HTTP/1.1\r\n${host}${'X-Many: 1\r\n'.repeat(3000)}\r\n`],
  ['NUL in a header value', `GET / HTTP/1.1\r\n${host}X-Nul: a\u0000b\r\n\r\n`],
  ['bare CR in a header value', `GET / HTTP/1.1\r\n${host}X-Cr: a\rb\r\n\r\n`],
  ['control character in the target', `GET /a\u0001b HTTP/1.1\r\n${host}\r\n`],
  ['percent-escape %FF (no UTF-8) in the path', `GET /%FF HTTP/1.1\r\n${host}\r\n`],
  [
    'raw 0xFF 0xFE bytes in the path',
    Buffer.from([...Buffer.from('GET /'), 0xff, 0xfe, ...Buffer.from(` HTTP/1.1\r\n${host}\r\n`)]),
  ],
  [
    'overlong UTF-8 (0xC0 0xAE) in the path',
    Buffer.from([...Buffer.from('GET /artikel/'), 0xc0, 0xae, ...Buffer.from(` HTTP/1.1\r\n${host}\r\n`)]),
  ],
  ['absolute-form target', `GET http://evil.example/ HTTP/1.1\r\n${host}\r\n`],
  ['CONNECT to another host', 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n'],
  [
    'two different Content-Length headers',
    `POST / HTTP/1.1\r\n${host}Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello`,
  ],
  ['Content-Length that is no number', `POST / HTTP/1.1\r\n${host}Content-Length: abc\r\n\r\n`],
  [
    'Transfer-Encoding and Content-Length together',
    `POST / HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n`,
  ],
  [
    'chunked body with a broken chunk size',
    `POST / HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n`,
  ],
  [
    'chunked body on GET with a broken chunk size',
    `GET / HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\n5\r\nhello-too-long\r\n0\r\n\r\n`,
  ],
  [
    'Transfer-Encoding that does not end in chunked',
    `POST / HTTP/1.1\r\n${host}Transfer-Encoding: chunked, gzip\r\n\r\n`,
  ],
  ['body announced but cut short', `POST / HTTP/1.1\r\n${host}Content-Length: 100\r\n\r\nabc`],
  ['head cut short before the blank line', `GET / HTTP/1.1\r\n${host}X-Cut: 1\r\n`],
];

/** mulberry32: a small seeded generator, so the noise is the same bytes in every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bytes no token (method, header name) may contain: controls, separators, and non-ASCII; not `:`. */
const nonTokenBytes = [
  ...Array.from({ length: 32 }, (_, byte) => byte),
  ...[...'()<>@,;"/[]?={} '].map((character) => character.charCodeAt(0)),
  0x7f,
  0x80,
  0xc3,
  0xff,
];

/**
 * Seeded noise, each case malformed by construction: random bytes as a request line, a valid
 * request with bytes of its method or version replaced by ones no method or version has, a header
 * name with such a byte, oversized header blocks, and random bytes (no space, CR or LF) as the path.
 */
function noiseCases(seed: number, count: number): [string, Buffer][] {
  const random = seeded(seed);
  const int = (below: number) => Math.floor(random() * below);
  const pick = <T>(values: readonly T[]) => values[int(values.length)]!;
  const cases: [string, Buffer][] = [];
  for (let index = 0; index < count; index++) {
    const kind = index % 5;
    if (kind === 0) {
      const junk = Buffer.from(Array.from({ length: 1 + int(512) }, () => int(256)));
      cases.push([`noise ${index}: ${junk.length} random bytes`, Buffer.concat([junk, Buffer.from('\r\n\r\n')])]);
    } else if (kind === 1) {
      const line = Buffer.from('GET / HTTP/1.1');
      // Method (0–2) or version (6–13): a replaced byte there is never a valid request line.
      for (let times = 1 + int(3); times > 0; times--)
        line[pick([0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13])] = pick(nonTokenBytes);
      cases.push([
        `noise ${index}: request line ${JSON.stringify(line.toString('latin1'))}`,
        Buffer.concat([line, Buffer.from(`\r\n${host}\r\n`)]),
      ]);
    } else if (kind === 2) {
      const name = Buffer.from(`X-Noise-${index}`);
      name[1 + int(name.length - 1)] = pick(nonTokenBytes.filter((byte) => byte !== 0x0d && byte !== 0x0a));
      cases.push([
        `noise ${index}: header name ${JSON.stringify(name.toString('latin1'))}`,
        Buffer.concat([Buffer.from(`GET / HTTP/1.1\r\n${host}`), name, Buffer.from(': 1\r\n\r\n')]),
      ]);
    } else if (kind === 3) {
      // No page has such a path: 400 (it does not decode, or has bytes no path may have) or 404.
      const path = Buffer.from(
        Array.from({ length: 1 + int(200) }, () =>
          pick([...Array(256).keys()].filter((byte) => ![0x20, 0x0d, 0x0a].includes(byte))),
        ),
      );
      cases.push([
        `noise ${index}: ${path.length} random bytes as the path`,
        Buffer.concat([Buffer.from('GET /~'), path, Buffer.from(` HTTP/1.1\r\n${host}\r\n`)]),
      ]);
    } else {
      const size = 17 * 1024 + int(64 * 1024);
      cases.push([
        `noise ${index}: ${size}-byte header`,
        Buffer.from(`GET / HTTP/1.1\r\n${host}X-Noise: ${'n'.repeat(size)}\r\n\r\n`),
      ]);
    }
  }
  return cases;
}

function expectRefused(outcome: RawExchange, label: string): void {
  expect(outcome.timedOut, `${label}: neither answered nor closed within the bound`).toBe(false);
  if (outcome.status !== undefined) {
    expect(outcome.status, `${label}: status`).toBeGreaterThanOrEqual(400);
    expect(outcome.status, `${label}: status`).toBeLessThan(500);
  } else expect(outcome.closed, `${label}: no answer, so the connection must be closed`).toBe(true);
}

async function expectServing(port: number, label: string): Promise<void> {
  const response = await rawGet(port, '/');
  expect(response.status, `GET / after ${label}`).toBe(200);
}

test.describe('malformed requests (issue 17)', () => {
  test('hand-picked malformed requests are answered with a 4xx or closed, and the site answers after each', async ({
    baseURL,
  }) => {
    const port = portOf(baseURL);
    for (const [label, bytes] of handPicked) {
      expectRefused(await rawExchange(port, bytes), label);
      await expectServing(port, label);
    }
  });

  test('40 cases of seeded noise are answered with a 4xx or closed, and the site answers after each', async ({
    baseURL,
  }) => {
    const port = portOf(baseURL);
    for (const [label, bytes] of noiseCases(17, 40)) {
      expectRefused(await rawExchange(port, bytes), label);
      await expectServing(port, label);
    }
  });

  test('20 slowloris connections trickling their headers for 3 s do not hold up normal requests', async ({
    baseURL,
  }) => {
    const port = portOf(baseURL);
    // Each sends its request line, then one header byte every 150 ms for 3 s, then the end of the head.
    const trickles = Array.from({ length: 20 }, (_, index) =>
      rawExchange(
        port,
        [
          `GET / HTTP/1.1\r\n${host}X-Slow-${index}: `,
          ...Array.from({ length: 20 }, () => 'a'),
          '\r\nConnection: close\r\n\r\n',
        ],
        { gapMs: 150, waitMs: 10_000, boundMs: 30_000 },
      ),
    );
    const normal: number[] = [];
    const started = Date.now();
    while (Date.now() - started < 3_000) {
      for (const target of ['/', '/themen', '/robots.txt']) normal.push((await rawGet(port, target)).status);
    }
    expect(normal.length, 'normal requests completed during the trickle').toBeGreaterThanOrEqual(3);
    expect(
      normal.every((status) => status === 200),
      `statuses ${normal.join(', ')}`,
    ).toBe(true);
    // The trickled requests themselves are whole in the end and get their page.
    for (const outcome of await Promise.all(trickles)) {
      expect(outcome.timedOut).toBe(false);
      expect(outcome.status).toBe(200);
    }
  });
});
