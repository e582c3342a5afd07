import { notFound } from 'next/navigation';
import { Listing } from '../../../../Listing';
import { floorData, pageCount, pageNumber, pageOf, pageParams } from '../../../../data';

type Props = { params: Promise<{ ressort: string; seite?: string[] }> };

export const dynamicParams = false;

function inRessort(slug: string) {
  return floorData().articles.filter((article) => article.ressort === slug);
}

export function generateStaticParams() {
  return floorData().ressorts.flatMap((ressort) =>
    pageParams(pageCount(inRessort(ressort.slug).length)).map((seite) => ({ ressort: ressort.slug, seite })),
  );
}

export default async function RessortPage({ params }: Props) {
  const { ressort: slug, seite } = await params;
  const ressort = floorData().ressorts.find((candidate) => candidate.slug === slug);
  if (!ressort) notFound();
  const articles = inRessort(slug);
  const page = pageNumber(seite);
  return (
    <>
      <h1>{ressort.name}</h1>
      <p>{ressort.description}</p>
      <Listing
        articles={pageOf(articles, page)}
        base={`/ressorts/${slug}`}
        page={page}
        count={pageCount(articles.length)}
      />
    </>
  );
}
