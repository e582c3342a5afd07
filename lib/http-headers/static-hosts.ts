import {
  cacheControl,
  contentTypeRoutes,
  errorCacheControl,
  hashedAssetsPath,
  maxRequestTargetLength,
  securityHeaders,
  strictTransportSecurity,
} from './policy';

/**
 * The policy of ./policy.ts in the two forms static hosting needs: a `_headers` file (Netlify,
 * Cloudflare Pages and others with that format) and the nginx example. scripts/write-headers.ts
 * writes both; a unit test fails when the committed files differ from what is written here.
 */

const generatedNote = 'Written by `npm run write:headers` from lib/http-headers/ – change the headers there, not here.';

/** Header lines of a `_headers` rule, indented as the format wants. */
function headerLines(headers: Record<string, string>): string[] {
  return Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
}

/** The host's own Cache-Control, which both Netlify and Cloudflare Pages send for every file. */
export const staticHostDefaultCacheControl = cacheControl.revalidate;

/**
 * `public/_headers`, copied into out/ by the export. Hosts join the values of a header named in
 * two rules that match the same path ("a, b"), so no header appears in two overlapping rules:
 * Cache-Control is set for the hashed assets only, everything else keeps the host's default,
 * which is the revalidating value `next start` sends.
 */
export function headersFile(): string {
  const [hstsName, hstsValue] = Object.entries(strictTransportSecurity)[0]!;
  const lines = [
    '# Response headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    `# ${generatedNote}`,
    `# Paths without a Cache-Control rule keep the hosts' default "${staticHostDefaultCacheControl}".`,
    '# On a domain served over HTTPS only, also send in the first rule:',
    `#   ${hstsName}: ${hstsValue}`,
    '',
    '/*',
    ...headerLines(securityHeaders),
    '',
    `${hashedAssetsPath}*`,
    ...headerLines({ 'Cache-Control': cacheControl.immutable }),
    ...contentTypeRoutes.flatMap(({ path, contentType }) => [
      '',
      path,
      ...headerLines({ 'Content-Type': contentType }),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

/** An nginx string argument in double quotes (no value here contains a quote or backslash). */
function quoted(value: string): string {
  if (/["\\]/.test(value)) throw new Error(`nginx: Wert mit Anführungszeichen oder Backslash: ${value}`);
  return `"${value}"`;
}

/** An nginx location for a `_headers` path: exact, or a regex where `:name` stands for one segment. */
function nginxLocation(path: string): string {
  if (!path.includes(':')) return `location = ${path}`;
  const pattern = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `location ~ ^${pattern}$`;
}

/** The nginx variable holding each answer's Cache-Control, and the one for successful answers by path. */
const cacheControlVariable = '$static_export_cache_control';
const assetCacheControlVariable = '$static_export_asset_cache_control';

/**
 * deploy/nginx.conf: a `map` and a server block for out/, included at http level. nginx drops
 * every add_header of the server block in a location that has an add_header of its own, so all
 * headers are set once on the server and no location adds any; the Cache-Control value comes
 * from the map instead.
 */
export function nginxConfig(): string {
  const addHeader = (name: string, value: string) => `    add_header ${name} ${value} always;`;
  const [hstsName, hstsValue] = Object.entries(strictTransportSecurity)[0]!;
  const lines = [
    '# Example nginx configuration for the static export (`npm run build:export` → out/): a map and',
    '# a server block, to be included at http level (e.g. from /etc/nginx/conf.d/). See docs/deploy.md.',
    `# ${generatedNote}`,
    '# The benchmark serves out/ with exactly this file, replacing only the `listen` and `root` lines.',
    '',
    '# Hashed build assets never change under their name; pages, feeds and sitemaps change with a build.',
    '# An error answer (a missing asset included) and a redirect are never kept.',
    `map $uri ${assetCacheControlVariable} {`,
    `    ~^${hashedAssetsPath} ${quoted(cacheControl.immutable)};`,
    `    default ${quoted(cacheControl.revalidate)};`,
    '}',
    `map $status ${cacheControlVariable} {`,
    `    ~^(200|206|304)$ ${assetCacheControlVariable};`,
    `    ~^3 ${quoted(cacheControl.revalidate)};`,
    `    default ${quoted(errorCacheControl)};`,
    '}',
    '',
    'server {',
    '    listen 80;',
    '    server_name xiaomi-im-blick.example;',
    '    root /srv/xiaomi-im-blick/out;',
    '    server_tokens off;',
    '    charset utf-8;',
    '',
    '    # With every answer, 404 included (always). No location below may have an add_header of its',
    '    # own: nginx would drop all of these there.',
    ...Object.entries(securityHeaders).map(([name, value]) => addHeader(name, quoted(value))),
    addHeader('Cache-Control', cacheControlVariable),
    '    # On a domain served over HTTPS only (port 80 just redirects there), also:',
    `    # ${addHeader(hstsName, quoted(hstsValue)).trim()}`,
    '',
    `    # No address of the site is longer than a few hundred characters (docs/security.md, "Anfragen").`,
    `    if ($request_uri ~ "^.{${maxRequestTargetLength + 1}}") {`,
    '        return 414;',
    '    }',
    '',
    '    # Clean URLs as Next.js writes them: /artikel/slug → artikel/slug.html.',
    '    location / {',
    '        try_files $uri $uri.html $uri/index.html =404;',
    '    }',
    '',
    '    # The files behind the clean URLs are no addresses of their own (/themen.html, /index.html,',
    '    # /index would duplicate /themen and /); the 404 page reaches them internally.',
    '    location ~ \\.html$ {',
    '        internal;',
    '    }',
    '    location = /index {',
    '        return 404;',
    '    }',
    '',
    '    # Feeds and the search index: by their extension alone nginx would call them text/xml,',
    '    # application/json or application/octet-stream.',
    ...contentTypeRoutes.flatMap(({ path, contentType }) => [
      `    ${nginxLocation(path)} {`,
      '        types { }',
      `        default_type ${quoted(contentType)};`,
      '    }',
    ]),
    '',
    '    # The header file for Netlify and Cloudflare Pages (out/_headers) is no page of the site.',
    '    location = /_headers {',
    '        return 404;',
    '    }',
    '',
    '    error_page 404 /404.html;',
    '',
    '    gzip on;',
    '    gzip_types text/css application/javascript application/json application/xml application/rss+xml',
    '               application/atom+xml application/feed+json image/svg+xml text/plain text/x-component;',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** Each generated file by its path in the repository. */
export function generatedHeaderFiles(): Record<string, string> {
  return { 'public/_headers': headersFile(), 'deploy/nginx.conf': nginxConfig() };
}
