import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * Share cards survive from one build to the next: rendering one with next/og (Satori and resvg) is the
 * largest single cost of a build (docs/BENCHMARKS.md, "Build"), and most cards do not change between
 * builds. A card is keyed by what it shows: the element tree it resolves to (every text, style and
 * the embedded brand mark), the fonts' bytes, the image options and the renderer's version. Any change
 * to the design, the article or the fonts makes a new key, so a stale card is never served.
 */

/** Entries not used for this long are removed (once per process), so the folder does not grow forever. */
const unusedFor = 30 * 24 * 60 * 60 * 1000;

/**
 * The cache folder: inside Next's own cache folder of the build (`.next/cache`, or NEXT_DIST_DIR's),
 * which CI can keep between runs like Next's other caches.
 */
export function shareImageCacheDir(): string {
  return path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    process.env.NEXT_DIST_DIR || '.next',
    'cache',
    'share-images',
  );
}

/**
 * The host elements (div, span, img …) a tree of function components renders to, as plain data.
 * The share cards are pure functions of their props (no hooks, no context), so calling them is
 * exactly what Satori does.
 */
export function resolvedTree(node: ReactNode): unknown {
  if (Array.isArray(node)) return node.map(resolvedTree);
  if (!isValidElement(node)) return node ?? null;
  const { type, props } = node as ReactElement<Record<string, unknown>>;
  if (typeof type === 'function') return resolvedTree((type as (props: unknown) => ReactNode)(props));
  const { children, ...rest } = props;
  return {
    type: (type as unknown) === Fragment ? 'fragment' : type,
    props: rest,
    children: resolvedTree(children as ReactNode),
  };
}

const rendererVersion = (
  createRequire(import.meta.url)(/*turbopackIgnore: true*/ 'next/package.json') as {
    version: string;
  }
).version;

/** The key of a card: a hash of everything that decides its pixels. */
export function shareImageKey(
  element: ReactNode,
  options: object,
  fonts: readonly { data: ArrayBuffer | Uint8Array }[],
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ tree: resolvedTree(element), options, rendererVersion }));
  for (const font of fonts) hash.update(new Uint8Array(font.data));
  return hash.digest('hex').slice(0, 32);
}

let pruned: Promise<void> | undefined;

/** Removes entries unused for 30 days; errors only cost a cache miss, never a build. */
function pruneOnce(directory: string): Promise<void> {
  pruned ??= (async () => {
    const now = Date.now();
    for (const name of await readdir(directory).catch(() => [])) {
      const file = path.join(directory, name);
      const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
      if (now - mtimeMs > unusedFor) await rm(file, { force: true }).catch(() => {});
    }
  })();
  return pruned;
}

/**
 * The PNG for `key` from the cache, or rendered by `render` and stored. A hit marks the entry as used.
 * Writes go to a temporary file first: build workers render in parallel, and a half-written entry
 * must never be read.
 */
export async function cachedPng(
  key: string,
  render: () => Promise<ArrayBuffer>,
  directory: string = shareImageCacheDir(),
): Promise<Uint8Array<ArrayBuffer>> {
  await pruneOnce(directory);
  const file = path.join(directory, `${key}.png`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) {
    const now = new Date();
    await utimes(file, now, now).catch(() => {});
    return new Uint8Array(hit.buffer.slice(hit.byteOffset, hit.byteOffset + hit.byteLength) as ArrayBuffer);
  }
  const png = new Uint8Array(await render());
  try {
    await mkdir(directory, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch {
    // A read-only or full disk costs the next build a render, nothing more.
  }
  return png;
}

/** Test hook: lets a test run the pruning again in the same process. */
export function forgetPruning(): void {
  pruned = undefined;
}
