import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { PageIntro } from '@/components/PageIntro';
import { getCatalog } from '@/lib/content/catalog';
import { pageMetadata } from '@/lib/metadata';
import { ressortBySlug, ressorts } from '@/lib/ressorts';
import { ressortPath } from '@/lib/paths';

type Props = { params: Promise<{ ressort: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return ressorts.map((ressort) => ({ ressort: ressort.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ressort = ressortBySlug((await params).ressort);
  if (!ressort) return {};
  return pageMetadata({ title: `Ressort ${ressort.name}`, description: ressort.description, path: ressortPath(ressort.slug) });
}

export default async function RessortPage({ params }: Props) {
  const ressort = ressortBySlug((await params).ressort);
  if (!ressort) notFound();
  return (
    <>
      <PageIntro eyebrow="Ressort" title={ressort.name}>
        <p>{ressort.description}</p>
      </PageIntro>
      <ArticleList articles={getCatalog().byRessort(ressort.slug)} />
    </>
  );
}
