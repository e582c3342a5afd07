import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentError, ContentIssue } from '@/lib/content/issues';
import { articleTypes, frontMatterSchema, limits } from '@/lib/content/schema';
import { describeSchemaIssue } from '@/lib/content/schema-issues';
import { ressortSlugs } from '@/lib/ressorts';
import { contentErrorFrom, fixture, issuesFor, removeTempDirs, writeTempContent } from './helpers';

/**
 * tests/fixtures/broken/artikel holds one file per rule, each breaking exactly that rule (the
 * `doppelter-titel-*` pair is valid on its own but shares a title). One loader run reads them all.
 */
const brokenFolder = fixture('broken/artikel');
const allowedFieldList =
  'title, kicker, teaser, date, updated, author, ressort, type, tags, sources, image, draft, featured, corrections, figures, aliases';
const dateHelp = '(erlaubt: JJJJ-MM-TT wie 2025-03-22, oder mit Uhrzeit und Zeitzone wie 2025-12-01T09:30:00+01:00)';

let error: ContentError;
beforeAll(() => {
  error = contentErrorFrom(fixture('broken'));
});

/** The one issue reported for a file; fails if there is none or more than one. */
function onlyIssueFor(fileName: string): ContentIssue {
  const found = issuesFor(error.issues, fileName);
  expect(found, `issues for ${fileName}`).toHaveLength(1);
  return found[0]!;
}

interface RuleCase {
  rule: string;
  file: string;
  field?: string;
  line?: number;
  message: string;
}

