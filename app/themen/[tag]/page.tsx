import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { PageIntro } from '@/components/PageIntro';
import { getCatalog } from '@/lib/content/catalog';
import { pageMetadata } from '@/lib/metadata';
import { topicPath } from '@/lib/paths';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().tagCounts().map(({ tag }) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getCatalog().vocabulary.withSlug((await params).tag);
  if (!tag) return {};
  return pageMetadata({ title: `Thema: ${tag.name}`, description: tag.description, path: topicPath(tag.slug), topicFeed: tag });
}

export default async function TopicPage({ params }: Props) {
  const catalog = getCatalog();
  const tag = catalog.vocabulary.withSlug((await params).tag);
  if (!tag) notFound();
  return (
    <>
      <PageIntro eyebrow="Thema" title={tag.name}>
        <p>{tag.description}</p>
      </PageIntro>
      <ArticleList articles={catalog.byTag(tag.slug)} />
    </>
  );
}
