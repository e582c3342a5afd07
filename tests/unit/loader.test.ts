import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { contentDirectory, readContent, type LoadedContent } from '@/lib/content/load';
import { slugPattern } from '@/lib/slug';
import { contentErrorFrom, fixture, issuesFor, readFixture, removeTempDirs, writeTempContent } from './helpers';

afterAll(removeTempDirs);

describe('readContent on tests/fixtures/valid', () => {
  let content: LoadedContent;
  beforeAll(() => {
    content = readContent(fixture('valid'), { publicDirectory: fixture('public') });
  });
  const article = (slug: string) => {
    const found = content.articles.find((candidate) => candidate.slug === slug);
    if (!found) throw new Error(`no article ${slug}`);
    return found;
  };

  it('loads every article, in file-name order, without warnings', () => {
    expect(content.articles.map((a) => a.slug)).toEqual([
      'entwurf-smart-home',
      'ki-im-auto',
      'su7-auslieferungen-steigen',
    ]);
    expect(content.warnings).toEqual([]);
  });

  it('reads the tag vocabulary from themen.yaml with German slugs', () => {
    expect(content.vocabulary.tags.map((tag) => [tag.name, tag.slug])).toEqual([
      ['Elektroautos', 'elektroautos'],
      ['SU7', 'su7'],
      ['Smart Home', 'smart-home'],
      ['Künstliche Intelligenz', 'kuenstliche-intelligenz'],
    ]);
  });

  it('fills in defaults for a minimal article: type "nachricht", not a draft, not featured, no kicker', () => {
    const minimal = article('su7-auslieferungen-steigen');
    expect(minimal).toMatchObject({
      title: 'Xiaomi liefert im März mehr SU7 aus als je zuvor',
      type: 'nachricht',
      draft: false,
      featured: false,
      ressort: 'zahlen',
      author: { name: 'Redaktion Test', slug: 'redaktion', kind: 'redaktion' },
      sources: [{ name: 'Xiaomi-Pressemitteilung' }],
      file: 'tests/fixtures/valid/artikel/su7-auslieferungen-steigen.md',
      readingMinutes: 1,
    });
    expect(minimal.kicker).toBeUndefined();
    expect(minimal.updated).toBeUndefined();
    expect(minimal.image).toBeUndefined();
    // A plain day means midnight in Berlin.
    expect(minimal.date).toEqual({ instant: new Date('2025-03-21T23:00:00Z'), hasTime: false });
  });

  it('resolves tag names to declared tags with slugs, in the order written', () => {
    expect(article('su7-auslieferungen-steigen').tags.map((tag) => tag.slug)).toEqual(['su7', 'elektroautos']);
    const tags = article('ki-im-auto').tags;
    expect(tags).toEqual([content.vocabulary.named('Künstliche Intelligenz'), content.vocabulary.named('SU7')]);
    expect(tags.map((tag) => tag.slug)).toEqual(['kuenstliche-intelligenz', 'su7']);
  });

  it('keeps every optional field of a full article', () => {
    const full = article('ki-im-auto');
    expect(full).toMatchObject({
      kicker: 'Analyse',
      type: 'analyse',
      featured: true,
      author: { name: 'Anna Beispiel', slug: 'anna-beispiel', kind: 'person' },
      ressort: 'technik',
      image: {
        src: '/bilder/su7-cockpit.jpg',
        alt: 'Das Cockpit des Xiaomi SU7 mit großem Bildschirm',
        credit: 'Xiaomi',
      },
      sources: [
        { name: 'Xiaomi-Pressemitteilung', url: 'https://www.mi.com/global/discover/newsroom' },
        { name: 'Eigene Recherche' },
      ],
    });
    expect(full.date).toEqual({ instant: new Date('2025-12-01T08:30:00Z'), hasTime: true });
    expect(full.updated).toEqual({ instant: new Date('2025-12-02T17:00:00Z'), hasTime: true });
  });

  it('renders the Markdown body to HTML once, at load time', () => {
    const { html } = article('ki-im-auto');
    expect(html).toContain(
      '<h2 id="was-der-assistent-kann">Was der Assistent kann <a class="heading-anchor" href="#was-der-assistent-kann"',
    );
    expect(html).toContain('<td>Sprachsteuerung</td>');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Fußnoten</h2>');
    expect(html).toContain('<a href="/themen/su7">unserem Überblick</a>');
    expect(html).toContain('class="extern"');
    expect(html).not.toContain('---');
  });

  it('keeps drafts and future-dated articles: the publish rule, not the loader, hides them', () => {
    const draft = article('entwurf-smart-home');
    expect(draft.draft).toBe(true);
    expect(draft.date.instant).toEqual(new Date('2030-01-14T23:00:00Z'));
  });

  it('reads a relative directory relative to the working directory', () => {
    expect(readContent('tests/fixtures/valid', { publicDirectory: fixture('public') }).articles).toHaveLength(3);
  });
});

