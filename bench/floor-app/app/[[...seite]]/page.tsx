import { Listing } from '../../Listing';
import { floorData, pageCount, pageNumber, pageOf, pageParams } from '../../data';

type Props = { params: Promise<{ seite?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams(pageCount(floorData().articles.length)).map((seite) => ({ seite }));
}

export default async function Home({ params }: Props) {
  const { articles } = floorData();
  const page = pageNumber((await params).seite);
  return (
    <>
      <h1>Neueste Artikel</h1>
      <Listing articles={pageOf(articles, page)} base="/" page={page} count={pageCount(articles.length)} />
    </>
  );
}
