import { SiteLink } from '@/components/SiteLink';
import { PageIntro } from '@/components/PageIntro';
import { getCatalog } from '@/lib/content/catalog';
import { articleCount } from '@/lib/labels';
import { pageMetadata } from '@/lib/seo/metadata';
import { topicPath, topicsPath } from '@/lib/paths';
import styles from './page.module.css';

export const metadata = pageMetadata({
  title: 'Themen',
  description:
    'Alle Themen von Xiaomi im Blick – von Elektroautos und Absatzzahlen bis zu Partnerschaften mit IKEA und Samsung.',
  path: topicsPath,
});

export default function TopicsPage() {
  const tagCounts = getCatalog().tagCounts();
  return (
    <>
      <PageIntro title="Themen">
        <p>Alle Themen, zu denen wir berichten, mit der Zahl der Artikel.</p>
      </PageIntro>
      <ul className={styles.list}>
        {tagCounts.map(({ tag, count }) => (
          <li key={tag.slug}>
            <h2>
              <SiteLink href={topicPath(tag.slug)}>{tag.name}</SiteLink>{' '}
              <span className={styles.count}>{articleCount(count)}</span>
            </h2>
            <p>{tag.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
