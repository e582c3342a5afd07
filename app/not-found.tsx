import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { PageFrame } from '@/components/PageFrame';
import { PageIntro } from '@/components/PageIntro';
import { ressorts } from '@/lib/ressorts';
import { archivePath, homePath, ressortPath, topicsPath } from '@/lib/paths';

// Next marks not-found responses `noindex` itself; a second robots tag would contradict it.
export const metadata: Metadata = { title: 'Seite nicht gefunden' };

export default function NotFound() {
  // Rendered in the root layout, outside every section's: it brings the page frame itself.
  return (
    <PageFrame>
      <PageIntro eyebrow="Fehler 404" title="Diese Seite gibt es nicht">
        <p>Vielleicht wurde der Artikel umbenannt, oder in der Adresse steckt ein Tippfehler.</p>
      </PageIntro>
      <p>So geht es weiter:</p>
      <ul className="link-list">
        <li>
          <SiteLink href={homePath}>Zur Startseite mit den neuesten Artikeln</SiteLink>
        </li>
        <li>
          <SiteLink href={topicsPath}>Alle Themen im Überblick</SiteLink>
        </li>
        <li>
          <SiteLink href={archivePath}>Das Archiv: alle Artikel nach Monaten</SiteLink>
        </li>
        {ressorts.map((ressort) => (
          <li key={ressort.slug}>
            <SiteLink href={ressortPath(ressort.slug)}>Ressort {ressort.name}</SiteLink>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
