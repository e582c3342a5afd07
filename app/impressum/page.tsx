import Link from 'next/link';
import { PageIntro } from '@/components/PageIntro';
import { pageMetadata } from '@/lib/seo/metadata';
import { imprintPath, newsroomPath } from '@/lib/paths';
import { site } from '@/lib/site';

export const metadata = pageMetadata({
  title: 'Impressum',
  description: `Impressum von ${site.name}: Anbieter und Verantwortliche.`,
  path: imprintPath,
});

/** Operator data is not known yet: the placeholders are marked so nobody mistakes them for real data. */
export default function ImprintPage() {
  return (
    <div className="legal">
      <PageIntro title="Impressum" />
      <p className="placeholder-note" role="note">
        <strong>Platzhalter:</strong> Die Angaben zum Betreiber werden vor dem Start eingetragen. Alle Felder in eckigen
        Klammern sind noch nicht ausgefüllt.
      </p>
      <h2>Angaben gemäß § 5 DDG</h2>
      <p>
        [Name des Betreibers]
        <br />
        [Straße und Hausnummer]
        <br />
        [Postleitzahl und Ort]
      </p>
      <h2>Kontakt</h2>
      <p>E-Mail: [E-Mail-Adresse]</p>
      <h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>
      <p>[Name und Anschrift der verantwortlichen Person]</p>
      <h2>Unabhängigkeit</h2>
      <p>
        {site.name} ist ein unabhängiges Angebot. Es steht in keiner geschäftlichen Verbindung zu Xiaomi oder den
        Unternehmen, über die es berichtet.
      </p>
      <h2>Quellen und Korrekturen</h2>
      <p>
        Jeder Artikel nennt seine Quellen. Fehler korrigieren wir offen und vermerken die Korrektur am Artikel. Hinweise
        bitte an die oben genannte Adresse.
      </p>
      <p>
        Wer für {site.name} schreibt und wie Korrekturen ablaufen, steht auf der Seite{' '}
        <Link href={newsroomPath}>Redaktion</Link>.
      </p>
    </div>
  );
}
