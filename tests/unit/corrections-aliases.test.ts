import { afterAll, describe, expect, it } from 'vitest';
import { lastModified, newestModification, type Article } from '@/lib/content/article';
import { createCatalog } from '@/lib/content/catalog';
import type { ContentIssue } from '@/lib/content/issues';
import { readContent } from '@/lib/content/load';
import { frontMatterSchema } from '@/lib/content/schema';
import { TagVocabulary } from '@/lib/content/themen';
import { articleDate, contentErrorFrom, makeArticle, makeTag, removeTempDirs, writeTempContent } from './helpers';

afterAll(removeTempDirs);

const correction = (date: string, text = 'Eine Zahl war falsch und ist jetzt berichtigt.') => ({
  date: articleDate(date),
  text,
});

describe('lastModified', () => {
  it('is the publication date when there is neither "updated" nor a correction', () => {
    expect(lastModified(makeArticle({ slug: 'a', date: '2025-11-20' }))).toEqual(articleDate('2025-11-20'));
  });

  it('is "updated" when that is the latest change', () => {
    const article = makeArticle({
      slug: 'a',
      date: '2025-11-20',
      updated: '2025-11-22T10:00:00+01:00',
      corrections: [correction('2025-11-21')],
    });
    expect(lastModified(article)).toEqual(articleDate('2025-11-22T10:00:00+01:00'));
  });

  it('is the latest correction when it comes after "updated"', () => {
    const article = makeArticle({
      slug: 'a',
      date: '2025-11-20',
      updated: '2025-11-22',
      corrections: [correction('2025-11-23T08:15:00+01:00')],
    });
    expect(lastModified(article)).toEqual(articleDate('2025-11-23T08:15:00+01:00'));
  });

  it('picks the latest of several corrections, whatever their order in the list', () => {
    const article = makeArticle({
      slug: 'a',
      date: '2025-11-20',
      corrections: [correction('2025-11-21'), correction('2025-11-25'), correction('2025-11-23')],
    });
    expect(lastModified(article)).toEqual(articleDate('2025-11-25'));
  });

  it('compares moments, not calendar days: a correction later the same day wins over a plain "updated" day', () => {
    const article = makeArticle({
      slug: 'a',
      date: '2025-11-20',
      updated: '2025-11-21',
      corrections: [correction('2025-11-21T00:30:00+01:00')],
    });
    expect(lastModified(article)).toEqual({ instant: new Date('2025-11-20T23:30:00Z'), hasTime: true });
  });
});

describe('newestModification', () => {
  it('is undefined for no articles', () => {
    expect(newestModification([])).toBeUndefined();
  });

  it('is the latest change of any article, counting "updated" and corrections', () => {
    const articles = [
      makeArticle({ slug: 'neuestes-datum', date: '2025-11-28' }),
      makeArticle({ slug: 'aktualisiert', date: '2025-11-10', updated: '2025-11-29' }),
      makeArticle({ slug: 'korrigiert', date: '2025-11-01', corrections: [correction('2025-11-30T18:00:00+01:00')] }),
    ];
    expect(newestModification(articles)).toEqual(articleDate('2025-11-30T18:00:00+01:00'));
  });

  it('is the publication date when no article was ever changed', () => {
    const articles = [
      makeArticle({ slug: 'a', date: '2025-03-01' }),
      makeArticle({ slug: 'b', date: '2025-04-01' }),
      makeArticle({ slug: 'c', date: '2025-02-01' }),
    ];
    expect(newestModification(articles)).toEqual(articleDate('2025-04-01'));
  });
});

describe('front-matter schema for corrections and aliases', () => {
  const valid = {
    title: 'Xiaomi liefert im November mehr als 40.000 Elektroautos aus',
    teaser:
      'Die Autosparte von Xiaomi hat im November erstmals mehr als 40.000 Fahrzeuge übergeben; der SU7 bleibt das gefragteste Modell.',
    date: '2025-12-01',
    author: 'Redaktion Test',
    ressort: 'zahlen',
    tags: ['SU7'],
    sources: [{ name: 'Xiaomi-Pressemitteilung' }],
  };

  it('defaults both to empty lists', () => {
    const result = frontMatterSchema.parse(valid);
    expect(result.corrections).toEqual([]);
    expect(result.aliases).toEqual([]);
  });

  it('accepts corrections with dates (on or after "date") and texts, and aliases that are slugs', () => {
    const result = frontMatterSchema.parse({
      ...valid,
      corrections: [
        { date: '2025-12-01', text: 'Am selben Tag berichtigt.' },
        { date: '2025-12-02T10:00:00+01:00', text: '  In einer früheren Fassung stand eine falsche Zahl.  ' },
      ],
      aliases: ['xiaomi-liefert-40000-autos', 'su7-november-2025'],
    });
    expect(result.corrections).toEqual([
      { date: articleDate('2025-12-01'), text: 'Am selben Tag berichtigt.' },
      { date: articleDate('2025-12-02T10:00:00+01:00'), text: 'In einer früheren Fassung stand eine falsche Zahl.' },
    ]);
    expect(result.aliases).toEqual(['xiaomi-liefert-40000-autos', 'su7-november-2025']);
  });

  it('accepts correction texts of exactly 10 and 500 characters', () => {
    const result = frontMatterSchema.safeParse({
      ...valid,
      corrections: [
        { date: '2025-12-02', text: 'x'.repeat(10) },
        { date: '2025-12-02', text: 'x'.repeat(500) },
      ],
    });
    expect(result.success).toBe(true);
  });
});

