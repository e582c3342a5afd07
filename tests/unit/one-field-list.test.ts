import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { Article } from '@/lib/content/article';
import { parseFile } from '@/lib/content/front-matter';
import { readContent } from '@/lib/content/load';
import { frontMatterSchema, type FrontMatter } from '@/lib/content/schema';
import { contentErrorFrom, fixture, readFixture, removeTempDirs, writeTempContent } from './helpers';

// The schema is the one list of front-matter fields: Article is derived from it, the loader spreads
// what it parsed, and the "meinten Sie …?" hints list its keys. Adding a field touches the schema, the
// template and the docs (the tables in CONTRIBUTING.md and README.md); these tests fail when some
// other place would need it too.

afterAll(removeTempDirs);

/** The only front-matter fields the loader turns into something else: names into declared entries. */
type ResolvedByLoader = 'author' | 'tags';

/** One article that fills every field of the front matter, optional ones included. */
const everyField = `---
title: "Ein Artikel, der jedes Feld des Kopfbereichs ausfüllt"
kicker: "Alle Felder"
teaser: "Dieser Artikel zeigt, dass jedes Feld des Kopfbereichs unverändert im geladenen Artikel ankommt, ohne eigenen Code."
date: 2025-03-01
updated: 2025-03-02T10:00:00+01:00
author: "Anna Beispiel"
ressort: technik
type: analyse
tags:
  - SU7
  - Elektroautos
sources:
  - name: "Xiaomi-Pressemitteilung"
    url: "https://www.mi.com/global/discover/newsroom"
    cites: "36Kr"
image:
  src: /bilder/su7-cockpit.jpg
  alt: "Das Cockpit des Xiaomi SU7 mit großem Bildschirm"
  credit: "Xiaomi"
draft: false
featured: true
corrections:
  - date: 2025-03-03
    text: "Die Zahl der Auslieferungen war zuerst zu hoch angegeben."
figures:
  - value: "48.654"
    label: "Auslieferungen im Februar"
    note: "laut Xiaomi"
aliases:
  - alle-felder-alt
---

Der Text des Artikels.
`;

function contentWith(article: string): string {
  return writeTempContent({ 'themen.yaml': readFixture('valid/themen.yaml'), 'artikel/alle-felder.md': article });
}

describe('one list of front-matter fields: the schema', () => {
  it('derives Article from the schema: every front-matter field is an Article field of the same type', () => {
    expectTypeOf<keyof FrontMatter>().toExtend<keyof Article>();
    expectTypeOf<Pick<Article, Exclude<keyof FrontMatter, ResolvedByLoader>>>().toEqualTypeOf<
      Omit<FrontMatter, ResolvedByLoader>
    >();
    // Optional stays optional, defaults stay required: the schema decides, not a second list.
    expectTypeOf<Article['kicker']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Article['figures']>().toEqualTypeOf<FrontMatter['figures']>();
  });

  it('passes every parsed front-matter field through the loader unchanged, resolving only author and tags', () => {
    const [article] = readContent(contentWith(everyField), { publicDirectory: fixture('public') }).articles;
    const parsed = frontMatterSchema.parse(parseFile(everyField).data);
    expect(Object.keys(parsed)).toEqual(
      expect.arrayContaining(['kicker', 'updated', 'image', 'corrections', 'figures', 'aliases']),
    );
    for (const [field, value] of Object.entries(parsed)) {
      if (field === 'author' || field === 'tags') continue;
      expect({ field, value: article?.[field as keyof Article] }).toEqual({ field, value });
    }
    expect(article?.author.name).toBe(parsed.author);
    expect(article?.tags.map((tag) => tag.name)).toEqual(parsed.tags);
  });

  it.each(['CONTRIBUTING.md', 'README.md'])('documents every field of the schema in the table of %s', (document) => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../..', document), 'utf8');
    const documented = [...text.matchAll(/^\| `([a-z]+)` \| (?:ja|nein)/gm)].map((match) => match[1]);
    expect(documented).toEqual(expect.arrayContaining(Object.keys(frontMatterSchema.shape)));
  });

  describe('a new optional field, added to the schema alone', () => {
    afterEach(() => {
      vi.doUnmock('@/lib/content/schema');
      vi.resetModules();
    });

    /** The loader, with a schema that has one more optional field (`podcast`) and no other code changed. */
    async function loaderWithPodcastField() {
      vi.resetModules();
      vi.doMock('@/lib/content/schema', async (importOriginal) => {
        const schema = await importOriginal<typeof import('@/lib/content/schema')>();
        return {
          ...schema,
          frontMatterSchema: schema.frontMatterSchema.safeExtend({ podcast: schema.httpUrl.optional() }),
        };
      });
      return import('@/lib/content/load');
    }

    it('arrives in the loaded article', async () => {
      const { readContent: readWithPodcast } = await loaderWithPodcastField();
      const withPodcast = everyField.replace(
        'draft: false',
        'podcast: "https://example.org/folge-1.mp3"\ndraft: false',
      );
      const [article] = readWithPodcast(contentWith(withPodcast), { publicDirectory: fixture('public') }).articles;
      expect(article).toMatchObject({ podcast: 'https://example.org/folge-1.mp3', kicker: 'Alle Felder' });
    });

    it('is validated with its own message and offered in the "meinten Sie …?" hints', async () => {
      const { readContent: readWithPodcast } = await loaderWithPodcastField();
      const invalid = contentWith(
        everyField.replace('draft: false', 'podcast: "keine Adresse"\npodcats: "x"\ndraft: false'),
      );
      let messages: string[] = [];
      try {
        readWithPodcast(invalid, { publicDirectory: fixture('public') });
      } catch (error) {
        messages = (error as { issues: { field?: string; message: string }[] }).issues.map(
          ({ field, message }) => `${field}: ${message.split('?')[0]}`,
        );
      }
      expect(messages).toContain('podcats: unbekanntes Feld – meinten Sie „podcast“');
      expect(messages).toContainEqual(expect.stringMatching(/^podcast: ist keine gültige Web-Adresse/));
    });
  });

  it('keeps the real schema free of the field the tests above add', () => {
    expect(Object.keys(frontMatterSchema.shape)).not.toContain('podcast');
    expect(
      contentErrorFrom(contentWith(everyField.replace('draft: false', 'podcast: "x"\ndraft: false'))).issues,
    ).toContainEqual(
      expect.objectContaining({ field: 'podcast', message: expect.stringMatching(/^unbekanntes Feld/) }),
    );
  });
});
