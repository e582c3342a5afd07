import Link from 'next/link';
import { ressorts } from '@/lib/ressorts';
import { site } from '@/lib/site';
import { dataPath, ressortPath, timelinePath } from '@/lib/paths';

/** Masthead and main navigation: plain links that wrap on small screens, no JavaScript needed. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          {site.name}
          <span className="brand__tagline">{site.tagline}</span>
        </Link>
        <nav aria-label="Hauptnavigation">
          <ul className="nav-list">
            {ressorts.map((ressort) => (
              <li key={ressort.slug}>
                <Link href={ressortPath(ressort.slug)}>{ressort.name}</Link>
              </li>
            ))}
            <li>
              <Link href="/themen">Themen</Link>
            </li>
            <li>
              <Link href={dataPath}>Daten</Link>
            </li>
            <li>
              <Link href={timelinePath}>Zeitleiste</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
