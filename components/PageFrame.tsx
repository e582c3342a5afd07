import type { ReactNode } from 'react';
import { pageIds } from '@/lib/page-ids';
import { SiteFooter } from './SiteFooter';
import { SiteHeader, type NavCurrent } from './SiteHeader';

/**
 * Skip link, masthead, `<main>` and footer of every page. Each section of the site renders it from
 * its own layout.tsx and names its place in the navigation (`current`), so the header can mark it
 * (aria-current) while every page stays static: no pathname lookup, no script in the browser.
 */
export function PageFrame({ current, children }: { current?: NavCurrent; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href={`#${pageIds.main}`}>
        Zum Inhalt springen
      </a>
      <SiteHeader current={current} />
      <main id={pageIds.main} tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
