import { type NextRequest, NextResponse } from 'next/server';
import { answerForOddRequest } from './lib/http-headers/odd-requests';

/**
 * Runs before every request of `next start` (not in the static export, where the host answers).
 * It stands in for two gaps of Next.js 16 (vercel/next.js#92141, #94278): a POST to a file under
 * /_next/static and a malformed percent-escape in the path end in 500, and a POST to a page is
 * answered with the page. A static site answers GET and HEAD only.
 *
 * The production server (`npm start`, scripts/serve-next.mjs) gives the same answers before Next
 * sees the request and marks every request it passes on with `x-request-guard`; the matcher skips
 * those, so the proxy costs nothing measurable there (it took 39–45 % of the throughput of /robots.txt, issue 17). It
 * still runs under a plain `next start`. The header name is the guard's `checkedHeader` (Next reads
 * this config statically, so it cannot be imported; tests/unit/next-request-guard.test.ts compares).
 */
export function proxy(request: NextRequest): NextResponse {
  const answer = answerForOddRequest(request.method, request.nextUrl.pathname);
  if (!answer) return NextResponse.next();
  return new NextResponse(answer.body, { status: answer.status, headers: answer.headers });
}

export const config = {
  matcher: [{ source: '/:path*', missing: [{ type: 'header', key: 'x-request-guard' }] }],
};
