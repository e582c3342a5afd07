import Link from 'next/link';
import { ArticleList } from '@/components/ArticleList';
import { ArticleTeaser } from '@/components/ArticleTeaser';
import { JsonLd } from '@/components/JsonLd';
import { getCatalog } from '@/lib/content/catalog';
import { pageMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';
import { organizationJsonLd, websiteJsonLd } from '@/lib/structured-data';
import { topicPath } from '@/lib/paths';

export const metadata = pageMetadata({ description: site.description, path: '/' });

export default function HomePage() {
  const catalog = getCatalog();
  const lead = catalog.lead();
  const rest = catalog.articles.filter((article) => article !== lead);
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <JsonLd data={organizationJsonLd()} />
      <h1 className="sr-only">{site.name} – {site.tagline}</h1>
      {lead && (
        <section aria-label="Aufmacher" className="lead">
          <ArticleTeaser article={lead} lead />
        </section>
      )}
      <nav aria-label="Nach Thema filtern" className="tag-filter">
        <h2 className="tag-filter__title">Themen</h2>
        <ul className="tag-list">
          {catalog.tagCounts().map(({ tag, count }) => (
            <li key={tag.slug}>
              <Link href={topicPath(tag.slug)} className="tag">
                {tag.name} <span className="tag__count">({count})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="neueste">
        <h2 id="neueste" className="section-title">
          Neueste Artikel
        </h2>
        <ArticleList articles={rest} as="h3" />
      </section>
    </>
  );
}
