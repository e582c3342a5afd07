import { SiteLink } from '@/components/SiteLink';
import { archivePath, dataPath, imprintPath, newsroomPath, privacyPath, timelinePath, topicsPath } from '@/lib/paths';
import { site } from '@/lib/site';
import styles from './SiteFooter.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.about}>
          <strong>{site.name}</strong> – {site.tagline}. Ein unabhängiges Angebot, nicht mit Xiaomi verbunden.
        </p>
        <nav aria-label="Fußzeile" className="footer-nav">
          <ul className={styles.links}>
            <li>
              <SiteLink href={archivePath}>Archiv</SiteLink>
            </li>
            <li>
              <SiteLink href={topicsPath}>Alle Themen</SiteLink>
            </li>
            <li>
              <SiteLink href={dataPath}>Daten</SiteLink>
            </li>
            <li>
              <SiteLink href={timelinePath}>Zeitleiste</SiteLink>
            </li>
            <li>
              {/* The newsroom page names everyone who writes, each with a link to their author page. */}
              <SiteLink href={newsroomPath}>Redaktion</SiteLink>
            </li>
            <li>
              <SiteLink href={imprintPath}>Impressum</SiteLink>
            </li>
            <li>
              <SiteLink href={privacyPath}>Datenschutz</SiteLink>
            </li>
          </ul>
          {/* Feeds are files, not pages: plain links, typed so browsers and extensions recognise them. */}
          <p className={styles.feeds}>
            <span>Feeds:</span>
            <a href={site.feeds.rss} type="application/rss+xml">
              RSS
            </a>
            <a href={site.feeds.atom} type="application/atom+xml">
              Atom
            </a>
            <a href={site.feeds.json} type="application/feed+json">
              JSON Feed
            </a>
          </p>
        </nav>
      </div>
    </footer>
  );
}
