import { describe, expect, it } from 'vitest';
import { readArticleFiles, textField } from '../content-files';
import {
  colonHeadlines,
  finalSentence,
  labelledLists,
  lastSectionTitle,
  openQuestionEndings,
  sentences,
  sharedFinalSentences,
  sharedLists,
  sharedRuns,
  sharedSentences,
  sharedTeaserOpeners,
  teaserOpeners,
  type TextOfArticle,
} from '../content-repetition';

/**
 * Repetition across the site (issue 13, CONTRIBUTING.md „Sorgfalt“): a reader of the whole site
 * should not meet the same sentence twice, nor the same teaser formula, list or ending. The rules
 * are tested on small examples first, so that a rule which finds nothing cannot pass unnoticed,
 * then run on every article in content/artikel (drafts included: they are published later).
 */
function article(name: string, fields: Partial<TextOfArticle> = {}): TextOfArticle {
  return {
    file: `content/artikel/${name}.md`,
    title: `Überschrift ${name}`,
    teaser: `Vorspann von ${name}, der etwas anderes erzählt.`,
    type: 'nachricht',
    body: `Text von ${name}.`,
    ...fields,
  };
}

const amazon = 'Amazon versuchte zur selben Zeit, seinen Sprachassistenten in möglichst viel Hardware unterzubringen.';

