import { SiteLink } from '@/components/SiteLink';
import { EmailAddress, IncompleteDetailsNote, PostalAddressLines } from '@/components/LegalDetails';
import { PageIntro } from '@/components/PageIntro';
import { getOperator } from '@/lib/content/catalog';
import { pageMetadata } from '@/lib/seo/metadata';
import { imprintPath, newsroomPath } from '@/lib/paths';
import { site } from '@/lib/site';

export const metadata = pageMetadata({
  title: 'Impressum',
  description: `Impressum von ${site.name}: Anbieter und Verantwortliche.`,
  path: imprintPath,
});

/** The operator details come from content/betreiber.yaml; while placeholders remain, the page says so. */
export default function ImprintPage() {
  const operator = getOperator();
  return (
    <div className="legal">
      <PageIntro title="Impressum" />
      <IncompleteDetailsNote operator={operator} />
      <h2>Angaben gemäß § 5 DDG</h2>
      <p>
        {operator.name}
        <br />
        <PostalAddressLines address={operator.address} />
      </p>
      {operator.representative && <p>Vertreten durch: {operator.representative}</p>}
      {operator.register && (
        <p>
          Registergericht: {operator.register.court}
          <br />
          Registernummer: {operator.register.number}
        </p>
      )}
      {operator.vatId && <p>Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: {operator.vatId}</p>}
      <h2>Kontakt</h2>
      <p>
        E-Mail: <EmailAddress email={operator.email} />
        {operator.phone && (
          <>
            <br />
            Telefon: {operator.phone}
          </>
        )}
      </p>
      <h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>
      <p>
        {operator.responsible.name}
        <br />
        <PostalAddressLines address={operator.responsible.address} />
      </p>
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
        <SiteLink href={newsroomPath}>Redaktion</SiteLink>.
      </p>
    </div>
  );
}
