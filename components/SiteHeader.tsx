import { SiteLink } from '@/components/SiteLink';
import { archivePath, dataPath, homePath, ressortPath, searchPath, timelinePath, topicsPath } from '@/lib/paths';
import { ressorts } from '@/lib/ressorts';
import { site } from '@/lib/site';
import styles from './SiteHeader.module.css';

interface NavItem {
  href: string;
  label: string;
  search?: true;
}

/**
 * Where the page belongs in the navigation: the link to `path` is marked with `aria-current="page"`, on that
 * address, its later pages and the pages within it (a topic under Themen, an article under its ressort), as
 * readers of news sites expect the section they are in to be marked.
 */
export interface NavCurrent {
  path: string;
}

const sections: readonly NavItem[] = [
  { href: topicsPath, label: 'Themen' },
  { href: archivePath, label: 'Archiv' },
  { href: dataPath, label: 'Daten' },
  { href: timelinePath, label: 'Zeitleiste' },
  { href: searchPath, label: 'Suche', search: true },
];

/**
 * Masthead and main navigation without JavaScript: on small screens the links sit behind a
 * <details> menu button (keyboard and screen readers get a real, labelled disclosure for free);
 * on wide screens CSS shows them as a plain row and hides the button (see SiteHeader.module.css).
 */
export function SiteHeader({ current }: { current?: NavCurrent }) {
  const mark = (href: string) =>
    current?.path === href ? { 'aria-current': 'page' as const, className: styles.current } : {};
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <SiteLink href={homePath} className={styles.brand}>
          <span className={styles.name}>{site.name}</span>
          <span className={styles.tagline}>{site.tagline}</span>
        </SiteLink>
        <details className={`menu ${styles.menu}`}>
          <summary className={`menu__button ${styles.button}`}>
            <svg
              className={styles.icon}
              viewBox="0 0 24 24"
              width="20"
              height="20"
              aria-hidden="true"
              focusable="false"
            >
              <path className={styles.iconOpen} d="M3 6h18M3 12h18M3 18h18" />
              <path className={styles.iconClose} d="M5 5l14 14M19 5L5 19" />
            </svg>
            Menü
          </summary>
          <nav aria-label="Hauptnavigation" className={styles.nav}>
            <ul className={styles.list} aria-label="Ressorts">
              {ressorts.map((ressort) => (
                <li key={ressort.slug}>
                  <SiteLink href={ressortPath(ressort.slug)} {...mark(ressortPath(ressort.slug))}>
                    {ressort.name}
                  </SiteLink>
                </li>
              ))}
            </ul>
            <ul className={`${styles.list} ${styles.listMore}`}>
              {sections.map((item) => (
                <li key={item.href}>
                  <SiteLink href={item.href} {...mark(item.href)}>
                    {item.search && (
                      <svg
                        className={styles.searchIcon}
                        viewBox="0 0 24 24"
                        width="16"
                        height="16"
                        aria-hidden="true"
                        focusable="false"
                      >
                        <circle cx="10.5" cy="10.5" r="6.5" />
                        <path d="M15.5 15.5L21 21" />
                      </svg>
                    )}
                    {item.label}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </nav>
        </details>
      </div>
    </header>
  );
}
