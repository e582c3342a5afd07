import type { Metadata } from 'next';
import Link from 'next/link';
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
          <Link href={homePath}>Zur Startseite mit den neuesten Artikeln</Link>
        </li>
        <li>
          <Link href={topicsPath}>Alle Themen im Überblick</Link>
        </li>
        <li>
          <Link href={archivePath}>Das Archiv: alle Artikel nach Monaten</Link>
        </li>
        {ressorts.map((ressort) => (
          <li key={ressort.slug}>
            <Link href={ressortPath(ressort.slug)}>Ressort {ressort.name}</Link>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
