import { EmailAddress, IncompleteDetailsNote, PostalAddressLines } from '@/components/LegalDetails';
import { PageIntro } from '@/components/PageIntro';
import { getOperator } from '@/lib/content/catalog';
import { isPlaceholder } from '@/lib/content/operator';
import { privacyPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata = pageMetadata({
  title: 'Datenschutz',
  description: `Datenschutzerklärung von ${site.name}: keine Cookies, kein Tracking, keine Inhalte von Dritten.`,
  path: privacyPath,
});

/** The controller and the hosting come from content/betreiber.yaml (Art. 13 DSGVO); placeholders are marked. */
export default function PrivacyPage() {
  const operator = getOperator();
  const { hosting } = operator;
  return (
    <div className="legal">
      <PageIntro title="Datenschutzerklärung" />
      <IncompleteDetailsNote operator={operator} />
      <h2>Verantwortlicher</h2>
      <p>
        {operator.name}
        <br />
        <PostalAddressLines address={operator.address} />
        <br />
        E-Mail: <EmailAddress email={operator.email} />
      </p>
      {operator.dataProtectionOfficer && (
        <>
          <h2>Datenschutzbeauftragte</h2>
          <p>
            {operator.dataProtectionOfficer.name}
            <br />
            E-Mail: <EmailAddress email={operator.dataProtectionOfficer.email} />
          </p>
        </>
      )}
      <h2>Was wir nicht tun</h2>
      <p>
        {site.name} setzt keine Cookies, verwendet keine Analyse- oder Werbedienste und bindet keine Inhalte von Dritten
        ein. Schriften werden von unserem eigenen Server geladen, nicht von fremden Anbietern.
      </p>
      <h2>Server-Protokolle und Hosting</h2>
      <p>
        Beim Aufruf einer Seite verarbeitet der Webserver technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene
        Adresse, Browserkennung), um die Seite auszuliefern und vor Missbrauch zu schützen (Art. 6 Abs. 1 lit. f DSGVO).
        Speicherdauer der Protokolle: {operator.logRetention}.
      </p>
      <p>
        Die Website liegt bei {hosting.name}, {hosting.address}. Der Anbieter verarbeitet diese Daten in unserem Auftrag
        (Art. 28 DSGVO).
        {hosting.privacyUrl && !isPlaceholder(hosting.privacyUrl) && (
          <>
            {' '}
            Seine Datenschutzhinweise: <a href={hosting.privacyUrl}>{hosting.privacyUrl}</a>.
          </>
        )}
      </p>
      <h2>Ihre Rechte</h2>
      <p>
        Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, auf Widerspruch
        sowie auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 15 bis 21 und Art. 77 DSGVO). Schreiben Sie
        dazu an die oben genannte Adresse.
      </p>
    </div>
  );
}
