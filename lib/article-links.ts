// Links a reader can follow from an article page: sharing (plain links, no third-party script,
// cookie or request before the click) and the newsroom's GitHub (report an error, edit the file).

export interface ShareTarget {
  /** The network's name, also the visible link text. */
  name: string;
  href: string;
}

/** Share links for an article at `url` with `title`: each a plain link to the network's own share page. */
export function shareTargets(title: string, url: string): ShareTarget[] {
  const text = encodeURIComponent(title);
  const link = encodeURIComponent(url);
  const both = encodeURIComponent(`${title} ${url}`);
  return [
    { name: 'E-Mail', href: `mailto:?subject=${text}&body=${both}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${both}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${both}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${link}` },
    { name: 'X', href: `https://x.com/intent/post?text=${text}&url=${link}` },
    // Mastodon has no central share page: Share₂Fedi asks the reader for their instance.
    { name: 'Mastodon', href: `https://s2f.kytta.dev/?text=${both}` },
  ];
}

export interface RepositoryLinks {
  reportError: string;
  edit: string;
}

/**
 * "Fehler melden" opens a new issue prefilled with the article's title and address;
 * "Auf GitHub bearbeiten" opens the article's Markdown file in GitHub's web editor.
 */
export function repositoryLinks(
  repository: string,
  branch: string,
  article: { title: string; file: string },
  url: string,
): RepositoryLinks {
  const title = `Fehler im Artikel „${article.title}“`;
  const body = [`Artikel: ${url}`, '', 'Was ist falsch, und was ist richtig (mit Quelle)?', ''].join('\n');
  const file = article.file.split('/').map(encodeURIComponent).join('/');
  return {
    reportError: `${repository}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`,
    edit: `${repository}/edit/${encodeURIComponent(branch)}/${file}`,
  };
}

/** A table of contents pays off from three `##` sections on. */
export const tableOfContentsMinimum = 3;