describe('readContent on the real content in content/', () => {
  let content: LoadedContent;
  beforeAll(() => {
    vi.stubEnv('CONTENT_DIR', undefined);
    content = readContent();
    vi.unstubAllEnvs();
  });

  it('loads every article, one per .md file, without warnings (but for the operator placeholders)', () => {
    const files = readdirSync(path.resolve('content/artikel')).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(content.articles.map((article) => `${article.slug}.md`).sort()).toEqual(files.sort());
    // content/betreiber.yaml warns about each placeholder until the real details are entered (operator.test.tsx).
    const operatorFile = 'content/betreiber.yaml';
    expect(content.warnings.filter((warning) => warning.file !== operatorFile)).toEqual([]);
    for (const warning of content.warnings.filter((warning) => warning.file === operatorFile)) {
      expect(warning.message).toMatch(/^Platzhalter „\[[^\]]+\]“ ist noch nicht ersetzt/);
    }
  });

  it('gives every article at least one source, a title, a teaser and non-empty HTML', () => {
    for (const article of content.articles) {
      expect(article.sources.length, article.slug).toBeGreaterThanOrEqual(1);
      expect(
        article.sources.every((source) => source.name.length > 0),
        article.slug,
      ).toBe(true);
      expect(article.html.length, article.slug).toBeGreaterThan(200);
      expect(article.html, article.slug).toMatch(/^<p>/);
      expect(article.readingMinutes, article.slug).toBeGreaterThanOrEqual(1);
      expect(article.file, article.slug).toBe(`content/artikel/${article.slug}.md`);
    }
  });

  it('resolves every tag to a declared tag whose slug works as a URL segment', () => {
    for (const article of content.articles) {
      expect(article.tags.length, article.slug).toBeGreaterThanOrEqual(1);
      for (const tag of article.tags) {
        expect(tag.slug, tag.name).toMatch(slugPattern);
        expect(content.vocabulary.withSlug(tag.slug), tag.name).toBe(tag);
      }
    }
  });

  it('turns "Künstliche Intelligenz" into the slug "kuenstliche-intelligenz"', () => {
    expect(content.vocabulary.named('Künstliche Intelligenz')?.slug).toBe('kuenstliche-intelligenz');
  });

  it('has footnotes with German labels in the articles that cite with [^1]', () => {
    const withFootnotes = content.articles.filter((article) => article.html.includes('data-footnotes'));
    expect(withFootnotes.length).toBeGreaterThan(0);
    for (const article of withFootnotes) expect(article.html, article.slug).toContain('>Fußnoten</h2>');
  });
});

describe('contentDirectory', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is content/ in the working directory by default', () => {
    vi.stubEnv('CONTENT_DIR', undefined);
    expect(contentDirectory()).toBe(path.join(process.cwd(), 'content'));
  });

  it('follows CONTENT_DIR, resolved to an absolute path', () => {
    vi.stubEnv('CONTENT_DIR', 'tests/fixtures/valid');
    expect(contentDirectory()).toBe(fixture('valid'));
    expect(readContent(undefined, { publicDirectory: fixture('public') }).articles).toHaveLength(3);
  });
});

/** A temp content directory: the valid vocabulary and one valid article, plus the given files. */
function validPlus(files: Record<string, string | Uint8Array>): string {
  return writeTempContent({
    'themen.yaml': readFixture('valid/themen.yaml'),
    'artikel/su7-auslieferungen-steigen.md': readFixture('valid/artikel/su7-auslieferungen-steigen.md'),
    ...files,
  });
}