const singleIssueCases: RuleCase[] = [
  {
    rule: 'rejects a title longer than 110 characters, naming file, field and line',
    file: 'titel-zu-lang.md',
    field: 'title',
    line: 2,
    message: 'ist zu lang: 111 Zeichen (erlaubt: höchstens 110 Zeichen)',
  },
  {
    rule: 'rejects a title that is a number rather than text',
    file: 'titel-ist-zahl.md',
    field: 'title',
    line: 2,
    message: 'muss ein Text sein (in Anführungszeichen setzen hilft)',
  },
  {
    rule: 'rejects a kicker longer than 40 characters, naming file, field and line',
    file: 'dachzeile-zu-lang.md',
    field: 'kicker',
    line: 3,
    message: 'ist zu lang: 41 Zeichen (erlaubt: höchstens 40 Zeichen)',
  },
  {
    rule: 'rejects a teaser shorter than 80 characters, naming file and field',
    file: 'teaser-zu-kurz.md',
    field: 'teaser',
    line: 4,
    message: 'ist zu kurz: 79 Zeichen (erlaubt: 80 bis 320 Zeichen)',
  },
  {
    rule: 'rejects a teaser longer than 320 characters, naming file and field',
    file: 'teaser-zu-lang.md',
    field: 'teaser',
    line: 4,
    message: 'ist zu lang: 321 Zeichen (erlaubt: 80 bis 320 Zeichen)',
  },
  {
    rule: 'rejects an impossible calendar day (2025-02-30) and explains both accepted forms',
    file: 'datum-unmoeglich.md',
    field: 'date',
    line: 5,
    message: `„2025-02-30“ ist kein gültiges Datum ${dateHelp}`,
  },
  {
    rule: 'rejects month 13 (2025-13-01)',
    file: 'datum-monat-13.md',
    field: 'date',
    line: 5,
    message: `„2025-13-01“ ist kein gültiges Datum ${dateHelp}`,
  },
  {
    rule: 'rejects a word instead of a date ("gestern")',
    file: 'datum-als-wort.md',
    field: 'date',
    line: 5,
    message: `„gestern“ ist kein gültiges Datum ${dateHelp}`,
  },
  {
    rule: 'rejects a date-time without a time-zone offset',
    file: 'datum-ohne-zeitzone.md',
    field: 'date',
    line: 5,
    message: `„2025-12-01T09:30:00“ ist kein gültiges Datum ${dateHelp}`,
  },
  {
    rule: 'rejects an "updated" date before the publication date',
    file: 'aktualisiert-vor-datum.md',
    field: 'updated',
    line: 6,
    message: 'liegt vor „date“ (erlaubt: gleich oder nach dem Erscheinungsdatum)',
  },
  {
    rule: 'requires an author, pointing at the start of the front matter',
    file: 'ohne-autor.md',
    field: 'author',
    line: 2,
    message: 'Pflichtfeld fehlt',
  },
  {
    rule: 'rejects an unknown ressort and lists the allowed ones',
    file: 'ressort-unbekannt.md',
    field: 'ressort',
    line: 7,
    message: '„sport“ ist kein Ressort (erlaubt: partnerschaften, expansion, zahlen, technik)',
  },
  {
    rule: 'rejects an unknown article type and lists the allowed ones',
    file: 'artikelart-unbekannt.md',
    field: 'type',
    line: 8,
    message: '„reportage“ ist keine Artikelart (erlaubt: nachricht, analyse, hintergrund, kommentar)',
  },
  {
    rule: 'requires at least one tag',
    file: 'ohne-themen.md',
    field: 'tags',
    line: 8,
    message: 'braucht mindestens ein Thema aus content/themen.yaml',
  },
  {
    rule: 'rejects an undeclared tag and suggests the closest declared name',
    file: 'thema-unbekannt.md',
    field: 'tags.2',
    line: 10,
    message:
      'Thema „Elektroauto“ ist nicht in tests/fixtures/broken/themen.yaml eingetragen – meinten Sie „Elektroautos“? (neue Themen dort ergänzen)',
  },
  {
    rule: 'rejects a tag written in the wrong case and suggests the declared spelling',
    file: 'thema-kleingeschrieben.md',
    field: 'tags.1',
    line: 9,
    message:
      'Thema „su7“ ist nicht in tests/fixtures/broken/themen.yaml eingetragen – meinten Sie „SU7“? (neue Themen dort ergänzen)',
  },
  {
    rule: 'requires at least one source',
    file: 'ohne-quellen.md',
    field: 'sources',
    line: 10,
    message: 'braucht mindestens eine Quelle: Jede Zahl auf dieser Seite muss belegt sein',
  },
  {
    rule: 'rejects a file name with uppercase letters, which would not make a clean URL',
    file: 'Grossbuchstaben-im-Namen.md',
    message:
      'Dateiname „Grossbuchstaben-im-Namen.md“ ist als Adresse ungeeignet (erlaubt: Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. xiaomi-su7-startet.md)',
  },
  {
    rule: 'rejects a file name with an underscore',
    file: 'unter_strich.md',
    message:
      'Dateiname „unter_strich.md“ ist als Adresse ungeeignet (erlaubt: Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. xiaomi-su7-startet.md)',
  },
  {
    rule: 'reports a YAML syntax error (unclosed quote) with the file line it is on',
    file: 'yaml-syntaxfehler.md',
    line: 4,
    message:
      'Ein Zeichen fehlt (oft ein schließendes Anführungszeichen) (YAML: Missing closing "quote). Der Text darunter (Links, Bilder, Diagramme) wird geprüft, sobald der Kopfbereich lesbar ist.',
  },
  {
    rule: 'reports a field written twice with the line of the second one',
    file: 'feld-doppelt.md',
    line: 3,
    message:
      'Ein Feld steht doppelt im Kopfbereich (YAML: Map keys must be unique). Der Text darunter (Links, Bilder, Diagramme) wird geprüft, sobald der Kopfbereich lesbar ist.',
  },
  {
    rule: 'reports a file without front matter on line 1',
    file: 'ohne-kopfbereich.md',
    line: 1,
    message:
      'Der Kopfbereich fehlt: Die Datei muss mit einer Zeile „---“ beginnen, dann folgen die Felder (title, teaser, …) und wieder „---“.',
  },
  {
    rule: 'reports a "#" heading in the body with its line in the file, not in the body',
    file: 'h1-im-text.md',
    line: 16,
    message:
      'Überschrift mit einem # im Text: Der Titel ist schon die Hauptüberschrift, Zwischenüberschriften beginnen mit ##.',
  },
];

