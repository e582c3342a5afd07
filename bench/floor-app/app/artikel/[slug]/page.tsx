import Link from 'next/link';
import { notFound } from 'next/navigation';
import { floorData } from '../../../data';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return floorData().articles.map((article) => ({ slug: article.slug }));
}

function find(slug: string) {
  return floorData().articles.find((article) => article.slug === slug);
}

export async function generateMetadata({ params }: Props) {
  const article = find((await params).slug);
  return article ? { title: article.title, description: article.teaser } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = find((await params).slug);
  if (!article) notFound();
  const { tags } = floorData();
  return (
    <article className="article">
      {article.kicker && <p className="kicker">{article.kicker}</p>}
      <h1>{article.title}</h1>
      <p className="teaser">{article.teaser}</p>
      <p className="meta">
        Von {article.author}, <time dateTime={article.date}>{article.dateLabel}</time>
      </p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: article.html }} />
      <footer>
        <ul className="sources">
          {article.sources.map((source) => (
            <li key={source.name}>{source.url ? <a href={source.url}>{source.name}</a> : source.name}</li>
          ))}
        </ul>
        <ul className="tag-list">
          {article.tags.map((slug) => (
            <li key={slug}>
              <Link href={`/themen/${slug}`}>{tags.find((tag) => tag.slug === slug)?.name}</Link>
            </li>
          ))}
        </ul>
      </footer>
    </article>
  );
}
