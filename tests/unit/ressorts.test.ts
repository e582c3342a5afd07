import { describe, expect, it } from 'vitest';
import { articleTypeLabels, publicationStateLabels } from '@/lib/labels';
import { ressortBySlug, ressorts, ressortSlugs } from '@/lib/ressorts';
import { slugPattern } from '@/lib/slug';

describe('ressorts', () => {
  it('are the four desks, in navigation order', () => {
    expect(ressortSlugs).toEqual(['partnerschaften', 'expansion', 'zahlen', 'technik']);
    expect(ressorts.map((ressort) => ressort.name)).toEqual(['Partnerschaften', 'Expansion', 'Zahlen', 'Technik']);
  });

  it('have URL-safe slugs and a description each', () => {
    for (const ressort of ressorts) {
      expect(ressort.slug).toMatch(slugPattern);
      expect(ressort.description.length).toBeGreaterThan(20);
    }
  });

  it('are found by slug, and an unknown slug finds nothing', () => {
    expect(ressortBySlug('zahlen')?.name).toBe('Zahlen');
    expect(ressortBySlug('Zahlen')).toBeUndefined();
    expect(ressortBySlug('sport')).toBeUndefined();
  });
});

describe('labels', () => {
  it('name every article type in German', () => {
    expect(articleTypeLabels).toEqual({
      nachricht: 'Nachricht',
      analyse: 'Analyse',
      hintergrund: 'Hintergrund',
      kommentar: 'Kommentar',
    });
  });

  it('name the unpublished states for the editors’ preview', () => {
    expect(publicationStateLabels).toEqual({ draft: 'Entwurf', scheduled: 'Geplant' });
  });
});