describe('front-matter rules, as reported by the loader for tests/fixtures/broken', () => {
  it.each(singleIssueCases)('$rule', ({ file, field, line, message }) => {
    const issue = onlyIssueFor(file);
    expect(issue.file).toBe(`tests/fixtures/broken/artikel/${file}`);
    expect(issue.severity).toBe('error');
    expect(issue.field).toBe(field);
    expect(issue.line).toBe(line);
    expect(issue.message).toBe(message);
  });

  it('reports every source whose url is not http(s), each with its own field and line', () => {
    const issues = issuesFor(error.issues, 'quelle-ohne-http.md');
    const message = 'ist keine gültige Web-Adresse (erlaubt: vollständige Adresse mit http:// oder https://)';
    expect(issues.map(({ field, line, message }) => ({ field, line, message }))).toEqual([
      { field: 'sources.1.url', line: 12, message },
      { field: 'sources.2.url', line: 14, message },
    ]);
  });

  it('requires alt text and credit for an image', () => {
    const issues = issuesFor(error.issues, 'bild-ohne-alt-und-credit.md');
    expect(issues.map(({ field, message }) => ({ field, message }))).toEqual([
      { field: 'image.alt', message: 'Pflichtfeld fehlt' },
      { field: 'image.credit', message: 'Pflichtfeld fehlt' },
    ]);
    // Missing keys have no line of their own: the line of "image:" stands in (not "src:" below it, issue 17).
    expect(issues.every((issue) => issue.line === 12)).toBe(true);
  });

  it('requires draft and featured to be true or false, not text or numbers', () => {
    const issues = issuesFor(error.issues, 'entwurf-kein-boolean.md');
    expect(issues.map(({ field, line, message }) => ({ field, line, message }))).toEqual([
      { field: 'draft', line: 12, message: 'muss true oder false sein' },
      { field: 'featured', line: 13, message: 'muss true oder false sein' },
    ]);
  });

  it('reports a misspelt field name ("teasre") as unknown, suggests "teaser" and lists the allowed fields', () => {
    const issues = issuesFor(error.issues, 'tippfehler-feldname.md');
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'teasre',
        line: 4,
        message: `unbekanntes Feld – meinten Sie „teaser“? (erlaubt: ${allowedFieldList})`,
      }),
    );
    // …and the real field is then missing.
    expect(issues).toContainEqual(expect.objectContaining({ field: 'teaser', message: 'Pflichtfeld fehlt' }));
    expect(issues).toHaveLength(2);
  });

  it('suggests the English field for the German word an editor wrote ("Dachzeile" → "kicker"), else the closest spelling', () => {
    const allowed = Object.keys(frontMatterSchema.shape);
    const unknownKeys = frontMatterSchema
      .strict()
      .safeParse({ Dachzeile: 'x', datum: 'x', Quellen: 'x', einheit: 'x' });
    const suggestions = unknownKeys
      .error!.issues.filter((issue) => issue.code === 'unrecognized_keys')
      .flatMap((issue) => describeSchemaIssue('a.md', issue, () => 1, allowed))
      .map(({ field, message }) => `${field}: ${message.split('?')[0]}`);
    expect(suggestions.slice(0, 3)).toEqual([
      'Dachzeile: unbekanntes Feld – meinten Sie „kicker“',
      'datum: unbekanntes Feld – meinten Sie „date“',
      'Quellen: unbekanntes Feld – meinten Sie „sources“',
    ]);
    // "unit" is a dataset field, not an article field: the hint names an article field instead.
    expect(allowed.map((field) => `einheit: unbekanntes Feld – meinten Sie „${field}“`)).toContain(suggestions[3]);
  });

  it('suggests "sources" for the singular "quelle" too (every German hint names a field the schema has)', () => {
    const unknownKeys = frontMatterSchema.strict().safeParse({ quelle: 'x' });
    const [issue] = unknownKeys.error!.issues.filter((found) => found.code === 'unrecognized_keys');
    const [described] = describeSchemaIssue('a.md', issue!, () => 1, Object.keys(frontMatterSchema.shape));
    expect(described?.message).toMatch(/^unbekanntes Feld – meinten Sie „sources“\?/);
  });

  it('maps the field names other systems use (WordPress, Hugo, Jekyll) and German words to ours, not to the closest spelling', () => {
    const meant: Record<string, string> = {
      summary: 'teaser',
      description: 'teaser',
      excerpt: 'teaser',
      zusammenfassung: 'teaser',
      headline: 'title',
      category: 'ressort',
      categories: 'ressort',
      section: 'ressort',
      kategorie: 'ressort',
      rubrik: 'ressort',
      published: 'date',
      pubDate: 'date',
      publish_date: 'date',
      veröffentlicht: 'date',
      modified: 'updated',
      lastmod: 'updated',
      keywords: 'tags',
      schlagwörter: 'tags',
      stichworte: 'tags',
      cover: 'image',
      thumbnail: 'image',
      featured_image: 'image',
      titelbild: 'image',
      writer: 'author',
      byline: 'author',
      verfasser: 'author',
      redirect_from: 'aliases',
      references: 'sources',
    };
    const allowed = Object.keys(frontMatterSchema.shape);
    const unknownKeys = frontMatterSchema
      .strict()
      .safeParse(Object.fromEntries(Object.keys(meant).map((key) => [key, 'x'])));
    const suggested = Object.fromEntries(
      unknownKeys
        .error!.issues.filter((issue) => issue.code === 'unrecognized_keys')
        .flatMap((issue) => describeSchemaIssue('a.md', issue, () => 1, allowed))
        .map(({ field, message }) => [field, /meinten Sie „(\w+)“/.exec(message)?.[1]]),
    );
    expect(suggested).toEqual(meant);
  });

  it('reports a title used twice (ignoring case) on the later file and names the earlier one', () => {
    expect(issuesFor(error.issues, 'doppelter-titel-a.md')).toEqual([]);
    const issue = onlyIssueFor('doppelter-titel-b.md');
    expect(issue.field).toBe('title');
    expect(issue.message).toBe(
      'Gleicher Titel wie tests/fixtures/broken/artikel/doppelter-titel-a.md: Jeder Artikel braucht eine eigene Überschrift.',
    );
  });
});

