import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AuthorRegistry, autorenSchema, buildAuthorRegistry } from '@/lib/content/authors';
import { formatIssue } from '@/lib/content/issues';
import { readAuthorsFile, readContent } from '@/lib/content/load';
import { contentErrorFrom, readFixture, removeTempDirs, writeTempContent } from './helpers';

afterAll(removeTempDirs);

const article = readFixture('valid/artikel/su7-auslieferungen-steigen.md');
const themen = readFixture('valid/themen.yaml');
const newsroom = `- name: "Redaktion Test"
  slug: redaktion
  kind: redaktion
  role: "Redaktion"
  bio: "Die Redaktion der Testdaten."
`;

/** The messages for autoren.yaml, formatted as `check:content` prints them, with the temp folder cut off. */
function authorFileMessages(autoren: string | null, articles: Record<string, string> = {}): string[] {
  const directory = writeTempContent({
    'themen.yaml': themen,
    'autoren.yaml': autoren,
    'artikel/su7-auslieferungen-steigen.md': article,
    ...articles,
  });
  return contentErrorFrom(directory).issues.map((issue) =>
    formatIssue(issue).replace(/^\S*?\/(autoren\.yaml|artikel\/)/, '$1'),
  );
}

describe('content/autoren.yaml of the real site', () => {
  const authors = readAuthorsFile(path.resolve('content'));

  it('declares only the newsroom, under the name all articles carry, with no invented links', () => {
    expect(authors.authors).toEqual([
      expect.objectContaining({ name: 'Redaktion Xiaomi im Blick', slug: 'redaktion', kind: 'redaktion', links: [] }),
    ]);
  });

  // Reads and renders all real articles: slow on a busy machine.
  it('is the author of every real article', { timeout: 60_000 }, () => {
    for (const loaded of readContent().articles) expect(loaded.author.slug, loaded.file).toBe('redaktion');
  });
});

describe('the author schema', () => {
  it('reads a full entry and defaults links to none', () => {
    const parsed = autorenSchema.parse([
      {
        name: ' Anna Beispiel ',
        slug: 'anna-beispiel',
        kind: 'person',
        role: 'Redakteurin',
        bio: 'Schreibt über Elektroautos.',
        links: [{ label: 'Mastodon', url: 'https://mastodon.example/@anna' }],
      },
      { name: 'Redaktion', slug: 'redaktion', kind: 'redaktion', role: 'Redaktion', bio: 'Alle zusammen.' },
    ]);
    expect(parsed[0]!.name).toBe('Anna Beispiel');
    expect(parsed[1]!.links).toEqual([]);
  });

  it('finds an author by name and by slug, and suggests the closest declared name', () => {
    const { registry } = buildAuthorRegistry(autorenSchema.parse(parse(readFixture('site/autoren.yaml'))));
    expect(registry.named('Anna Beispiel')?.slug).toBe('anna-beispiel');
    expect(registry.withSlug('jonas-muster')?.name).toBe('Jonas Muster');
    expect(registry.closestName('anna beispiel')).toBe('Anna Beispiel');
    expect(registry.closestName('Ana Beispiel')).toBe('Anna Beispiel');
    expect(new AuthorRegistry([]).closestName('Anna')).toBeUndefined();
  });
});

