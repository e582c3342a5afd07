import Link from 'next/link';
import type { ListedArticle } from '@/lib/content/catalog';
import type { Tag } from '@/lib/content/themen';
import { articleCount } from '@/lib/labels';
import { articlePath, topicPath } from '@/lib/paths';
import { DateLine } from './DateLine';
import styles from './MoreByTag.module.css';

export interface TagGroup {
  tag: Tag;
  articles: readonly ListedArticle[];
  /** All articles of the topic, for the link to its page. */
  total: number;
}

/** "Mehr zum Thema <Tag>": a compact list of headlines per topic of the article. */
export function MoreByTag({ groups }: { groups: readonly TagGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <div className={`more-by-tag ${styles.moreByTag}`}>
      {groups.map(({ tag, articles, total }) => (
        <div key={tag.slug} className="more-by-tag__group">
          <h2 className={`more-by-tag__title ${styles.title}`}>Mehr zum Thema {tag.name}</h2>
          <ul>
            {articles.map((article) => (
              <li key={article.slug}>
                <Link href={articlePath(article.slug)}>{article.title}</Link> <DateLine date={article.date} />
              </li>
            ))}
          </ul>
          <p className={styles.all}>
            <Link href={topicPath(tag.slug)}>
              Alle {articleCount(total)} zum Thema {tag.name}
            </Link>
          </p>
        </div>
      ))}
    </div>
  );
}
