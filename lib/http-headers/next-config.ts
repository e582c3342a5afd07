import { cacheControl, contentSecurityPolicyDirectives, hashedAssetsPath, securityHeaders } from './policy';

/** One entry of next.config's `headers()`, as Next.js expects it. */
export interface NextHeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

function headerList(headers: Record<string, string>): NextHeaderRule['headers'] {
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
}

/**
 * `next dev` evaluates code with eval (React's debugging aids) and styles its error overlay
 * inline; the production policy would block both.
 */
function developmentPolicy(): string {
  return contentSecurityPolicyDirectives
    .map((directive) => {
      if (directive.startsWith('script-src ')) return `${directive} 'unsafe-eval'`;
      if (directive.startsWith('style-src ')) return `${directive} 'unsafe-inline'`;
      return directive;
    })
    .join('; ');
}

/**
 * The headers `next start` sends: the security headers everywhere, Cache-Control everywhere but
 * under /_next/static, where Next.js itself sends `public, max-age=31536000, immutable` in
 * production and a revalidating value in `next dev` (its assets there keep their names).
 */
export function nextHeaderRules({ development = false } = {}): NextHeaderRule[] {
  const security = development
    ? { ...securityHeaders, 'Content-Security-Policy': developmentPolicy() }
    : securityHeaders;
  const assetsSegment = hashedAssetsPath.slice(1);
  return [
    { source: '/:path*', headers: headerList(security) },
    { source: `/:path((?!${assetsSegment}).*)`, headers: headerList({ 'Cache-Control': cacheControl.revalidate }) },
  ];
}