describe('the repetition rules on examples', () => {
  it('splits sentences, but not after an abbreviation or an ordinal number', () => {
    expect(sentences('Am 1. Dezember kam die Zahl, z. B. für den SU7. Danach: Ruhe! Oder? „Ja.“ Ende')).toEqual([
      'Am 1. Dezember kam die Zahl, z. B. für den SU7.',
      'Danach: Ruhe!',
      'Oder?',
      '„Ja.“',
      'Ende',
    ]);
  });

  it('finds a sentence of eight or more words in two articles, in any case and punctuation, and not a shorter one', () => {
    const a = article('a', { body: `## Partner\n\nErster Satz. ${amazon}\n\nDas ist kurz und gleich.` });
    const b = article('b', { body: `Anders. ${amazon.toUpperCase().replace(',', '')}\n\nDas ist kurz und gleich.` });
    expect(sharedSentences([a, b])).toEqual([
      'Derselbe Satz steht in a.md und b.md: „amazon versuchte zur selben zeit seinen sprachassistenten in möglichst viel hardware unterzubringen“',
    ]);
    expect(sharedSentences([a, article('c')])).toEqual([]);
  });

  it('counts the teaser as a sentence a reader meets', () => {
    expect(
      sharedSentences([article('a', { teaser: amazon }), article('b', { body: `Vorab. ${amazon}` })]),
    ).toHaveLength(1);
  });

  it('finds a reused sentence that changed a word or two, as the shared run of ten words or more', () => {
    const a = article('a', {
      body: 'Der Erfolg zeigt, dass Xiaomi mit Preis, Design und Technik den Geschmack der chinesischen Käufer getroffen hat.',
    });
    const b = article('b', {
      body: 'Der Erfolg zeige laut Bericht, dass Xiaomi mit Preis, Design und Technik den Geschmack der chinesischen Käufer getroffen habe.',
    });
    expect(sharedSentences([a, b])).toEqual([]);
    expect(sharedRuns([a, b])).toEqual([
      'b.md wiederholt aus a.md die Wortfolge „dass xiaomi mit preis design und technik den geschmack der chinesischen käufer getroffen“',
    ]);
  });

  it('lets two articles share a run of nine words, and quotations of any length', () => {
    const formula = 'unter Berufung auf das chinesische Wirtschaftsmedium 36Kr hieß es';
    const quote = '„Wir werden die Fertigung schrittweise ausbauen, damit Kunden nicht mehr so lange warten müssen“';
    const a = article('a', { body: `Eine Website berichtete ${formula} damals. Lei Jun sagte: ${quote}.` });
    const b = article('b', { body: `Später schrieb sie ${formula} erneut. Er kündigte an: ${quote}.` });
    expect(sharedRuns([a, b])).toEqual([]);
  });

  it('finds the same labelled list (a chronology) in two articles, however its items are worded', () => {
    const a = article('a', {
      body: '- **Ende 2024:** Testplan.\n- **März 2025:** Horizont 2027.\n- **Mitte 2025:** Aufschub.\n',
    });
    const b = article('b', {
      body: 'Rückblick:\n\n- Ende 2024: Kleine Stückzahlen.\n- März 2025: International bis 2027.\n- Mitte 2025: Bericht über einen Aufschub.\n',
    });
    expect(labelledLists(a.body)).toEqual([['ende 2024:', 'märz 2025:', 'mitte 2025:']]);
    expect(sharedLists([a, b])).toEqual([
      'a.md und b.md haben dieselbe Liste: „ende 2024:“, „märz 2025:“, „mitte 2025:“',
    ]);
    expect(
      sharedLists([a, article('c', { body: '- **Ende 2024:** Testplan.\n- **März 2025:** Horizont 2027.\n' })]),
    ).toEqual([]);
  });

  it('finds a teaser formula like „Die These:“ shared by two analyses, anywhere in the teaser', () => {
    expect(teaserOpeners('Ende 2024 wollte Xiaomi testen. Die These: Der Aufschub ist ein Aufschub.')).toEqual([
      'ende 2024 wollte',
      'die these:',
    ]);
    const a = article('a', { type: 'analyse', teaser: 'Erst dies, dann das. Die These: Die Fabrik entscheidet.' });
    const b = article('b', { type: 'analyse', teaser: 'Ganz anders beginnt dieser. Die These: Das Ökosystem trägt.' });
    const c = article('c', { type: 'hintergrund', teaser: 'Erst dies, dann jenes.' });
    expect(sharedTeaserOpeners([a, b, c])).toEqual([
      'Die Vorspänne von a.md und b.md beginnen gleich: „die these:“',
      'Die Vorspänne von a.md und c.md beginnen gleich: „erst dies dann“',
    ]);
  });

  it('leaves the teasers of news pieces to their own wording', () => {
    const news = [
      article('a', { teaser: 'Zum ersten Mal seit Jahren …' }),
      article('b', { teaser: 'Zum ersten Mal überhaupt …' }),
    ];
    expect(sharedTeaserOpeners(news)).toEqual([]);
  });

  it('allows one article ending with „## Was offen bleibt“, not two', () => {
    const open = (name: string) => article(name, { body: '## Lage\n\nText.\n\n## Was offen bleibt\n\nVieles.\n' });
    const inTheMiddle = article('c', { body: '## Was offen bleibt\n\nVieles.\n\n## Ausblick\n\nMehr.\n' });
    expect(lastSectionTitle(open('a').body)).toBe('Was offen bleibt');
    expect(openQuestionEndings([open('a'), inTheMiddle])).toEqual([]);
    expect(openQuestionEndings([open('a'), open('b'), inTheMiddle])).toEqual([
      '2 Artikel enden mit „## Was offen bleibt“ (erlaubt: höchstens 1): a.md, b.md',
    ]);
  });

  it('allows two headlines with a colon, not three', () => {
    const colon = (name: string) => article(name, { title: `Europa ohne Termin: ${name}` });
    expect(colonHeadlines([colon('a'), colon('b'), article('c')])).toEqual([]);
    expect(colonHeadlines([colon('a'), colon('b'), colon('c')])).toEqual([
      '3 Überschriften haben einen Doppelpunkt (erlaubt: höchstens 2): a.md, b.md, c.md',
    ]);
  });

  it('finds two articles ending with the same sentence, however short, and ignores a closing chart or heading', () => {
    const a = article('a', { body: 'Erst. Das bleibt abzuwarten.\n\n```chart auslieferungen-2025\n```\n' });
    const b = article('b', { body: 'Anders. Das bleibt abzuwarten!\n\n## Quellen\n' });
    expect(finalSentence(a.body)).toBe('das bleibt abzuwarten');
    expect(sharedFinalSentences([a, b])).toEqual(['a.md und b.md enden mit demselben Satz: „das bleibt abzuwarten“']);
    expect(sharedFinalSentences([a, article('c')])).toEqual([]);
  });
});

describe('the articles in content/artikel', () => {
  const articles: TextOfArticle[] = readArticleFiles().map((file) => ({
    file: file.file,
    title: textField(file, 'title'),
    teaser: textField(file, 'teaser'),
    type: textField(file, 'type') || 'nachricht',
    body: file.body,
  }));

  it('are there to be checked', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  it('share no sentence of eight or more words', () => {
    expect(sharedSentences(articles)).toEqual([]);
  });

  it('share no run of ten words (a reused sentence with a word changed)', () => {
    expect(sharedRuns(articles)).toEqual([]);
  });

  it('share no labelled list such as a chronology', () => {
    expect(sharedLists(articles)).toEqual([]);
  });

  it('do not open two analysis teasers with the same words or formula („Die These:“)', () => {
    expect(sharedTeaserOpeners(articles)).toEqual([]);
  });

  it('end with „## Was offen bleibt“ at most once', () => {
    expect(openQuestionEndings(articles)).toEqual([]);
  });

  it('use a colon in at most two headlines', () => {
    expect(colonHeadlines(articles)).toEqual([]);
  });

  it('do not end with the same sentence', () => {
    expect(sharedFinalSentences(articles)).toEqual([]);
  });
});
