import { PageIntro } from '@/components/PageIntro';
import { privacyPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata = pageMetadata({
  title: 'Datenschutz',
  description: `Datenschutzerklärung von ${site.name}: keine Cookies, kein Tracking, keine Inhalte von Dritten.`,
  path: privacyPath,
});

export default function PrivacyPage() {
  return (
    <div className="legal">
      <PageIntro title="Datenschutzerklärung" />
      <p className="placeholder-note" role="note">
        <strong>Platzhalter:</strong> Name und Anschrift des Verantwortlichen sowie die Angaben zum Hosting werden vor
        dem Start eingetragen (Felder in eckigen Klammern).
      </p>
      <h2>Verantwortlicher</h2>
      <p>[Name und Anschrift wie im Impressum]</p>
      <h2>Was wir nicht tun</h2>
      <p>
        {site.name} setzt keine Cookies, verwendet keine Analyse- oder Werbedienste und bindet keine Inhalte von Dritten
        ein. Schriften werden von unserem eigenen Server geladen, nicht von fremden Anbietern.
      </p>
      <h2>Server-Protokolle</h2>
      <p>
        Beim Aufruf einer Seite verarbeitet der Webserver technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene
        Adresse, Browserkennung), um die Seite auszuliefern und vor Missbrauch zu schützen (Art. 6 Abs. 1 lit. f DSGVO).
        [Speicherdauer und Hosting-Anbieter eintragen.]
      </p>
      <h2>Ihre Rechte</h2>
      <p>
        Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, auf Widerspruch
        sowie auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde.
      </p>
    </div>
  );
}
