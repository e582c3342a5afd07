import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ArticleImage } from '@/components/ArticleImage';
import { JsonLd } from '@/components/JsonLd';
import { PublicationBadge } from '@/components/PublicationBadge';
import { RelatedArticles } from '@/components/RelatedArticles';
import { SourceList } from '@/components/SourceList';
import { TagList } from '@/components/TagList';
import { getCatalog } from '@/lib/content/catalog';
import { isoWithOffset } from '@/lib/dates';
import { pageMetadata } from '@/lib/metadata';
import { ressortBySlug } from '@/lib/ressorts';
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from '@/lib/structured-data';
import { articlePath } from '@/lib/paths';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getCatalog().bySlug((await params).slug);
  if (!article) return {};
  const metadata = pageMetadata({
    title: article.title,
    description: article.teaser,
    path: articlePath(article.slug),
    openGraph: {
      type: 'article',
      publishedTime: isoWithOffset(article.date),
      modifiedTime: isoWithOffset(article.updated ?? article.date),
      section: ressortBySlug(article.ressort)?.name,
      tags: article.tags.map((tag) => tag.name),
      authors: [article.author],
    },
  });
  // Drafts and scheduled articles only render in `next dev`; never let a preview be indexed.
  return article.state === 'published' ? metadata : { ...metadata, robots: { index: false, follow: false } };
}

export default async function ArticlePage({ params }: Props) {
  const catalog = getCatalog();
  const article = catalog.bySlug((await params).slug);
  if (!article) notFound();
  return (
    <article className="article">
      <JsonLd data={newsArticleJsonLd(article)} />
      <JsonLd data={articleBreadcrumbJsonLd(article)} />
      <PublicationBadge article={article} banner />
      <ArticleHeader article={article} />
      {article.image && <ArticleImage image={article.image} />}
      <ArticleBody html={article.html} />
      <footer className="article-footer">
        <SourceList sources={article.sources} />
        <TagList tags={article.tags} />
      </footer>
      <RelatedArticles articles={catalog.related(article)} />
    </article>
  );
}
