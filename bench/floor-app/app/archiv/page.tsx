import Link from 'next/link';
import { floorData } from '../../data';

export const metadata = { title: 'Archiv' };

export default function Archive() {
  const months = [...new Set(floorData().articles.map((article) => article.month))];
  return (
    <>
      <h1>Archiv</h1>
      <ul>
        {months.map((month) => (
          <li key={month}>
            <Link href={`/archiv/${month.replace('-', '/')}`}>{month}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
