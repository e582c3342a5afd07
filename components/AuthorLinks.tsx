import type { Author } from '@/lib/content/authors';
import styles from './AuthorLinks.module.css';

/**
 * An author's profiles elsewhere (content/autoren.yaml). Plain links: nothing is loaded from those
 * sites. `rel="me"` says the page and the profile belong to the same person, which lets Mastodon
 * and similar services verify the link back.
 */
export function AuthorLinks({ author }: { author: Pick<Author, 'name' | 'links'> }) {
  if (author.links.length === 0) return null;
  return (
    <ul className={styles.links} aria-label={`${author.name} im Netz`}>
      {author.links.map((link) => (
        <li key={link.url}>
          <a href={link.url} rel="me noopener noreferrer">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