describe('files in the article folder that are not articles', () => {
  it('warns about a stray non-.md file but still loads the articles', () => {
    const content = readContent(validPlus({ 'artikel/notizen.txt': 'Ideen für nächste Woche' }));
    expect(content.articles.map((article) => article.slug)).toEqual(['su7-auslieferungen-steigen']);
    expect(content.warnings).toHaveLength(1);
    const [warning] = content.warnings;
    expect(warning?.severity).toBe('warning');
    expect(warning?.file).toMatch(/\/artikel\/notizen\.txt$/);
    expect(warning?.message).toBe('wird ignoriert: Artikel sind Dateien mit der Endung .md.');
    expect(formatIssue(warning!)).toMatch(/notizen\.txt {2}Warnung: wird ignoriert/);
  });

  it('warns about a sub-folder, even one named like an article', () => {
    const directory = validPlus({});
    mkdirSync(path.join(directory, 'artikel', 'archiv.md'));
    const content = readContent(directory);
    expect(content.articles).toHaveLength(1);
    expect(content.warnings.map((warning) => path.basename(warning.file))).toEqual(['archiv.md']);
  });

  it('warns about hidden files such as .DS_Store and editor swap files too, naming each', () => {
    const content = readContent(validPlus({ 'artikel/.DS_Store': '\u0000\u0001', 'artikel/.entwurf.md.swp': 'x' }));
    expect(content.articles).toHaveLength(1);
    expect(content.warnings.map((warning) => [path.basename(warning.file), warning.severity, warning.message])).toEqual(
      [
        ['.DS_Store', 'warning', 'wird ignoriert: Artikel sind Dateien mit der Endung .md.'],
        ['.entwurf.md.swp', 'warning', 'wird ignoriert: Artikel sind Dateien mit der Endung .md.'],
      ],
    );
  });

  it('treats a hidden .md file as an article, whose name is then no valid address', () => {
    const error = contentErrorFrom(
      validPlus({ 'artikel/.versteckt.md': readFixture('valid/artikel/su7-auslieferungen-steigen.md') }),
    );
    expect(issuesFor(error.issues, '.versteckt.md')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^Dateiname „\.versteckt\.md“ ist als Adresse ungeeignet/),
      }),
    ]);
  });

  it('refuses a symlink as an error, even one pointing at a valid article, and says where it points', () => {
    const directory = validPlus({});
    symlinkSync(
      path.join(directory, 'artikel', 'su7-auslieferungen-steigen.md'),
      path.join(directory, 'artikel', 'verknuepft.md'),
    );
    const error = contentErrorFrom(directory);
    expect(issuesFor(error.issues, 'verknuepft.md')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(
          /^Verknüpfung \(Symlink\) auf „.*\/artikel\/su7-auslieferungen-steigen\.md“: nicht erlaubt – Inhalte müssen als echte Dateien im Ordner liegen\. \(Sonst stünde derselbe Inhalt unter zwei Adressen\.\)$/,
        ),
      }),
    ]);
  });
});

describe('unreadable article files', () => {
  it('rejects a file that is not valid UTF-8 (saved as Latin-1)', () => {
    const latin1 = Buffer.from(
      readFixture('valid/artikel/su7-auslieferungen-steigen.md').replace('su7', 'su8'),
      'latin1',
    );
    expect(latin1.includes(0xe4)).toBe(true); // "ä" as a single Latin-1 byte
    const error = contentErrorFrom(validPlus({ 'artikel/latin-eins.md': latin1 }));
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/\/artikel\/latin-eins\.md$/),
        severity: 'error',
        message: 'Die Datei ist nicht in UTF-8 gespeichert: bitte im Editor als „UTF-8“ speichern.',
      }),
    ]);
  });

  it('rejects an empty file and a file of only whitespace', () => {
    const error = contentErrorFrom(validPlus({ 'artikel/leer.md': '', 'artikel/nur-leerzeilen.md': '\n \n\t\n' }));
    expect(error.issues.map((issue) => [path.basename(issue.file), issue.message])).toEqual([
      ['leer.md', 'Die Datei ist leer.'],
      ['nur-leerzeilen.md', 'Die Datei ist leer.'],
    ]);
  });

  it('rejects front matter that is a list instead of fields', () => {
    const error = contentErrorFrom(validPlus({ 'artikel/liste.md': '---\n- title\n- teaser\n---\n\nText.\n' }));
    expect(error.issues).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'Der Kopfbereich muss aus Feldern der Form „name: Wert“ bestehen. Der Text darunter (Links, Bilder, Diagramme) wird geprüft, sobald der Kopfbereich lesbar ist.',
      }),
    ]);
  });

  it('accepts a UTF-8 file that starts with a byte-order mark', () => {
    const withBom = `\uFEFF${readFixture('valid/artikel/su7-auslieferungen-steigen.md').replace('mehr SU7', 'viele SU7')}`;
    const content = readContent(validPlus({ 'artikel/mit-bom.md': withBom }));
    expect(content.articles.map((article) => article.slug)).toEqual(['mit-bom', 'su7-auslieferungen-steigen']);
  });
});

