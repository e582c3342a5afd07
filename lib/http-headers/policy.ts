import { feedContentTypes } from '../syndication/feed-content-types';
import { searchIndexFilePath, topicFeedPath } from '../paths';
import { searchIndexContentType } from '../search/payload';
import { site } from '../site';

/**
 * The site's response headers in one place. next.config.ts sends them with `next start`;
 * scripts/write-headers.ts writes them for static hosts (public/_headers) and into the nginx
 * example (deploy/nginx.conf). docs/security.md, section "Header", explains every value.
 */

/**
 * Content-Security-Policy, one directive a line. Prerendered Next.js pages carry inline
 * bootstrap scripts (self.__next_f.push …) that differ per page, so neither a per-request nonce
 * nor a single hash can allow them: script-src needs 'unsafe-inline'. Everything else is as
 * narrow as the pages allow: nothing from other origins, no plugins, no frames.
 */
export const contentSecurityPolicyDirectives = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "script-src-attr 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

export const contentSecurityPolicy = contentSecurityPolicyDirectives.join('; ');

/** Browser features a news site never uses, switched off for the page and anything it embeds. */
const disabledFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Sent with every response, whatever its path or status. */
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': disabledFeatures.map((feature) => `${feature}=()`).join(', '),
  // For browsers without frame-ancestors; the CSP directive wins where both are known.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/**
 * Only for deployments served over HTTPS alone (documented, not sent by default): over plain
 * HTTP browsers ignore it, and on a domain that still needs HTTP it would lock readers out.
 */
export const strictTransportSecurity = { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } as const;

export const cacheControl = {
  /** Hashed build assets: a new build gives them new names, so a copy never goes stale. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, feeds, sitemaps, images: change with any build under the same address. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** Error answers (a 404 under /_next/static/ included) are never kept; what `next start` sends with its 404. */
export const errorCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate';

/** Where Next.js puts its hashed build assets (scripts, styles, fonts). */
export const hashedAssetsPath = '/_next/static/';

/**
 * Paths whose file extension does not tell a static host the right media type (.xml alone
 * would be text/xml, .json application/json, .gz is unknown to nginx). `:tag` and `:file` stand for one path segment.
 */
export const contentTypeRoutes = [
  { path: site.feeds.rss, contentType: feedContentTypes.rss },
  { path: topicFeedPath(':tag'), contentType: feedContentTypes.rss },
  { path: site.feeds.atom, contentType: feedContentTypes.atom },
  { path: site.feeds.json, contentType: feedContentTypes.json },
  { path: searchIndexFilePath(':file'), contentType: searchIndexContentType },
] as const;

/**
 * The longest request target (path and query, in bytes as sent) the site answers; longer ones get
 * 414 before any other work (issue 19: 7,000 query parameters blocked `next start` for seconds).
 * The site's own longest address is far below 300 characters; 4 KB leaves room for a long search
 * query. scripts/next-request-guard.mjs (the production server) has the same value, checked by a
 * unit test; deploy/nginx.conf gets it from here.
 */
export const maxRequestTargetLength = 4096;

/** The only methods a static site answers; anything else gets 405 with an Allow header. */
export const allowedMethods = ['GET', 'HEAD'] as const;
