import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlight } from '@/components/Highlight';
import type { Article } from '@/lib/content/article';
import { createCatalog } from '@/lib/content/catalog';
import { TagVocabulary } from '@/lib/content/themen';
import { renderMarkdown } from '@/lib/content/markdown';
import { gunzipSync } from 'node:zlib';
import { searchArticlesPath, searchManifestPath, searchTermsPath, searchTextsPath, searchWordsPath } from '@/lib/paths';
import { plainText, searchIndexFile, searchIndexOf } from '@/lib/search/build';
import { editDistance, joinModelNumbers, SearchIndex } from '@/lib/search/engine';
import { highlightSegments, passageSegments } from '@/lib/search/highlight';
import { termKey, wordKey } from '@/lib/search/index-format';
import { buildSearchIndexFiles, type SearchDocument, type SearchIndexFiles } from '@/lib/search/index-files';
import { readSearchIndexFile } from '@/lib/search/payload';
import { foldGerman, indexTerms, queryTerm, stemGerman, tokenize } from '@/lib/search/text';
import { makeArticle, makeTag } from './helpers';

describe('foldGerman', () => {
  it('ignores case: "ikea" is "IKEA"', () => {
    expect(foldGerman('IKEA')).toBe('ikea');
    expect(foldGerman('ikea')).toBe('ikea');
  });

  it('drops diacritics: "Tradfri" is "Trådfri"', () => {
    expect(foldGerman('Trådfri')).toBe(foldGerman('Tradfri'));
    expect(foldGerman('Škoda Peugeot Citroën')).toBe('skoda peugeot citron');
  });

  it('spells umlauts one way: Übernahme, Uebernahme, Ubernahme and übernahme are one word', () => {
    const forms = ['Übernahme', 'Uebernahme', 'Ubernahme', 'übernahme', 'UEBERNAHME'].map(foldGerman);
    expect(new Set(forms)).toEqual(new Set(['ubernahme']));
    expect(foldGerman('Größenordnung')).toBe(foldGerman('Groessenordnung'));
    expect(foldGerman('Märkte')).toBe(foldGerman('Maerkte'));
  });

  it('writes ß as ss: "Straße" is "Strasse"', () => {
    expect(foldGerman('Straße')).toBe('strasse');
    expect(foldGerman('Strasse')).toBe('strasse');
    expect(foldGerman('STRAẞE')).toBe('strasse');
  });

  it('keeps "ue" after a vowel or q, where it is no written-out ü', () => {
    expect(foldGerman('neue')).toBe('neue');
    expect(foldGerman('Quelle')).toBe('quelle');
    expect(foldGerman('Feuer')).toBe('feuer');
  });

  it('joins German thousands separators', () => {
    expect(foldGerman('48.654')).toBe('48654');
  });
});

describe('stemGerman (CISTEM)', () => {
  it('gives singular and plural one stem: Auslieferung and Auslieferungen', () => {
    expect(stemGerman('Auslieferung')).toBe('auslieferung');
    expect(stemGerman('Auslieferungen')).toBe('auslieferung');
    expect(stemGerman('Modell')).toBe(stemGerman('Modelle'));
    expect(stemGerman('Städte')).toBe(stemGerman('Staedte'));
  });

  it('follows the published examples of CISTEM', () => {
    expect(stemGerman('Speicherbehältern')).toBe('speicherbehalt');
    expect(stemGerman('Grenzpostens')).toBe('grenzpost');
    expect(stemGerman('Ausgefeiltere')).toBe('ausgefeilt');
  });

  it('strips a final t from verbs, not from nouns', () => {
    expect(stemGerman('liefert')).toBe('liefer');
    expect(stemGerman('Markt')).toBe('markt');
  });

  it('leaves short words and model names alone', () => {
    expect(stemGerman('SU7')).toBe('su7');
    expect(stemGerman('Auto')).toBe('auto');
  });
});

