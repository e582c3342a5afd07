import { SiteLink } from '@/components/SiteLink';
import type { Crumb } from '@/lib/breadcrumbs';
import styles from './Breadcrumbs.module.css';

/** The visible trail (Start › Ressort › Artikel); the same crumbs feed the BreadcrumbList JSON-LD. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label="Brotkrumen" className={styles.breadcrumbs}>
      <ol>
        {trail.map((crumb, index) => (
          <li key={crumb.path}>
            <SiteLink href={crumb.path} aria-current={index === trail.length - 1 ? 'page' : undefined}>
              {crumb.name}
            </SiteLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
