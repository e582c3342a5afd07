import { SiteLink } from '@/components/SiteLink';
import { gap, pageLinks } from '@/lib/pagination';
import { pagedPath } from '@/lib/paths';
import styles from './Pagination.module.css';

/**
 * Numbered page links with previous/next for a paged listing: plain links, so paging works
 * without JavaScript. Nothing is rendered for a listing that fits on one page.
 */
export function Pagination({ listingPath, page }: { listingPath: string; page: { number: number; count: number } }) {
  if (page.count <= 1) return null;
  const href = (number: number) => pagedPath(listingPath, number);
  return (
    <nav aria-label="Seitennavigation" className={styles.pagination}>
      <p className={styles.status}>
        Seite {page.number} von {page.count}
      </p>
      <ul className={styles.list}>
        {page.number > 1 && (
          <li className={styles.step}>
            <SiteLink href={href(page.number - 1)} rel="prev">
              <span aria-hidden="true">‹</span>
              Vorherige Seite
            </SiteLink>
          </li>
        )}
        {pageLinks(page.number, page.count).map((link, index) =>
          link === gap ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link}>
              <SiteLink
                href={href(link)}
                className={styles.number}
                aria-label={`Seite ${link}`}
                aria-current={link === page.number ? 'page' : undefined}
              >
                {link}
              </SiteLink>
            </li>
          ),
        )}
        {page.number < page.count && (
          <li className={styles.step}>
            <SiteLink href={href(page.number + 1)} rel="next">
              Nächste Seite
              <span aria-hidden="true">›</span>
            </SiteLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