describe('index and query terms', () => {
  it('index a word under its folded form and its stem', () => {
    expect(indexTerms('Auslieferungen')).toEqual(['auslieferungen', 'auslieferung']);
    expect(indexTerms('IKEA')).toEqual(['ikea']);
  });

  it('search a query word by its stem, which both spellings and both numbers share', () => {
    expect(queryTerm('Uebernahme')).toBe(queryTerm('Übernahme'));
    expect(queryTerm('Auslieferungen')).toBe(queryTerm('Auslieferung'));
    expect(indexTerms('Auslieferungen')).toContain(queryTerm('Auslieferung'));
    expect(indexTerms('Straße')).toContain(queryTerm('Strasse'));
  });

  it('split text into words at spaces, punctuation and hyphens', () => {
    expect(tokenize('Trådfri-Leuchten: 48.654 E-Autos (SU7)!')).toEqual([
      'Trådfri',
      'Leuchten',
      '48.654',
      'E',
      'Autos',
      'SU7',
    ]);
  });
});

describe('plainText', () => {
  it('turns an article body into readable text without markup, hints and footnote marks', () => {
    const { html } = renderMarkdown(
      'Erster **Absatz**[^1] mit [Link](https://example.com).\n\n## Zweiter\n\n| Monat | Zahl |\n|---|---|\n| Oktober | 48.654 |\n\n[^1]: Die Fußnote.',
    );
    const text = plainText(html);
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain('Erster Absatz mit Link.');
    expect(text).toMatch(/Zweiter\s+Monat\s+Zahl\s+Oktober\s+48\.654/);
    expect(text).toContain('Die Fußnote.');
    expect(text).not.toMatch(/externer Link|Fußnoten\b|Zurück zum Verweis|↩/);
  });
});

const now = new Date('2025-12-02T12:00:00+01:00');
const vocabulary = new TagVocabulary(['Absatzzahlen', 'IKEA', 'Europa'].map(makeTag));
const body = (markdown: string) => renderMarkdown(markdown).html;
const articles: Article[] = [
  makeArticle({
    slug: 'auslieferungen-november',
    date: '2025-12-01',
    title: 'Xiaomi liefert im November mehr als 40.000 E-Autos aus',
    kicker: 'Absatz',
    teaser: 'Zum dritten Mal in Folge mehr als 40.000 Fahrzeuge in einem Monat.',
    ressort: 'zahlen',
    tags: ['Absatzzahlen'],
    html: body('Die **Auslieferungen** lagen im Oktober bei 48.654 Fahrzeugen.'),
  }),
  makeArticle({
    slug: 'ikea-partnerschaft',
    date: '2018-11-29',
    title: 'IKEA bringt Trådfri-Leuchten zu Xiaomi',
    teaser: 'Der schwedische Möbelhändler bindet seine smarten Leuchten an Xiaomis Plattform an.',
    ressort: 'partnerschaften',
    tags: ['IKEA'],
    html: body('Xiaomi könnte die Rolle eines Türöffners übernehmen. Die Übernahme einer Straße ist nicht geplant.'),
  }),
  makeArticle({
    slug: 'geheimer-entwurf',
    date: '2025-11-30',
    title: 'Geheimplan: Xiaomi kauft IKEA',
    teaser: 'Ein Entwurf, der nie erscheinen darf – auch nicht in der Suche oder ihrem Index.',
    tags: ['IKEA'],
    draft: true,
    html: body('Streng geheime Auslieferungen.'),
  }),
  makeArticle({
    slug: 'geplanter-artikel',
    date: '2025-12-24',
    title: 'Europa-Start im Dezember',
    tags: ['Europa'],
    html: body('Der Start in Europa ist für Weihnachten geplant.'),
  }),
];

/**
 * The index as the browser gets it: built, each file serialised to JSON and read back; `read` lists
 * the files a search asked for. A file that does not exist fails, as a 404 would in the browser.
 */
function openIndex(files: SearchIndexFiles, read: string[] = []) {
  return SearchIndex.open(async (path) => {
    read.push(path);
    const content = files.files.get(path);
    if (content === undefined) throw new Error(`${path}: 404`);
    return JSON.parse(JSON.stringify(content)) as unknown;
  });
}

const catalogFor = (includeUnpublished: boolean) =>
  createCatalog({ articles, vocabulary }, { now, includeUnpublished });
const indexFor = (includeUnpublished: boolean) => openIndex(searchIndexOf(catalogFor(includeUnpublished)));

const slugsFor = async (query: string, index = indexFor(false)) =>
  (await (await index).search(query)).hits.map((hit) => hit.slug);

