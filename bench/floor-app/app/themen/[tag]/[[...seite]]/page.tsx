import { notFound } from 'next/navigation';
import { Listing } from '../../../../Listing';
import { floorData, pageCount, pageNumber, pageOf, pageParams } from '../../../../data';

type Props = { params: Promise<{ tag: string; seite?: string[] }> };

export const dynamicParams = false;

function tagged(slug: string) {
  return floorData().articles.filter((article) => article.tags.includes(slug));
}

export function generateStaticParams() {
  return floorData().tags.flatMap((tag) => {
    const count = tagged(tag.slug).length;
    return count === 0 ? [] : pageParams(pageCount(count)).map((seite) => ({ tag: tag.slug, seite }));
  });
}

export default async function TopicPage({ params }: Props) {
  const { tag: slug, seite } = await params;
  const tag = floorData().tags.find((candidate) => candidate.slug === slug);
  if (!tag) notFound();
  const articles = tagged(slug);
  const page = pageNumber(seite);
  return (
    <>
      <h1>{tag.name}</h1>
      <p>{tag.description}</p>
      <Listing
        articles={pageOf(articles, page)}
        base={`/themen/${slug}`}
        page={page}
        count={pageCount(articles.length)}
      />
    </>
  );
}
