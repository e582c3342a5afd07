import { repositoryLinks, shareTargets } from '@/lib/article-links';
import { absoluteUrl, repositoryBranch, repositoryUrl } from '@/lib/site';
import { articlePath } from '@/lib/paths';
import styles from './ArticleShare.module.css';
import { pageIds } from '@/lib/page-ids';

interface Props {
  article: { slug: string; title: string; file: string };
}

/**
 * Share links and the newsroom's links under an article. Plain links only: nothing is loaded from
 * a network before the reader clicks, and the page needs no JavaScript. "Link kopieren" is the
 * canonical address as selectable text in a read-only field.
 */
export function ArticleShare({ article }: Props) {
  const url = absoluteUrl(articlePath(article.slug));
  const repository = repositoryUrl();
  const github = repository ? repositoryLinks(repository, repositoryBranch(), article, url) : undefined;
  return (
    <section className={styles.share} aria-labelledby={pageIds.share} data-print="omit">
      <h2 id={pageIds.share} className={styles.title}>
        Artikel teilen
      </h2>
      <ul className={styles.targets}>
        {shareTargets(article.title, url).map((target) => (
          <li key={target.name}>
            <a href={target.href} rel="noopener noreferrer nofollow" className={styles.target}>
              {target.name}
            </a>
          </li>
        ))}
      </ul>
      <label className={styles.copy}>
        <span>Link kopieren</span>
        <input type="text" readOnly value={url} className={styles.url} />
      </label>
      {github && (
        <p className={styles.newsroom}>
          <a href={github.reportError} rel="noopener noreferrer">
            Fehler melden
          </a>
          <a href={github.edit} rel="noopener noreferrer">
            Auf GitHub bearbeiten
          </a>
        </p>
      )}
    </section>
  );
}
