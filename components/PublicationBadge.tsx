import type { ListedArticle } from '@/lib/content/catalog';
import { publicationStateLabels } from '@/lib/labels';

/** Marks drafts and scheduled articles; they only reach a page in `next dev` (editors' preview). */
export function PublicationBadge({ article, banner = false }: { article: ListedArticle; banner?: boolean }) {
  if (article.state === 'published') return null;
  const label = publicationStateLabels[article.state];
  if (!banner) return <p className="badge badge--preview">{label}</p>;
  return (
    <p className="preview-banner" role="status">
      <strong>{label}:</strong>{' '}
      {article.state === 'draft'
        ? 'Dieser Artikel ist als Entwurf markiert (draft: true) und erscheint nicht auf der veröffentlichten Website.'
        : 'Dieser Artikel ist für später datiert und erscheint erst ab seinem Datum auf der veröffentlichten Website.'}
    </p>
  );
}
