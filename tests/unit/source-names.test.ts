import { describe, expect, it } from 'vitest';
import { isGenericSourceName, outletPartOf, vagueSourceWarning } from '@/lib/content/source-names';

/**
 * check:content warns about a source that names no outlet and links no report. The loader's side
 * (file, line, field, severity) is tested with tests/fixtures/checks/artikel/quelle-ohne-medium.md
 * in checks.test.ts; here the rule itself: which names only describe an outlet.
 */
describe('isGenericSourceName', () => {
  it.each([
    'Deutscher Tech-Blog',
    'Deutscher Tech-Blog, unter Berufung auf die englischsprachige Website Xiaomi Today',
    'Medienberichte',
    'Bericht',
    'laut Medienberichten',
    'Chinesische Medien',
    'Branchenkreise',
    'eine deutsche Nachrichtenseite',
    'Deutsche E-Auto-Nachrichtenseite, unter Berufung auf Weibo-Beiträge von Xiaomi',
    'Französische Auto-Website (Ende 2024), unter Berufung auf 36Kr',
    'Fanseite',
  ])('takes „%s“ for a description, not the name of an outlet', (name) => {
    expect(isGenericSourceName(name)).toBe(true);
  });

  it.each([
    'IT BOLTWISE',
    'IT BOLTWISE (deutsches Tech-Nachrichtenportal)',
    'XiaomiWelt (deutschsprachige Xiaomi-Fanseite)',
    'Notebookcheck',
    'mobilegeeks.de',
    '36Kr',
    'Der Spiegel',
    'Xiaomi-Pressemitteilung',
    'Weibo-Posts von Xiaomi',
    'Donovan Sung, internationaler Sprecher von Xiaomi, auf Twitter (28. November 2018)',
    'Eigene Recherche',
    'Testquelle',
  ])('takes „%s“ for a specific outlet, report or person', (name) => {
    expect(isGenericSourceName(name)).toBe(false);
  });

  it('accepts a description that says openly that the outlet is unknown', () => {
    expect(isGenericSourceName('Französische Auto-Website (Name unbekannt)')).toBe(false);
    expect(isGenericSourceName('Chinesisches Portal, Name nicht bekannt')).toBe(false);
  });

  it('accepts a description that gives the title of the report, by which a reader can find it', () => {
    expect(
      isGenericSourceName(
        'Französische Auto-Website (deutsche Übersetzung des Beitrags „Est-ce que Xiaomi va vendre ses voitures en Europe ?“), unter Berufung auf 36Kr',
      ),
    ).toBe(false);
  });

  it('reads the outlet before brackets, a comma, a dash or „unter Berufung auf“', () => {
    expect(outletPartOf('Französische Auto-Website (deutsche Übersetzung), unter Berufung auf 36Kr')).toBe(
      'Französische Auto-Website',
    );
    expect(outletPartOf('Deutscher Tech-Blog unter Berufung auf Xiaomi Today')).toBe('Deutscher Tech-Blog');
    expect(outletPartOf('Medienberichte – Stand Dezember')).toBe('Medienberichte');
  });
});

describe('vagueSourceWarning', () => {
  it('warns about a generic name without a URL, in German, naming what to do', () => {
    expect(vagueSourceWarning({ name: 'Medienberichte' })).toBe(
      '„Medienberichte“ nennt kein bestimmtes Medium, und die Quelle hat keine Adresse: So können Leser sie nicht prüfen. Bitte das Medium beim Namen nennen (z. B. „IT BOLTWISE“) und die Adresse seines Berichts unter „url:“ eintragen – oder, wenn das Medium nicht bekannt ist, den Titel des Berichts in „…“ angeben oder offen sagen: „Medienberichte (Name unbekannt)“',
    );
  });

  it('says nothing when the report is linked or the outlet is named', () => {
    expect(vagueSourceWarning({ name: 'Medienberichte', url: 'https://example.com/bericht' })).toBeUndefined();
    expect(vagueSourceWarning({ name: 'Notebookcheck' })).toBeUndefined();
  });
});
