import Link from 'next/link';
import type { Tag } from '@/lib/content/themen';
import { topicPath } from '@/lib/paths';

/**
 * Topic chips. Lists of topics never prefetch: a phone would otherwise fetch every topic page that
 * scrolls into view, though a reader opens one at most.
 */
export function TagList({ tags, label = 'Themen' }: { tags: readonly Tag[]; label?: string }) {
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={topicPath(tag.slug)} className="tag" prefetch={false}>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