describe('bad corrections and aliases, as reported by the loader with field and line', () => {
  const themen = '- name: "SU7"\n  description: "Die Elektrolimousine SU7."\n';
  /** A valid article; `extra` front-matter lines start on line 11. */
  const articleWith = (extra: string) => `---
title: "Xiaomi liefert im November mehr als 40.000 Elektroautos aus"
teaser: "Die Autosparte von Xiaomi hat im November erstmals mehr als 40.000 Fahrzeuge übergeben; der SU7 bleibt das gefragteste Modell."
date: 2025-12-01
author: "Redaktion Test"
ressort: zahlen
tags:
  - "SU7"
sources:
  - name: "Xiaomi-Pressemitteilung"
${extra}---

Text.
`;
  const issuesOf = (extra: string): Pick<ContentIssue, 'line' | 'field' | 'message' | 'severity'>[] =>
    contentErrorFrom(writeTempContent({ 'themen.yaml': themen, 'artikel/meldung.md': articleWith(extra) })).issues.map(
      ({ line, field, message, severity }) => ({
        line,
        field,
        message,
        severity,
      }),
    );
  const notASlug = 'ist keine frühere Adresse (erlaubt: der alte Dateiname ohne .md, z. B. xiaomi-su7-alt)';

  it('loads an article whose corrections and aliases are valid', () => {
    const directory = writeTempContent({
      'themen.yaml': themen,
      'artikel/meldung.md': articleWith(
        'corrections:\n  - date: 2025-12-02T10:00:00+01:00\n    text: "Eine Zahl war falsch und ist berichtigt."\naliases:\n  - alte-meldung\n',
      ),
    });
    const [article] = readContent(directory).articles;
    expect(article?.corrections).toEqual([
      { date: articleDate('2025-12-02T10:00:00+01:00'), text: 'Eine Zahl war falsch und ist berichtigt.' },
    ]);
    expect(article?.aliases).toEqual(['alte-meldung']);
    expect(lastModified(article!)).toEqual(articleDate('2025-12-02T10:00:00+01:00'));
  });

  it('rejects an alias with uppercase letters', () => {
    expect(issuesOf('aliases:\n  - Alte-Meldung\n')).toEqual([
      { line: 12, field: 'aliases.1', message: notASlug, severity: 'error' },
    ]);
  });

  it('rejects an alias with an underscore, naming the second entry', () => {
    expect(issuesOf('aliases:\n  - alte-meldung\n  - alte_meldung\n')).toEqual([
      { line: 13, field: 'aliases.2', message: notASlug, severity: 'error' },
    ]);
  });

  it('rejects aliases written as a single value instead of a list', () => {
    expect(issuesOf('aliases: alte-meldung\n')).toEqual([
      {
        line: 11,
        field: 'aliases',
        message: 'muss eine Liste früherer Adressen sein (je Zeile „- alter-dateiname“)',
        severity: 'error',
      },
    ]);
  });

  it('rejects a correction text shorter than 10 characters', () => {
    expect(issuesOf('corrections:\n  - date: 2025-12-02\n    text: "Zu kurz."\n')).toEqual([
      {
        line: 13,
        field: 'corrections.1.text',
        message: 'ist zu kurz: 8 Zeichen (erlaubt: 10 bis 500 Zeichen)',
        severity: 'error',
      },
    ]);
  });

  it('rejects a correction text longer than 500 characters', () => {
    expect(issuesOf(`corrections:\n  - date: 2025-12-02\n    text: "${'x'.repeat(501)}"\n`)).toEqual([
      {
        line: 13,
        field: 'corrections.1.text',
        message: 'ist zu lang: 501 Zeichen (erlaubt: 10 bis 500 Zeichen)',
        severity: 'error',
      },
    ]);
  });

  it('rejects a correction without a date, pointing at that entry', () => {
    const extra =
      'corrections:\n  - date: 2025-12-02\n    text: "Eine Zahl war falsch und ist berichtigt."\n  - text: "Ein Name war falsch geschrieben."\n';
    expect(issuesOf(extra)).toEqual([
      { line: 14, field: 'corrections.2.date', message: 'Pflichtfeld fehlt', severity: 'error' },
    ]);
  });

  it('rejects a correction date that is not a date', () => {
    expect(
      issuesOf('corrections:\n  - date: 2. Dezember\n    text: "Eine Zahl war falsch und ist berichtigt."\n'),
    ).toEqual([
      {
        line: 12,
        field: 'corrections.1.date',
        message:
          '„2. Dezember“ ist kein gültiges Datum (erlaubt: JJJJ-MM-TT wie 2025-03-22, oder mit Uhrzeit und Zeitzone wie 2025-12-01T09:30:00+01:00)',
        severity: 'error',
      },
    ]);
  });

  it('rejects a correction dated before the article', () => {
    expect(
      issuesOf('corrections:\n  - date: 2025-11-30\n    text: "Eine Zahl war falsch und ist berichtigt."\n'),
    ).toEqual([
      {
        line: 12,
        field: 'corrections.1.date',
        message: 'liegt vor „date“ (erlaubt: gleich oder nach dem Erscheinungsdatum)',
        severity: 'error',
      },
    ]);
  });

  it('rejects a correction written as plain text instead of date and text', () => {
    expect(issuesOf('corrections:\n  - "am 2. Dezember korrigiert"\n')).toEqual([
      { line: 12, field: 'corrections.1', message: 'jede Korrektur braucht „date“ und „text“', severity: 'error' },
    ]);
  });

  it('rejects corrections written as a single value instead of a list', () => {
    expect(issuesOf('corrections: "am 2. Dezember korrigiert"\n')).toEqual([
      {
        line: 11,
        field: 'corrections',
        message: 'muss eine Liste sein: je Korrektur „- date: …“ und „text: …“',
        severity: 'error',
      },
    ]);
  });

  it('rejects an unknown field inside a correction', () => {
    expect(
      issuesOf(
        'corrections:\n  - date: 2025-12-02\n    text: "Eine Zahl war falsch und ist berichtigt."\n    autor: "Anna"\n',
      ),
    ).toEqual([{ line: 14, field: 'corrections.1.autor', message: 'unbekanntes Feld', severity: 'error' }]);
  });
});