describe('problems with themen.yaml and the folder layout', () => {
  const article = readFixture('valid/artikel/su7-auslieferungen-steigen.md');

  it('reports a missing themen.yaml and does not then flag every tag as unknown', () => {
    const error = contentErrorFrom(writeTempContent({ 'artikel/su7-auslieferungen-steigen.md': article }));
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/\/themen\.yaml$/),
        severity: 'error',
        message: 'Datei fehlt: Sie legt die erlaubten Themen (tags) fest.',
      }),
    ]);
  });

  it('reports a missing artikel folder', () => {
    const error = contentErrorFrom(writeTempContent({ 'themen.yaml': readFixture('valid/themen.yaml') }));
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/\/artikel$/),
        message: 'Ordner fehlt: Hier liegt je Artikel eine .md-Datei.',
      }),
    ]);
  });

  it('reports two tag names that would share one URL', () => {
    const themen = '- name: "Smart Home"\n  description: "Zuhause."\n- name: "Smart-Home"\n  description: "Doppelt."\n';
    const error = contentErrorFrom(
      writeTempContent({ 'themen.yaml': themen, 'artikel/su7-auslieferungen-steigen.md': article }),
    );
    expect(error.issues).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/\/themen\.yaml$/),
        message:
          '„Smart-Home“ ergibt dieselbe Adresse /themen/smart-home wie „Smart Home“: bitte zusammenführen oder umbenennen',
      }),
    );
  });

  it('reports a theme entry without description, naming the entry and field', () => {
    const themen = '- name: "SU7"\n  description: "Die Limousine."\n- name: "Elektroautos"\n';
    const error = contentErrorFrom(
      writeTempContent({ 'themen.yaml': themen, 'artikel/su7-auslieferungen-steigen.md': article }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/\/themen\.yaml$/),
        field: '2.description',
        message: 'Pflichtfeld fehlt: ein Satz, was Leser unter diesem Thema finden',
      }),
    ]);
  });

  it('reports an empty theme description with its line', () => {
    const themen = '- name: "SU7"\n  description: "Die Limousine."\n- name: "Elektroautos"\n  description: "  "\n';
    const error = contentErrorFrom(
      writeTempContent({ 'themen.yaml': themen, 'artikel/su7-auslieferungen-steigen.md': article }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ field: '2.description', line: 4, message: 'darf nicht leer sein' }),
    ]);
  });

  it('requires themen.yaml to be a list', () => {
    const error = contentErrorFrom(
      writeTempContent({ 'themen.yaml': 'SU7: "Die Limousine."\n', 'artikel/su7-auslieferungen-steigen.md': article }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ message: 'muss eine Liste sein: je Thema „- name: …“ und „description: …“' }),
    ]);
  });

  it('reports a YAML syntax error in themen.yaml with its line', () => {
    const themen = '- name: "SU7"\n  description: "Die Limousine.\n- name: "YU7"\n';
    const error = contentErrorFrom(
      writeTempContent({ 'themen.yaml': themen, 'artikel/su7-auslieferungen-steigen.md': article }),
    );
    const [issue] = error.issues;
    expect(issue?.file).toMatch(/\/themen\.yaml$/);
    expect(issue?.line).toBe(2);
    expect(issue?.message).toMatch(/^Ein Zeichen fehlt/);
  });
});
