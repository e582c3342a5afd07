import { SiteLink } from '@/components/SiteLink';
import type { Tag } from '@/lib/content/themen';
import { topicPath } from '@/lib/paths';

/** Topic chips, each a link to its topic page. */
export function TagList({ tags, label = 'Themen' }: { tags: readonly Tag[]; label?: string }) {
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <SiteLink href={topicPath(tag.slug)} className="tag">
            {tag.name}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
