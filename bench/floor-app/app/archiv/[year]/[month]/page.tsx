import { Listing } from '../../../../Listing';
import { floorData } from '../../../../data';

type Props = { params: Promise<{ year: string; month: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const months = new Set(floorData().articles.map((article) => article.month));
  return [...months].map((month) => ({ year: month.slice(0, 4), month: month.slice(5) }));
}

export default async function ArchiveMonth({ params }: Props) {
  const { year, month } = await params;
  const articles = floorData().articles.filter((article) => article.month === `${year}-${month}`);
  return (
    <>
      <h1>
        Archiv {month}/{year}
      </h1>
      <Listing articles={articles} base={`/archiv/${year}/${month}`} page={1} count={1} />
    </>
  );
}
