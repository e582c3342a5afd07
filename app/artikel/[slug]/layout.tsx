import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';
import { getCatalog } from '@/lib/content/catalog';
import { ressortPath } from '@/lib/paths';

/** An article (or the forward from a former address): the navigation marks the article's ressort. */
export default async function ArticleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const catalog = getCatalog();
  const article = catalog.bySlug(slug) ?? catalog.byAlias(slug);
  return <PageFrame current={article ? { path: ressortPath(article.ressort) } : undefined}>{children}</PageFrame>;
}
