import { SiteLink } from '@/components/SiteLink';
import { AuthorLinks } from '@/components/AuthorLinks';
import { DateLine } from '@/components/DateLine';
import { PageIntro } from '@/components/PageIntro';
import { getCatalog } from '@/lib/content/catalog';
import { pageMetadata } from '@/lib/seo/metadata';
import { articlePath, authorPath, imprintPath, newsroomPath } from '@/lib/paths';
import { repositoryUrl, site } from '@/lib/site';
import { pageIds } from '@/lib/page-ids';
import styles from './page.module.css';

export const metadata = pageMetadata({
  title: 'Redaktion',
  description: `Wer für ${site.name} schreibt, wie Sie die Redaktion erreichen und wie sie Fehler korrigiert.`,
  path: newsroomPath,
});

const articleCount = (count: number) => (count === 1 ? '1 Artikel' : `${count} Artikel`);

/**
 * The newsroom: every author declared in content/autoren.yaml, how to reach the newsroom (the
 * Impressum's contact; the repository's issues where one is configured) and how corrections work,
 * with the articles corrected so far. Nothing here is written by hand that the content does not say.
 */
export default function NewsroomPage() {
  const catalog = getCatalog();
  const withPage = new Set(catalog.authorsWithArticles().map((author) => author.slug));
  const corrected = catalog.articles
    .filter((article) => article.corrections.length > 0)
    .map((article) => ({
      article,
      correctedOn: article.corrections
        .map((correction) => correction.date)
        .reduce((latest, date) => (date.instant > latest.instant ? date : latest)),
    }))
    .toSorted((a, b) => b.correctedOn.instant.getTime() - a.correctedOn.instant.getTime());
  const repository = repositoryUrl();
  return (
    <div className="legal newsroom">
      <PageIntro title="Die Redaktion">
        <p>{site.description}</p>
      </PageIntro>

      <h2>Wer schreibt</h2>
      <ul className={styles.cards}>
        {catalog.authors.map((author) => {
          const count = catalog.byAuthor(author.slug).length;
          return (
            <li key={author.slug} className={styles.card}>
              <h3>
                {withPage.has(author.slug) ? (
                  <SiteLink href={authorPath(author.slug)}>{author.name}</SiteLink>
                ) : (
                  author.name
                )}
              </h3>
              <p className={styles.role}>
                {author.role} · {count > 0 ? articleCount(count) : 'noch keine Artikel'}
              </p>
              <p>{author.bio}</p>
              <AuthorLinks author={author} />
            </li>
          );
        })}
      </ul>

      <h2>Quellen</h2>
      <p>
        Jede Zahl auf dieser Website ist belegt: Jeder Artikel nennt unter „Quellen“ das Medium und, wo es einen gibt,
        den Bericht, auf den er sich stützt – und das Medium, auf das sich dieser Bericht beruft.
      </p>

      <h2>Kontakt</h2>
      <p>
        Sie erreichen die Redaktion über die Angaben im <SiteLink href={imprintPath}>Impressum</SiteLink>. Hinweise auf
        Fehler sind dort ebenso willkommen wie Fragen zu einem Artikel.
        {repository && (
          <>
            {' '}
            Unter jedem Artikel steht außerdem der Link „Fehler melden“: Er öffnet eine Meldung im öffentlichen{' '}
            <a href={`${repository}/issues`} rel="noopener noreferrer">
              Repository der Website
            </a>
            , mit Titel und Adresse des Artikels schon eingetragen.
          </>
        )}
      </p>

      <h2>Wie wir korrigieren</h2>
      <p>
        Fehler korrigieren wir offen. Wir berichtigen den Text im Artikel und vermerken darunter in einem Kasten
        „Korrektur“ mit Datum, was falsch war und was richtig ist. Das Änderungsdatum des Artikels rückt auf das Datum
        der Korrektur vor, damit Suchmaschinen und Feed-Reader die neue Fassung bemerken.
      </p>
      {corrected.length > 0 ? (
        <>
          <h3>Bisher korrigierte Artikel</h3>
          <ul className="link-list">
            {corrected.map(({ article, correctedOn }) => (
              <li key={article.slug}>
                <SiteLink href={`${articlePath(article.slug)}#${pageIds.corrections}`}>{article.title}</SiteLink>{' '}
                (korrigiert am <DateLine date={correctedOn} />)
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Bisher musste kein Artikel korrigiert werden.</p>
      )}

      <h2>Unabhängigkeit</h2>
      <p>
        {site.name} ist ein unabhängiges Angebot. Es steht in keiner geschäftlichen Verbindung zu Xiaomi oder den
        Unternehmen, über die es berichtet.
      </p>
    </div>
  );
}