describe('bad input in autoren.yaml: file, line and field in German', () => {
  it('reports a missing autoren.yaml once, without flagging every article', () => {
    expect(authorFileMessages(null)).toEqual([
      'autoren.yaml  Datei fehlt: Sie legt die Autorinnen und Autoren fest (author).',
    ]);
  });

  it('names a missing field with the line of its entry', () => {
    const autoren = `${newsroom}- name: "Anna Beispiel"
  slug: anna-beispiel
  kind: person
  role: "Redakteurin"
`;
    expect(authorFileMessages(autoren)).toEqual([
      'autoren.yaml:6  2.bio: Pflichtfeld fehlt: zwei, drei Sätze über die Autorin, den Autor oder die Redaktion',
    ]);
  });

  it('reports a duplicate slug on its line, naming who has the address already', () => {
    const autoren = `${newsroom}- name: "Anna Beispiel"
  slug: redaktion
  kind: person
  role: "Redakteurin"
  bio: "Schreibt über Elektroautos."
`;
    expect(authorFileMessages(autoren)).toEqual([
      'autoren.yaml:7  2.slug: „redaktion“ ist schon die Adresse /autoren/redaktion von „Redaktion Test“: jede Autorin, jeder Autor braucht eine eigene',
    ]);
  });

  it('reports a name declared twice on its line', () => {
    const autoren = `${newsroom}- name: "Redaktion Test"
  slug: redaktion-zwei
  kind: redaktion
  role: "Redaktion"
  bio: "Noch einmal."
`;
    expect(authorFileMessages(autoren)).toEqual([
      'autoren.yaml:6  2.name: „Redaktion Test“ ist schon als Eintrag 1 eingetragen',
    ]);
  });

  it('refuses an unknown kind, a slug that is no address, a link without https and an unknown field', () => {
    const autoren = `- name: "Redaktion Test"
  slug: Redaktion Test
  kind: team
  role: "Redaktion"
  bio: "Die Redaktion der Testdaten."
  links:
    - label: "Website"
      url: "example.org"
  email: "redaktion@example.org"
`;
    expect(authorFileMessages(autoren)).toEqual([
      'autoren.yaml:2  1.slug: erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „anna-beispiel“',
      'autoren.yaml:3  1.kind: muss „person“ (eine Autorin, ein Autor) oder „redaktion“ (die Redaktion als Ganzes) sein',
      'autoren.yaml:8  1.links.1.url: muss eine vollständige Adresse sein, die mit https:// (oder http://) beginnt',
      'autoren.yaml:1  1: Unbekannter Schlüssel: "email"',
    ]);
  });

  it('requires a list', () => {
    expect(authorFileMessages('name: "Redaktion Test"\n')).toEqual([
      'autoren.yaml  muss eine Liste sein: je Autorin oder Autor „- name: …“, „slug: …“, „kind: …“, „role: …“ und „bio: …“',
    ]);
  });
});

describe('an article whose author is not declared', () => {
  it('is an error at the author line with "meinten Sie …?", like an unknown tag', () => {
    const typo = article.replace('author: "Redaktion Test"', 'author: "Redaktion Tset"');
    expect(typo).not.toBe(article);
    const messages = authorFileMessages(newsroom, { 'artikel/su7-auslieferungen-steigen.md': typo });
    const line = typo.split('\n').findIndex((text) => text.startsWith('author:')) + 1;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      new RegExp(
        `^artikel/su7-auslieferungen-steigen\\.md:${line}  author: „Redaktion Tset“ ist nicht in \\S*/autoren\\.yaml eingetragen – meinten Sie „Redaktion Test“\\? \\(neue Autorinnen und Autoren dort ergänzen\\)$`,
      ),
    );
  });

  it('matches case-insensitively for the suggestion', () => {
    const lower = article.replace('author: "Redaktion Test"', 'author: "redaktion test"');
    const [message] = authorFileMessages(newsroom, { 'artikel/su7-auslieferungen-steigen.md': lower });
    expect(message).toContain('– meinten Sie „Redaktion Test“?');
  });

  it('passes with a declared name written with surrounding spaces', () => {
    const spaced = article.replace('author: "Redaktion Test"', 'author: "  Redaktion Test "');
    const directory = writeTempContent({
      'themen.yaml': themen,
      'autoren.yaml': newsroom,
      'artikel/su7-auslieferungen-steigen.md': spaced,
    });
    expect(readContent(directory).articles[0]!.author).toMatchObject({ name: 'Redaktion Test', slug: 'redaktion' });
  });
});

describe('links to author pages in an article', () => {
  const linking = (target: string) =>
    article.replace(/\n---\n\n/, `\n---\n\nMehr von der [Autorin](${target}).\n\n`).replace('mehr SU7', 'viele SU7');

  it('accepts a link to a declared author with a published article', () => {
    const directory = writeTempContent({
      'themen.yaml': themen,
      'artikel/su7-auslieferungen-steigen.md': linking('/autoren/redaktion'),
    });
    expect(readContent(directory).warnings).toEqual([]);
  });

  it('reports a link to an author nobody has as an error, and one without articles as a warning', () => {
    const directory = writeTempContent({
      'themen.yaml': themen,
      'artikel/su7-auslieferungen-steigen.md': linking('/autoren/niemand'),
    });
    expect(contentErrorFrom(directory).issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^Link auf „\/autoren\/niemand“ führt ins Leere: Niemand in \S*autoren\.yaml hat/),
    ]);
    const withoutArticles = writeTempContent({
      'themen.yaml': themen,
      'artikel/su7-auslieferungen-steigen.md': linking('/autoren/anna-beispiel'),
    });
    expect(readContent(withoutArticles).warnings.map((warning) => warning.message)).toEqual([
      'Link auf „/autoren/anna-beispiel“: Die Autorenseite entsteht erst mit dem ersten veröffentlichten Artikel dieser Person',
    ]);
  });
});
