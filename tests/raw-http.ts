import { connect, createServer } from 'node:net';

/** One HTTP/1.1 response as it came over the wire. */
export interface RawResponse {
  status: number;
  /** Lower-case header names; a header sent twice keeps every value. */
  headers: Record<string, string[]>;
  /** The first value of a header, or undefined. */
  header(name: string): string | undefined;
  body: string;
}

/** Joins the chunks of a `Transfer-Encoding: chunked` body. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < body.length) {
    const lineEnd = body.indexOf('\r\n', offset);
    if (lineEnd === -1) break;
    const size = Number.parseInt(body.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function parseResponse(bytes: Buffer): RawResponse {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd === -1) throw new Error(`no complete HTTP response: ${JSON.stringify(bytes.toString('latin1'))}`);
  const [statusLine, ...headerLines] = bytes.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0);
  const headers: Record<string, string[]> = {};
  for (const line of headerLines) {
    const separator = line.indexOf(':');
    const name = line.slice(0, separator).trim().toLowerCase();
    (headers[name] ??= []).push(line.slice(separator + 1).trim());
  }
  const rawBody = bytes.subarray(headEnd + 4);
  const body = headers['transfer-encoding']?.includes('chunked') ? dechunk(rawBody) : rawBody;
  return { status, headers, header: (name) => headers[name.toLowerCase()]?.[0], body: body.toString('utf8') };
}

/**
 * Sends `head` byte for byte over a fresh TCP connection and reads the answer until the server
 * closes it. Playwright, fetch and node:http all normalise or refuse what these tests need to
 * send: `..` segments, `*` and absolute-form targets, TRACE, two Host headers. Write the request
 * line and headers without the final blank line; `Connection: close` is added when missing.
 */
export function rawHttp(port: number, head: string, { timeoutMs = 15_000 } = {}): Promise<RawResponse> {
  const lines = head.split(/\r?\n/).filter((line) => line !== '');
  if (!lines.some((line) => /^connection:/i.test(line))) lines.push('Connection: close');
  const request = `${lines.join('\r\n')}\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(lines[0])}`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(request, 'latin1'));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      // A server that answers and then resets is still an answer.
      if (chunks.length > 0) resolve(parseResponse(Buffer.concat(chunks)));
      else reject(error);
    });
    socket.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(parseResponse(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** A GET request line plus Host, the usual case. */
export function rawGet(port: number, target: string, extraHeaders: string[] = []): Promise<RawResponse> {
  return rawHttp(port, [`GET ${target} HTTP/1.1`, 'Host: localhost', ...extraHeaders].join('\r\n'));
}

/** What came back for bytes sent by rawExchange. */
export interface RawExchange {
  /** The status of the first answer, or undefined when none came. */
  status: number | undefined;
  /** True when the server closed (or reset) the connection. */
  closed: boolean;
  /** True when nothing happened within the bound: no answer and the connection still open. */
  timedOut: boolean;
  /** True when the client had to end its side before the server answered or closed. */
  halfClosed: boolean;
  /** Everything the server sent. */
  bytes: Buffer;
}

/**
 * Sends arbitrary bytes, malformed HTTP included, over a fresh loopback connection and waits for
 * the first thing that tells what the server made of them: the status line of an answer, or the
 * connection closed. A server that waits for more (a request cut short, a body announced but not
 * sent) gets `waitMs` before the client ends its side, as a client that has nothing more to send
 * would; then `boundMs` in all for an answer or the close. `chunks` with `gapMs` trickle the
 * request in pieces.
 */
export function rawExchange(
  port: number,
  request: Buffer | string | (Buffer | string)[],
  { waitMs = 2_000, boundMs = 10_000, gapMs = 0 } = {},
): Promise<RawExchange> {
  const pieces = (Array.isArray(request) ? request : [request]).map((piece) =>
    typeof piece === 'string' ? Buffer.from(piece, 'latin1') : piece,
  );
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const received: Buffer[] = [];
    let halfClosed = false;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const statusOf = () => {
      const text = Buffer.concat(received).toString('latin1');
      const match = /^HTTP\/\d\.\d (\d{3})[^\r\n]*\r\n/.exec(text);
      return match ? Number(match[1]) : undefined;
    };
    const finish = (closed: boolean, timedOut = false) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      socket.destroy();
      resolve({ status: statusOf(), closed, timedOut, halfClosed, bytes: Buffer.concat(received) });
    };
    socket.on('connect', async () => {
      for (const [index, piece] of pieces.entries()) {
        if (settled) return;
        if (index > 0 && gapMs > 0) await new Promise((wake) => setTimeout(wake, gapMs));
        if (!socket.writable) return;
        socket.write(piece);
      }
      timers.push(
        setTimeout(() => {
          if (settled || !socket.writable) return;
          halfClosed = true;
          socket.end();
        }, waitMs),
      );
    });
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      // An answer's head is enough: what matters is that one came and which status it has.
      if (statusOf() !== undefined) finish(false);
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    timers.push(setTimeout(() => finish(false, true), boundMs));
  });
}

/** A free TCP port on loopback, for a server a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
