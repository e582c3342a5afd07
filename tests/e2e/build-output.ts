import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

/**
 * What a production build (`next build`, Turbopack) says about its client JavaScript, read from
 * its own manifests rather than from a list of file names:
 *
 * - build-manifest.json `rootMainFiles`: the app router's runtime (React, React DOM, Next's
 *   router, Turbopack's chunk loader), loaded by every page; `polyfillFiles` only by browsers
 *   without ES modules (`<script nomodule>`).
 * - server/app/<route>/page_client-reference-manifest.js: per route, the entry chunks
 *   (`entryJSFiles`) its layouts and page load, and every client component they bring
 *   (`clientModules`, keyed by source path).
 *
 * The framework's shared chunks are the chunks every page route loads (runtime plus the entry
 * chunks all routes have in common), as far as a route whose client modules are all Next.js's own
 * (layout router, error boundaries, next/link) loads them too: then no code of ours or of any
 * other package can be in them. The framework floor is the gzipped size of the runtime plus the
 * entry chunks of Next's built-in `/_global-error` route, which has no layout or component of
 * ours: the JavaScript Next.js ships to an app without client code of its own.
 */
/** Gzipped size in bytes: node:zlib at its default level (6), which `next start` uses as well. */
export function gzippedSize(bytes: Buffer | string): number {
  return gzipSync(bytes).length;
}

interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
  clientModules: Record<string, { chunks: string[] }>;
}

export interface RouteClientCode {
  /** The route as Next names it, e.g. `/artikel/[slug]/page`. */
  route: string;
  /** URL paths (`/_next/static/chunks/….js`) of the chunks the route's HTML loads for its layouts and page. */
  entryChunks: string[];
  /** Source paths of the client components the route brings, e.g. `[project]/components/SiteSearch.tsx`. */
  clientModules: string[];
}

/** Client modules that belong to Next.js itself. */
export const isNextModule = (modulePath: string) => modulePath.startsWith('[project]/node_modules/next/');

/** Manifest paths (`static/chunks/x.js`) and URL paths (`/_next/static/chunks/x.js`) → URL paths. */
const chunkUrl = (file: string) => (file.startsWith('/_next/') ? file : `/_next/${file}`);

export class NextBuild {
  constructor(readonly distDir: string) {}

  private readJson<T>(file: string): T {
    return JSON.parse(readFileSync(path.join(this.distDir, file), 'utf8')) as T;
  }

  private buildManifest() {
    return this.readJson<{ rootMainFiles: string[]; polyfillFiles: string[] }>('build-manifest.json');
  }

  /** URL paths of the app router's runtime chunks that modern browsers load on every page. */
  runtimeChunks(): string[] {
    const { rootMainFiles, polyfillFiles } = this.buildManifest();
    return rootMainFiles.filter((file) => !polyfillFiles.includes(file)).map(chunkUrl);
  }

  /** URL paths of the scripts only browsers without ES modules load. */
  polyfillChunks(): string[] {
    return this.buildManifest().polyfillFiles.map(chunkUrl);
  }

  /** The file a chunk's URL path points at. */
  chunkFile(url: string): string {
    return path.join(this.distDir, url.replace(/^\/_next\//, ''));
  }

  /** The route Next prerendered a URL path from, e.g. `/artikel/x` → `/artikel/[slug]/page`. */
  routeOf(urlPath: string): string {
    const { routes } = this.readJson<{ routes: Record<string, { srcRoute: string | null }> }>(
      'prerender-manifest.json',
    );
    const entry = routes[urlPath];
    if (!entry) throw new Error(`${urlPath} is not a prerendered page of ${this.distDir}`);
    return `${entry.srcRoute ?? urlPath}/page`;
  }

  /** The prerendered pages of a route, e.g. `/artikel/[slug]/page` → every article path. */
  pagesOf(route: string): string[] {
    const { routes } = this.readJson<{ routes: Record<string, { srcRoute: string | null; dataRoute: string | null }> }>(
      'prerender-manifest.json',
    );
    return Object.entries(routes)
      .filter(([urlPath, entry]) => entry.dataRoute !== null && `${entry.srcRoute ?? urlPath}/page` === route)
      .map(([urlPath]) => urlPath);
  }

  /** The client code a route brings, from its client reference manifest. */
  clientCode(route: string): RouteClientCode {
    const file = path.join(this.distDir, 'server', 'app', `${route}_client-reference-manifest.js`);
    // The manifest is a script that assigns to globalThis.__RSC_MANIFEST[route].
    const context: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
    vm.runInNewContext(readFileSync(file, 'utf8'), context);
    const manifest = context.__RSC_MANIFEST?.[route];
    if (!manifest) throw new Error(`${file} describes no route ${route}`);
    return {
      route,
      entryChunks: [...new Set(Object.values(manifest.entryJSFiles).flat().map(chunkUrl))],
      clientModules: Object.keys(manifest.clientModules),
    };
  }

  /** Every page route of the build (from the client reference manifests next to the server code). */
  pageRoutes(): string[] {
    const appDir = path.join(this.distDir, 'server', 'app');
    return readdirSync(appDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('page_client-reference-manifest.js'))
      .map(
        (file) =>
          `/${file
            .split(path.sep)
            .join('/')
            .replace(/_client-reference-manifest\.js$/, '')}`,
      )
      .sort();
  }

  /** The chunks Next ships to an app without client code of its own: runtime + built-in /_global-error. */
  frameworkFloorChunks(): string[] {
    const globalError = this.clientCode('/_global-error/page');
    const foreign = globalError.clientModules.filter((modulePath) => !isNextModule(modulePath));
    if (foreign.length > 0)
      throw new Error(`/_global-error is expected to carry only Next.js modules, found ${foreign.join(', ')}`);
    return [...new Set([...this.runtimeChunks(), ...globalError.entryChunks])];
  }

  /** Gzipped bytes of the framework floor. */
  frameworkFloorBytes(): number {
    return this.frameworkFloorChunks().reduce((sum, url) => sum + gzippedSize(readFileSync(this.chunkFile(url))), 0);
  }

  /** The framework's shared chunks (see above); only the runtime if no route is free of client code of its own. */
  frameworkSharedChunks(): string[] {
    const runtime = this.runtimeChunks();
    // /_global-error is Next's stand-alone error page, without the layout every other route shares.
    const routes = this.pageRoutes()
      .filter((route) => route !== '/_global-error/page')
      .map((route) => this.clientCode(route));
    const frameworkOnly = routes.find((code) => code.clientModules.every(isNextModule));
    if (!frameworkOnly) return runtime;
    return [
      ...runtime,
      ...frameworkOnly.entryChunks.filter((chunk) => routes.every((code) => code.entryChunks.includes(chunk))),
    ];
  }
}
