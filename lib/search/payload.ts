/**
 * How the search index travels: as gzip files, compressed once at build time and unpacked by the
 * browser. `next start` compresses every compressible answer anew on each request; for an index of
 * megabytes that cost 160 ms of CPU per request and, under load, held other answers past their
 * timeout (docs/BENCHMARKS.md). An answer that is gzip already is sent as it is by `next start` and
 * by every static host, since no server compresses `application/gzip` again. Browser-safe: no Node
 * imports (the packing is in build.ts).
 */
export const searchIndexContentType = 'application/gzip';

/** The first two bytes of every gzip stream (RFC 1952). */
const gzipMagic = [0x1f, 0x8b] as const;

/**
 * The JSON content of one index file (/suchindex/…) from its bytes. A host that labels the file
 * `Content-Encoding: gzip` makes the browser unpack it already; then the bytes are the JSON itself.
 */
export async function readSearchIndexFile(bytes: ArrayBuffer): Promise<unknown> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const packed = head[0] === gzipMagic[0] && head[1] === gzipMagic[1];
  const text = packed
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as unknown;
}
