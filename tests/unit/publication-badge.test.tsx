import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PublicationBadge } from '@/components/PublicationBadge';
import type { ListedArticle } from '@/lib/content/catalog';
import { makeArticle } from './helpers';

const listed = (state: ListedArticle['state']): ListedArticle => ({
  ...makeArticle({ slug: `artikel-${state}` }),
  state,
});

describe('the preview marking of drafts and scheduled articles (visible only in next dev)', () => {
  it('labels a draft "Entwurf" in listings and explains it in a banner on the article page', () => {
    expect(renderToStaticMarkup(<PublicationBadge article={listed('draft')} />)).toBe(
      '<p class="badge badge--preview">Entwurf</p>',
    );
    const banner = renderToStaticMarkup(<PublicationBadge article={listed('draft')} banner />);
    expect(banner).toContain('role="status"');
    expect(banner).toContain('<strong>Entwurf:</strong>');
    expect(banner).toContain('draft: true');
  });

  it('labels a scheduled article "Geplant"', () => {
    expect(renderToStaticMarkup(<PublicationBadge article={listed('scheduled')} />)).toBe(
      '<p class="badge badge--preview">Geplant</p>',
    );
    expect(renderToStaticMarkup(<PublicationBadge article={listed('scheduled')} banner />)).toContain(
      '<strong>Geplant:</strong>',
    );
  });

  it('shows nothing on a published article', () => {
    expect(renderToStaticMarkup(<PublicationBadge article={listed('published')} />)).toBe('');
    expect(renderToStaticMarkup(<PublicationBadge article={listed('published')} banner />)).toBe('');
  });
});
