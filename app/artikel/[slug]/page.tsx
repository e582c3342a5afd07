import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleNeighbours } from '@/components/ArticleNeighbours';
import { ArticleShare } from '@/components/ArticleShare';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ArticleImage } from '@/components/ArticleImage';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Corrections } from '@/components/Corrections';
import { JsonLd } from '@/components/JsonLd';
import { KeyFigures } from '@/components/KeyFigures';
import { MovedArticle } from '@/components/MovedArticle';
import { PublicationBadge } from '@/components/PublicationBadge';
import { RelatedArticles } from '@/components/RelatedArticles';
import { SourceList } from '@/components/SourceList';
import { TableOfContents } from '@/components/TableOfContents';
import { TagList } from '@/components/TagList';
import { articleBreadcrumbs } from '@/lib/breadcrumbs';
import { lastModified } from '@/lib/content/article';
import { getCatalog } from '@/lib/content/catalog';
import { ContentError } from '@/lib/content/issues';
import { isoWithOffset } from '@/lib/dates';
import { pageMetadata } from '@/lib/seo/metadata';
import { ressortBySlug } from '@/lib/ressorts';
import { absoluteUrl, isStaticExport } from '@/lib/site';
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data';
import { articlePath, authorPath, shareImagePath } from '@/lib/paths';
import styles from './page.module.css';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const catalog = getCatalog();
  return [
    ...catalog.articles.map((article) => article.slug),
    ...catalog.aliases().map(({ alias }) => alias),
    ...catalog.slugsWithProblems().filter((slug) => !catalog.bySlug(slug)),
  ].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const catalog = getCatalog();
  const article = catalog.bySlug(slug);
  const renamed = article ? undefined : catalog.byAlias(slug);
  if (renamed) {
    return {
      title: renamed.title,
      alternates: { canonical: articlePath(renamed.slug) },
      robots: { index: false, follow: true },
    };
  }
  if (!article) return {};
  const metadata = pageMetadata({
    title: article.title,
    description: article.teaser,
    path: articlePath(article.slug),
    image: { url: shareImagePath(article.slug), alt: `${article.kicker ? `${article.kicker}: ` : ''}${article.title}` },
    openGraph: {
      type: 'article',
      publishedTime: isoWithOffset(article.date),
      modifiedTime: isoWithOffset(lastModified(article)),
      section: ressortBySlug(article.ressort)?.name,
      tags: article.tags.map((tag) => tag.name),
      authors: [absoluteUrl(authorPath(article.author.slug))],
    },
  });
  // Drafts and scheduled articles only render in `next dev`; never let a preview be indexed.
  // Large previews in Google Discover and search need an explicit opt-in; the share images are 1200 px wide.
  if (article.state === 'published') return { ...metadata, robots: { 'max-image-preview': 'large' } };
  return { ...metadata, robots: { index: false, follow: false } };
}

export default async function ArticlePage({ params }: Props) {
  const catalog = getCatalog();
  const { slug } = await params;
  // `next dev` only: a draft's content errors show on its own page, not on every page.
  const problems = catalog.problemsOf(slug);
  if (problems.length > 0) throw new ContentError(problems);
  const article = catalog.bySlug(slug);
  if (!article) {
    const renamed = catalog.byAlias(slug);
    if (!renamed) notFound();
    // A real 308 where a server runs; static hosts get a page that forwards (see MovedArticle).
    if (!isStaticExport()) permanentRedirect(articlePath(renamed.slug));
    return <MovedArticle article={renamed} />;
  }
  const { older, newer, more } = catalog.ending(article);
  return (
    <div className="reading-column">
      <Breadcrumbs trail={articleBreadcrumbs(article)} />
      <article>
        <JsonLd data={newsArticleJsonLd(article)} />
        <JsonLd data={articleBreadcrumbJsonLd(article)} />
        <PublicationBadge article={article} banner />
        <ArticleHeader article={article} />
        <KeyFigures figures={article.figures} />
        {article.image && <ArticleImage image={article.image} />}
        <TableOfContents headings={article.headings} />
        <ArticleBody html={article.html} />
        <footer className={styles.footer}>
          <Corrections corrections={article.corrections} />
          <SourceList sources={article.sources} />
          <TagList tags={article.tags} />
          <ArticleShare article={article} />
        </footer>
      </article>
      <ArticleNeighbours older={older} newer={newer} />
      <RelatedArticles articles={more} />
    </div>
  );
}
