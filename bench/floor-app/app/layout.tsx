import Link from 'next/link';
import type { ReactNode } from 'react';
import { floorData } from '../data';
// The project's stylesheet, so both builds process the same CSS.
import '../../../app/globals.css';

export const metadata = { title: { default: 'Floor', template: '%s | Floor' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <header className="site-header">
          <Link href="/">Floor</Link>
          <nav>
            <ul>
              {floorData().ressorts.map((ressort) => (
                <li key={ressort.slug}>
                  <Link href={`/ressorts/${ressort.slug}`}>{ressort.name}</Link>
                </li>
              ))}
              <li>
                <Link href="/themen">Themen</Link>
              </li>
              <li>
                <Link href="/archiv">Archiv</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="inhalt">{children}</main>
        <footer className="site-footer">Floor</footer>
      </body>
    </html>
  );
}
