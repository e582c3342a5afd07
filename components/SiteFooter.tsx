import Link from 'next/link';
import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {site.name} – {site.tagline}. Ein unabhängiges Angebot, nicht mit Xiaomi verbunden.
      </p>
      <nav aria-label="Rechtliches">
        <ul className="footer-links">
          <li>
            <Link href="/impressum">Impressum</Link>
          </li>
          <li>
            <Link href="/datenschutz">Datenschutz</Link>
          </li>
          <li>
            <Link href="/themen">Alle Themen</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