describe('catalog lookups by former address (byAlias, aliases)', () => {
  const now = new Date('2025-12-02T12:00:00+01:00');
  const vocabulary = new TagVocabulary([makeTag('SU7')]);
  const articles: Article[] = [
    makeArticle({ slug: 'su7-rekord', date: '2025-11-20', aliases: ['su7-rekord-im-november', 'su7-absatz'] }),
    makeArticle({ slug: 'yu7-start', date: '2025-11-25', aliases: ['yu7-marktstart'] }),
    makeArticle({ slug: 'entwurf', date: '2025-11-26', draft: true, aliases: ['entwurf-alt'] }),
    makeArticle({ slug: 'geplant', date: '2026-01-15', aliases: ['geplant-alt'] }),
  ];
  const catalogOf = (includeUnpublished: boolean) =>
    createCatalog({ articles, vocabulary }, { now, includeUnpublished });

  it('finds the article a former slug now belongs to', () => {
    const catalog = catalogOf(false);
    expect(catalog.byAlias('su7-rekord-im-november')?.slug).toBe('su7-rekord');
    expect(catalog.byAlias('su7-absatz')?.slug).toBe('su7-rekord');
    expect(catalog.byAlias('yu7-marktstart')?.slug).toBe('yu7-start');
  });

  it('does not treat a current slug or an unknown address as a former one', () => {
    const catalog = catalogOf(false);
    expect(catalog.byAlias('su7-rekord')).toBeUndefined();
    expect(catalog.byAlias('gibt-es-nicht')).toBeUndefined();
  });

  it('lists every former slug of the visible articles with its article, newest article first', () => {
    expect(
      catalogOf(false)
        .aliases()
        .map(({ alias, article }) => [alias, article.slug]),
    ).toEqual([
      ['yu7-marktstart', 'yu7-start'],
      ['su7-rekord-im-november', 'su7-rekord'],
      ['su7-absatz', 'su7-rekord'],
    ]);
  });

  it('does not expose the former slugs of drafts and scheduled articles when unpublished articles are excluded', () => {
    const catalog = catalogOf(false);
    expect(catalog.byAlias('entwurf-alt')).toBeUndefined();
    expect(catalog.byAlias('geplant-alt')).toBeUndefined();
    expect(catalog.aliases().map(({ alias }) => alias)).not.toContain('entwurf-alt');
    expect(catalog.aliases().map(({ alias }) => alias)).not.toContain('geplant-alt');
  });

  it('exposes them, with the article state, when unpublished articles are included (the preview in next dev)', () => {
    const catalog = catalogOf(true);
    expect(catalog.byAlias('entwurf-alt')).toMatchObject({ slug: 'entwurf', state: 'draft' });
    expect(catalog.byAlias('geplant-alt')).toMatchObject({ slug: 'geplant', state: 'scheduled' });
    expect(catalog.aliases()).toHaveLength(5);
  });
});