describe('the collected report for tests/fixtures/broken', () => {
  const brokenFiles = readdirSync(brokenFolder).filter((name) => name !== 'doppelter-titel-a.md');

  it('reports all invalid files in one ContentError instead of stopping at the first', () => {
    const reported = new Set(error.issues.map((issue) => issue.file));
    expect([...reported].sort()).toEqual(brokenFiles.map((name) => `tests/fixtures/broken/artikel/${name}`).sort());
    expect(brokenFiles.length).toBeGreaterThan(25);
  });

  it('lists only errors, no warnings, for this folder', () => {
    expect(error.issues.every((issue) => issue.severity === 'error')).toBe(true);
  });

  it('opens the German report with the number of errors and of files', () => {
    const [headline] = error.message.split('\n');
    expect(headline).toBe(`Der Inhalt ist fehlerhaft: ${error.issues.length} Fehler in ${brokenFiles.length} Dateien.`);
  });

  it('puts each issue on its own line as "file:line  field: message" and ends with where to find help', () => {
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(error.issues.length + 2);
    expect(lines).toContain(
      '  tests/fixtures/broken/artikel/titel-zu-lang.md:2  title: ist zu lang: 111 Zeichen (erlaubt: höchstens 110 Zeichen)',
    );
    expect(lines).toContain(
      '  tests/fixtures/broken/artikel/unter_strich.md  Dateiname „unter_strich.md“ ist als Adresse ungeeignet (erlaubt: Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. xiaomi-su7-startet.md)',
    );
    expect(lines.at(-1)).toBe('Die Website wird erst gebaut, wenn alle Fehler behoben sind. Hilfe: CONTRIBUTING.md');
    expect(error.name).toBe('ContentError');
  });

  describe('with a single invalid file', () => {
    afterAll(removeTempDirs);

    it('uses the singular "1 Fehler in 1 Datei"', () => {
      const directory = writeTempContent({
        'themen.yaml': '- name: "SU7"\n  description: "Die Limousine."\n',
        'artikel/leer.md': '',
      });
      const single = contentErrorFrom(directory);
      expect(single.message.split('\n')[0]).toBe('Der Inhalt ist fehlerhaft: 1 Fehler in 1 Datei.');
    });
  });
});