describe('the search index', () => {
  it('holds only published articles, even when built from the preview catalog with drafts', async () => {
    for (const includeUnpublished of [false, true]) {
      const serialised = JSON.stringify([...searchIndexOf(catalogFor(includeUnpublished)).files]);
      expect(serialised).not.toContain('geheim');
      expect(serialised).not.toContain('Geheimplan');
      expect(serialised).not.toContain('geplanter-artikel');
      expect(serialised).not.toContain('Weihnachten');
      expect(await slugsFor('Geheimplan', indexFor(includeUnpublished))).toEqual([]);
      expect(await slugsFor('Weihnachten', indexFor(includeUnpublished))).toEqual([]);
    }
    expect(await slugsFor('ikea')).toEqual(['ikea-partnerschaft']);
  });

  it('finds inflected, folded and differently cased words in title, teaser and body', async () => {
    expect(await slugsFor('Auslieferung')).toEqual(['auslieferungen-november']);
    expect(await slugsFor('auslieferungen')).toEqual(['auslieferungen-november']);
    expect(await slugsFor('Tradfri')).toEqual(['ikea-partnerschaft']);
    expect(await slugsFor('IKEA')).toEqual(['ikea-partnerschaft']);
    expect(await slugsFor('uebernahme')).toEqual(['ikea-partnerschaft']);
    expect(await slugsFor('Ubernahme')).toEqual(['ikea-partnerschaft']);
    expect(await slugsFor('Strasse')).toEqual(['ikea-partnerschaft']);
    expect(await slugsFor('Moebelhaendler')).toEqual(['ikea-partnerschaft']);
    expect(await slugsFor('48654')).toEqual(['auslieferungen-november']);
  });

  it('finds words by their beginning while the reader is still typing', async () => {
    expect(await slugsFor('Auslief')).toEqual(['auslieferungen-november']);
    expect(await slugsFor('Türöff')).toEqual(['ikea-partnerschaft']);
  });

  it('needs every word of the query, best match first', async () => {
    expect(await slugsFor('Xiaomi')).toHaveLength(2);
    expect(await slugsFor('Xiaomi IKEA')).toEqual(['ikea-partnerschaft']);
    expect(await slugsFor('IKEA Auslieferungen')).toEqual([]);
  });

  it('finds nothing for a query without words', async () => {
    expect(await slugsFor('')).toEqual([]);
    expect(await slugsFor(' – ! ')).toEqual([]);
  });

  it('returns what a result shows: title, teaser, date, ressort and the matched terms', async () => {
    const answer = await (await indexFor(false)).search('Auslieferungen');
    expect(answer.count).toBe(1);
    expect(answer.hits[0]).toEqual({
      article: 0,
      slug: 'auslieferungen-november',
      title: 'Xiaomi liefert im November mehr als 40.000 E-Autos aus',
      kicker: 'Absatz',
      teaser: 'Zum dritten Mal in Folge mehr als 40.000 Fahrzeuge in einem Monat.',
      date: '2025-12-01',
      dateLabel: '1. Dezember 2025',
      ressort: 'Zahlen',
      terms: expect.arrayContaining(['auslieferung']),
    });
  });
});

