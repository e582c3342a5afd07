import Link from 'next/link';
import type { Tag } from '@/lib/content/themen';
import { topicPath } from '@/lib/paths';

export function TagList({ tags, label = 'Themen' }: { tags: readonly Tag[]; label?: string }) {
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={topicPath(tag.slug)} className="tag">
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