describe('frontMatterSchema on its own', () => {
  const valid = {
    title: 'Xiaomi liefert mehr SU7 aus',
    teaser: 'Xiaomi hat im März mehr Elektroautos ausgeliefert als je zuvor; die Nachfrage nach dem SU7 bleibt hoch.',
    date: '2025-03-22',
    author: 'Redaktion Test',
    ressort: 'zahlen',
    tags: ['SU7'],
    sources: [{ name: 'Xiaomi-Pressemitteilung' }],
  };
  const parse = (overrides: Record<string, unknown>) => frontMatterSchema.safeParse({ ...valid, ...overrides });
  const messagesOf = (overrides: Record<string, unknown>) => {
    const result = parse(overrides);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('defaults the type to "nachricht" and draft and featured to false', () => {
    const result = frontMatterSchema.parse(valid);
    expect(result.type).toBe('nachricht');
    expect(result.draft).toBe(false);
    expect(result.featured).toBe(false);
    expect(result.kicker).toBeUndefined();
    expect(result.date).toEqual({ instant: new Date('2025-03-21T23:00:00Z'), hasTime: false });
  });

  it('accepts every declared article type and ressort', () => {
    for (const type of articleTypes) expect(parse({ type }).success, type).toBe(true);
    for (const ressort of ressortSlugs) expect(parse({ ressort }).success, ressort).toBe(true);
  });

  it('points a ressort or type written in capitals, or misspelled by a letter or two, to the allowed value', () => {
    expect(messagesOf({ ressort: 'Zahlen' })).toEqual([
      'ressort: „Zahlen“ ist kein Ressort – meinten Sie „zahlen“? (klein geschrieben) (erlaubt: partnerschaften, expansion, zahlen, technik)',
    ]);
    expect(messagesOf({ ressort: 'technick' })).toEqual([
      'ressort: „technick“ ist kein Ressort – meinten Sie „technik“? (erlaubt: partnerschaften, expansion, zahlen, technik)',
    ]);
    expect(messagesOf({ type: 'Analyse' })).toEqual([
      'type: „Analyse“ ist keine Artikelart – meinten Sie „analyse“? (klein geschrieben) (erlaubt: nachricht, analyse, hintergrund, kommentar)',
    ]);
    // A value that is simply different gets no guess.
    expect(messagesOf({ ressort: 'sport' })).toEqual([
      'ressort: „sport“ ist kein Ressort (erlaubt: partnerschaften, expansion, zahlen, technik)',
    ]);
  });

  it('accepts texts exactly at the limits: title 110, kicker 40, teaser 80 and 320 characters', () => {
    expect(limits).toMatchObject({ title: { max: 110 }, kicker: { max: 40 }, teaser: { min: 80, max: 320 } });
    expect(parse({ title: 't'.repeat(110), kicker: 'k'.repeat(40), teaser: 'a'.repeat(80) }).success).toBe(true);
    expect(parse({ teaser: 'a'.repeat(320) }).success).toBe(true);
  });

  it('measures length after trimming surrounding whitespace', () => {
    expect(parse({ title: `  ${'t'.repeat(110)}  ` }).success).toBe(true);
    expect(messagesOf({ title: '   ' })).toEqual(['title: darf nicht leer sein']);
  });

  it('accepts a date-time with offset or Z and keeps that a time was given', () => {
    const result = frontMatterSchema.parse({
      ...valid,
      date: '2025-12-01T09:30:00+01:00',
      updated: '2025-12-01T08:30:00Z',
    });
    expect(result.date).toEqual({ instant: new Date('2025-12-01T08:30:00Z'), hasTime: true });
    expect(result.updated?.instant).toEqual(new Date('2025-12-01T08:30:00Z'));
  });

  it('rejects an impossible day in a date-time too (2025-02-30T10:00:00+01:00)', () => {
    expect(messagesOf({ date: '2025-02-30T10:00:00+01:00' })).toEqual([
      'date: „2025-02-30T10:00:00+01:00“ ist kein gültiges Datum (erlaubt: JJJJ-MM-TT wie 2025-03-22, oder mit Uhrzeit und Zeitzone wie 2025-12-01T09:30:00+01:00)',
    ]);
  });

  it('accepts "updated" on the same moment as "date" but not one second earlier', () => {
    expect(parse({ date: '2025-12-01T09:30:00+01:00', updated: '2025-12-01T09:30:00+01:00' }).success).toBe(true);
    expect(messagesOf({ date: '2025-12-01T09:30:00+01:00', updated: '2025-12-01T09:29:59+01:00' })).toEqual([
      'updated: liegt vor „date“ (erlaubt: gleich oder nach dem Erscheinungsdatum)',
    ]);
  });

  it('accepts http and https source urls and rejects javascript:, mailto: and bare host names', () => {
    expect(
      parse({
        sources: [
          { name: 'A', url: 'https://www.mi.com/' },
          { name: 'B', url: 'http://example.com/x' },
        ],
      }).success,
    ).toBe(true);
    for (const url of ['javascript:alert(1)', 'mailto:presse@xiaomi.com', 'www.mi.com']) {
      expect(messagesOf({ sources: [{ name: 'A', url }] }), url).toEqual([
        'sources.0.url: ist keine gültige Web-Adresse (erlaubt: vollständige Adresse mit http:// oder https://)',
      ]);
    }
  });

  it('explains the expected form when a source is plain text instead of "- name: …"', () => {
    expect(messagesOf({ sources: ['Xiaomi-Pressemitteilung'] })).toEqual([
      'sources.0: jede Quelle braucht einen Namen, z. B. „- name: Xiaomi-Pressemitteilung“ (optional „url:“ und „cites:“)',
    ]);
  });

  it('requires a name for each source', () => {
    expect(messagesOf({ sources: [{ url: 'https://www.mi.com/' }] })).toEqual(['sources.0.name: Pflichtfeld fehlt']);
  });

  it('requires the image path to be a local image in public/', () => {
    const image = (src: string) => ({ image: { src, alt: 'Ein SU7', credit: 'Xiaomi' } });
    expect(parse(image('/bilder/su7.webp')).success).toBe(true);
    for (const src of [
      'https://cdn.example.com/su7.jpg',
      '//cdn.example.com/su7.jpg',
      '/bilder/su7.pdf',
      'bilder/su7.jpg',
    ]) {
      const messages = messagesOf(image(src));
      expect(messages, src).toHaveLength(1);
      expect(messages[0], src).toMatch(/^image\.src: muss ein Bildpfad in public\/ sein/);
    }
  });

  it('says a required list is missing when tags or sources are absent, and that a list is expected otherwise', () => {
    const result = frontMatterSchema.safeParse({ ...valid, tags: undefined, sources: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'tags: Pflichtfeld fehlt: mindestens ein Thema aus content/themen.yaml',
      'sources: Pflichtfeld fehlt: mindestens eine Quelle (jede Zahl muss belegt sein)',
    ]);
    expect(messagesOf({ tags: 'SU7' })).toEqual(['tags: muss eine Liste von Themen sein (jede Zeile „- Thema“)']);
  });

  describe('figures (Kennzahlen)', () => {
    it('keeps values as written, so lower bounds and German formats survive', () => {
      const figures = [
        { value: '48.654', label: 'Auslieferungen im Oktober 2025', note: 'Rekordmonat' },
        { value: 'mehr als 400.000', label: 'neues Jahresziel für 2025' },
      ];
      expect(frontMatterSchema.parse({ ...valid, figures }).figures).toEqual(figures);
      expect(frontMatterSchema.parse(valid).figures).toEqual([]);
    });

    it('explains in German what is missing or wrong', () => {
      expect(messagesOf({ figures: [{ value: '48.654' }] })).toEqual(['figures.0.label: Pflichtfeld fehlt']);
      expect(messagesOf({ figures: [{ value: 48.654, label: 'Oktober' }] })).toEqual([
        'figures.0.value: muss ein Text sein (in Anführungszeichen setzen hilft)',
      ]);
      expect(messagesOf({ figures: [{ value: '1', label: 'x', quelle: 'y' }] })).toEqual([
        expect.stringMatching(/^figures\.0: .*quelle/),
      ]);
      expect(messagesOf({ figures: 'viele' })).toEqual([
        'figures: muss eine Liste von Kennzahlen sein: je Eintrag „- value: …“ und „label: …“',
      ]);
      expect(messagesOf({ figures: ['48.654'] })).toEqual([
        expect.stringMatching(/^figures\.0: jede Kennzahl braucht „value“ und „label“/),
      ]);
      expect(messagesOf({ figures: [{ value: '1', label: 'x'.repeat(81) }] })).toEqual([
        'figures.0.label: ist zu lang: 81 Zeichen (erlaubt: höchstens 80 Zeichen)',
      ]);
    });

    it('allows at most six figures: the box shows the essentials at a glance', () => {
      const figure = { value: '1', label: 'Kennzahl' };
      expect(parse({ figures: Array(6).fill(figure) }).success).toBe(true);
      expect(messagesOf({ figures: Array(7).fill(figure) })).toEqual([
        'figures: höchstens 6 Kennzahlen: Der Kasten soll das Wichtigste auf einen Blick zeigen',
      ]);
    });
  });
});