describe('what readers mistype', () => {
  const document = (slug: string, title: string, body: string): SearchDocument => ({
    slug,
    title,
    kicker: '',
    teaser: 'Ein Teaser, der für die Suche keine Rolle spielt.',
    tags: '',
    body,
    date: '2025-12-01',
    dateLabel: '1. Dezember 2025',
    ressort: 'Zahlen',
  });
  const index = openIndex(
    buildSearchIndexFiles([
      // First in the archive, with the brand only in its genitive: the suggestion still spells the word itself.
      document('werk', 'Xiaomis Werk in Peking', 'Das Werk baut Autos.'),
      document('su7', 'Xiaomi liefert den SU7 aus', 'Die Limousine SU7 kam 2024.'),
      document('yu7', 'Der YU7 ist ein SUV', 'Xiaomi zeigte den YU7 im Sommer; 7 Farben stehen zur Wahl.'),
      document('faw', 'FAW und Xiaomi', 'Der Autobauer FAW arbeitet mit Xiaomi zusammen.'),
    ]),
  );
  const answer = async (query: string) => {
    const { hits, suggestion } = await (await index).search(query);
    return { slugs: hits.map((hit) => hit.slug), suggestion };
  };

  it('"SU 7" finds what "SU7" finds, and a model number stays a number elsewhere', async () => {
    expect(await answer('SU 7')).toEqual(await answer('SU7'));
    expect((await answer('SU 7')).slugs).toEqual(['su7']);
    expect(await answer('yu 7')).toEqual({ slugs: ['yu7'], suggestion: undefined });
    expect(joinModelNumbers(['Xiaomi', 'SU', '7', 'und', '2024'])).toEqual(['Xiaomi', 'SU7', 'und', '2024']);
  });

  it('a misspelt brand finds Xiaomi and the page is told what was meant, spelt as the articles spell it', async () => {
    for (const typo of ['Xiomi', 'Xioami', 'Xaomi'])
      expect(await answer(typo), typo).toEqual({
        slugs: expect.arrayContaining(['werk', 'su7', 'yu7', 'faw']),
        suggestion: 'Xiaomi',
      });
  });

  it('short words may carry one typo, swapped letters included', async () => {
    expect(await answer('FWA')).toEqual({ slugs: ['faw'], suggestion: 'FAW' });
    expect(await answer('Xiomi SU 7')).toEqual({ slugs: ['su7'], suggestion: 'Xiaomi SU7' });
  });

  it('suggests nothing for a correct query, for noise, or for a word whose first letter differs', async () => {
    expect(await answer('Limousine')).toEqual({ slugs: ['su7'] });
    expect(await answer('qwertz')).toEqual({ slugs: [] });
    expect(await answer('Kiomi')).toEqual({ slugs: [] });
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('xioami', 'xiaomi')).toBe(1);
    expect(editDistance('xaomi', 'xiaomi')).toBe(1);
    expect(editDistance('faw', 'faw')).toBe(0);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('the search index files', () => {
  const files = () => searchIndexOf(catalogFor(false));

  it('are each the JSON as gzip, which the browser unpacks into what the build made', async () => {
    for (const [path, content] of files().files) {
      const file = searchIndexFile(catalogFor(false), path)!;
      expect([...file.subarray(0, 2)], path).toEqual([0x1f, 0x8b]);
      expect(JSON.parse(gunzipSync(file).toString('utf8')), path).toEqual(content);
      expect(await readSearchIndexFile(file.buffer), path).toEqual(content);
    }
    expect(searchIndexFile(catalogFor(false), '/suchindex/unbekannt.json.gz')).toBeUndefined();
  });

  it('are read as plain JSON when a host has unpacked them already (Content-Encoding: gzip)', async () => {
    const manifest = files().files.get(searchManifestPath);
    const unpacked = new TextEncoder().encode(JSON.stringify(manifest));
    expect(await readSearchIndexFile(unpacked.buffer)).toEqual(manifest);
  });

  it('split the terms by their first two characters and the words by their first, folded', () => {
    expect(termKey('xiaomi')).toBe('xi');
    expect(termKey('7')).toBe('7');
    expect(termKey('48654')).toBe('48');
    expect(wordKey('xiaomi')).toBe('x');
    expect(termKey('小米')).toBe('_5c0f__7c73_');
    const { manifest, files: all } = files();
    expect(manifest.terms).toContain('tr');
    expect(manifest.words).toContain('t');
    for (const key of manifest.terms) expect(all.has(searchTermsPath(key)), key).toBe(true);
    for (const key of manifest.words) expect(all.has(searchWordsPath(key)), key).toBe(true);
    expect(JSON.stringify(all.get(searchTermsPath('tr')))).toContain('tradfri');
    expect(JSON.stringify(all.get(searchTermsPath('ik')))).not.toContain('tradfri');
  });
});

describe('a search over the split index', () => {
  it('reads the table of contents, the one term file of its word and the summaries of its hits – nothing else', async () => {
    const read: string[] = [];
    const index = await openIndex(searchIndexOf(catalogFor(false)), read);
    const answer = await index.search('Tradfri');
    expect(answer.hits.map((hit) => hit.slug)).toEqual(['ikea-partnerschaft']);
    expect(read).toEqual([searchManifestPath, searchTermsPath('tr'), searchArticlesPath(0)]);
  });

  it('reads each file once, and a word file only to suggest a spelling', async () => {
    const read: string[] = [];
    const index = await openIndex(searchIndexOf(catalogFor(false)), read);
    await index.search('Tradfri');
    await index.search('Trådfri Leuchten');
    expect(read).toEqual([searchManifestPath, searchTermsPath('tr'), searchArticlesPath(0), searchTermsPath('le')]);
    expect((await index.search('Xiomi')).suggestion).toBe('Xiaomi');
    expect(read).toContain(searchWordsPath('x'));
    expect(read.filter((path) => path.includes('/texte-'))).toEqual([]);
  });

  it('loads the summaries only of as many hits as asked for: fewer while the reader is typing', async () => {
    const read: string[] = [];
    const index = await openIndex(searchIndexOf(catalogFor(false)), read);
    const answer = await index.search('Xiaomi', { shown: 1 });
    expect(answer.count).toBe(2);
    expect(answer.hits.map((hit) => hit.slug)).toHaveLength(1);
    expect((await index.search('Xiaomi')).hits).toHaveLength(2);
  });

  it('asks for no file that does not exist: a word no article begins like finds nothing', async () => {
    const read: string[] = [];
    const index = await openIndex(searchIndexOf(catalogFor(false)), read);
    expect(await index.search('Quantencomputer')).toEqual({ count: 0, hits: [] });
    expect(read).toEqual([searchManifestPath]);
  });

  it("loads an article's text on request, for the passage of a hit found only there", async () => {
    const read: string[] = [];
    const index = await openIndex(searchIndexOf(catalogFor(false)), read);
    const [hit] = (await index.search('Türöffner')).hits;
    expect(hit?.slug).toBe('ikea-partnerschaft');
    const text = await index.text(hit!.article);
    expect(text).toContain('Türöffners');
    expect(read).toContain(searchTextsPath(0));
  });
});

describe('the passage of a hit found only in the text', () => {
  const text = [
    'Die Autosparte von Xiaomi wächst schneller als erwartet, und der Konzern baut sein Händlernetz in China weiter aus, um die Nachfrage zu bedienen.',
    'Im Oktober lagen die Auslieferungen bei 48.654 Fahrzeugen, so viele wie nie zuvor in einem Monat; im November sollen es noch mehr werden, sagt das Unternehmen, das dafür eine dritte Schicht im Werk in Peking einführt.',
  ].join('\n');

  it('shows the words around the first match, cut at word boundaries, with the match marked', () => {
    const segments = passageSegments(text, ['auslieferung']);
    const passage = segments.map((segment) => segment.text).join('');
    expect(passage.startsWith('Im Oktober lagen die ')).toBe(true);
    expect(passage.endsWith(' …')).toBe(true);
    expect(segments.filter((segment) => segment.match)).toEqual([{ text: 'Auslieferungen', match: true }]);
    // Whole words only: the cut never splits one.
    expect(passage).toMatch(/\s…$/);
    expect(text).toContain(passage.replace(/ …$/, ''));
  });

  it('starts with "…" when the match is deep in a long paragraph', () => {
    const long = `${'Vorrede '.repeat(30)}und dann kommt das SU7 ins Spiel.`;
    const passage = passageSegments(long, ['su7']);
    expect(passage[0]!.text.startsWith('… ')).toBe(true);
    expect(passage.find((segment) => segment.match)?.text).toBe('SU7');
    expect(passage.map((segment) => segment.text).join('').length).toBeLessThan(220);
  });

  it('is empty when nothing in the text matches', () => {
    expect(passageSegments(text, ['ikea'])).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks the words whose index terms a result matched, whatever their spelling', async () => {
    const [hit] = (await (await indexFor(false)).search('tradfri ikea')).hits;
    const segments = highlightSegments(hit!.title, hit!.terms);
    expect(segments).toEqual([
      { text: 'IKEA', match: true },
      { text: ' bringt ', match: false },
      { text: 'Trådfri', match: true },
      { text: '-Leuchten zu Xiaomi', match: false },
    ]);
  });

  it('keeps the text intact and marks nothing without matches', () => {
    const text = 'Xiaomi liefert im November mehr als 40.000 E-Autos aus.';
    expect(highlightSegments(text, ['auslieferung'])).toEqual([{ text, match: false }]);
    expect(highlightSegments('', ['ikea'])).toEqual([]);
    const segments = highlightSegments(text, ['40000', 'auto', 'mehrheit']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['40.000', 'Autos']);
  });

  it('renders matches as <mark> and everything as text: a "<script>" title stays text', () => {
    const html = renderToStaticMarkup(<Highlight text={'<script>alert("IKEA")</script> & IKEA'} terms={['ikea']} />);
    expect(html).toBe('&lt;script&gt;alert(&quot;<mark>IKEA</mark>&quot;)&lt;/script&gt; &amp; <mark>IKEA</mark>');
    expect(html).not.toContain('<script>');
  });
});
