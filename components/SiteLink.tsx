import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Every link within the site: Next's `<Link>` (a click renders the next page in the browser, from
 * one request for its React payload) without prefetching. By default `<Link>` fetches the payload
 * of every link that scrolls into view: on the home page 20–60 KB per article teaser, ≈ 260 KB
 * unpacked on a wide screen before the reader clicks anything. Prefetching on hover instead would
 * need a client component of ours (Next's `prefetch={false}` also ends hover prefetching), and the
 * reading pages have none. docs/BENCHMARKS.md, "Prefetch", has the numbers; eslint.config.mjs
 * keeps `next/link` out of every other module.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
