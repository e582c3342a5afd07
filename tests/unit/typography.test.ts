import { describe, expect, it } from 'vitest';
import { headlineParts } from '@/lib/typography';

describe('headlineParts', () => {
  it('keeps short hyphenated words whole and gives the headline back unchanged', () => {
    const title = 'Xiaomi liefert im November mehr als 40.000 E-Autos aus';
    const parts = headlineParts(title);
    expect(parts.filter((part) => part.keep).map((part) => part.text)).toEqual(['E-Autos']);
    expect(parts.map((part) => part.text).join('')).toBe(title);
  });

  it('keeps words with a short part before or after the hyphen, lets long compounds break', () => {
    const kept = (title: string) =>
      headlineParts(title)
        .filter((part) => part.keep)
        .map((part) => part.text);
    expect(kept('KI-Assistenten und EU-Kommission: Export-Pläne')).toEqual(['KI-Assistenten', 'EU-Kommission:']);
    expect(kept('Auslieferungs-Rekordmonat im Europageschäft')).toEqual([]);
    expect(kept('Plus – minus 2024-2025')).toEqual([]);
  });
});
