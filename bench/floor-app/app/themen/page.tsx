import Link from 'next/link';
import { floorData } from '../../data';

export const metadata = { title: 'Themen' };

export default function Topics() {
  return (
    <>
      <h1>Themen</h1>
      <ul>
        {floorData().tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={`/themen/${tag.slug}`}>{tag.name}</Link>
            <p>{tag.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
