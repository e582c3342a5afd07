import { TZDate } from '@date-fns/tz';
import { stringify } from 'yaml';
import { germanMonths, isoWithOffset } from '../../lib/dates';
import { ressorts, type RessortSlug } from '../../lib/ressorts';
import { site } from '../../lib/site';
import { toSlug } from '../../lib/slug';
import type { ArticleType } from '../../lib/content/schema';

/**
 * Synthetic articles for tests and benchmarks (`scripts/generate-articles.ts`): valid content in
 * the site's format with German filler prose from fixed word lists. Deterministic: the same
 * options give byte-identical files on every machine. Every title starts with "Testartikel <n>:",
 * every source is marked as synthetic, so nobody mistakes the set for journalism.
 * Tooling, not product: it lives outside lib/ so no page can import it and editing it never
 * invalidates the production build (scripts/build-inputs.mjs fingerprints lib/).
 */
export interface SyntheticOptions {
  /** How many articles. */
  count: number;
  /** Seed of the pseudo-random choices. */
  seed: number;
  /** Tag names to choose from (the `name`s of a themen.yaml); the first ones are used most. */
  tagNames: readonly string[];
  /** Chart datasets (file names in daten/ without .yaml) that some articles embed with ```chart; none by default. */
  chartIds?: readonly string[];
  /** The newest article's day, `YYYY-MM-DD` (Berlin); the others reach back `months` months. */
  newest?: string;
  months?: number;
  /**
   * How many of the newest articles fall into the newest article's month, like a launch month, so that
   * one archive month has more articles than a page holds; 0 (the default) spreads all evenly.
   */
  busyMonth?: number;
}

export interface SyntheticFile {
  /** Relative to the content directory, e.g. `artikel/testartikel-3-….md`. */
  path: string;
  text: string;
}

export const syntheticDefaults = { newest: '2025-11-28', months: 24 } as const;

/** A small, fast, seedable PRNG (mulberry32): Math.random cannot be seeded. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** Rank-weighted choice (Zipf-like): early entries come up far more often, as real topics do. */
  const pickWeighted = <T>(items: readonly T[]): T => {
    const weights = items.map((_, index) => 1 / (index + 1));
    let roll = next() * weights.reduce((sum, weight) => sum + weight, 0);
    for (const [index, weight] of weights.entries()) {
      roll -= weight;
      if (roll < 0) return items[index]!;
    }
    return items.at(-1)!;
  };
  const chance = (probability: number) => next() < probability;
  /** A shuffled copy (Fisher–Yates): the same on every engine, unlike sort() with a random comparator. */
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(next() * (index + 1));
      [copy[index], copy[other]] = [copy[other]!, copy[index]!];
    }
    return copy;
  };
  return { next, integer, pick, pickWeighted, chance, shuffle };
}

type Random = ReturnType<typeof randomSource>;

const subjects = [
  'Der Hersteller',
  'Das Unternehmen',
  'Die Autosparte',
  'Der Konzern',
  'Die Geschäftsführung',
  'Die Entwicklungsabteilung',
  'Der Vertrieb',
  'Ein Sprecher',
  'Die Zulieferkette',
  'Das Management',
];
/** Verbs as [third person singular, first person plural]: quotes speak for the company ("wir"). */
const verbs = [
  ['plant', 'planen'],
  ['prüft', 'prüfen'],
  ['erweitert', 'erweitern'],
  ['meldet', 'melden'],
  ['verschiebt', 'verschieben'],
  ['testet', 'testen'],
  ['beschleunigt', 'beschleunigen'],
  ['bestätigt', 'bestätigen'],
  ['überarbeitet', 'überarbeiten'],
  ['begrenzt', 'begrenzen'],
  ['stärkt', 'stärken'],
  ['bewertet', 'bewerten'],
] as const;
const objects = [
  'die Produktion',
  'neue Modelle',
  'das Händlernetz',
  'die Software',
  'eine weitere Partnerschaft',
  'den Export',
  'die Lieferzeiten',
  'das zweite Werk',
  'die Batterietechnik',
  'die Preisgestaltung',
  'die Fahrassistenz',
  'das Servicenetz',
];
const adverbials = [
  'im kommenden Quartal',
  'nach eigenen Angaben',
  'in mehreren Regionen',
  'schneller als geplant',
  'vorerst nur in China',
  'laut einem Bericht',
  'seit Jahresbeginn',
  'in kleinen Schritten',
  'trotz hoher Nachfrage',
  'gemeinsam mit Partnern',
  'noch vor dem Jahreswechsel',
  'zunächst für die Stammkundschaft',
];
/** Subordinate clauses (verb last) that lengthen a main clause the way news prose does. */
const reasons = [
  'weil die Nachfrage die Fertigung weiter übersteigt',
  'während die Konkurrenz ihre Preise senkt',
  'nachdem die ersten Zahlen des Quartals vorliegen',
  'obwohl die Wartezeiten für Kunden lang bleiben',
  'damit die Auslieferungen im Frühjahr schneller steigen',
  'seit das zweite Werk im Probebetrieb läuft',
  'solange die Zulieferer nicht mehr Bauteile liefern',
  'wie es in einer Mitteilung an Händler heißt',
];
/** Open questions and settled facts: each with the openings that fit it grammatically. */
const questions = {
  openings: ['Offen ist', 'Unklar bleibt', 'Noch nicht bekannt ist'],
  clauses: [
    'wie schnell die Nachfrage in den nächsten Monaten wächst',
    'ob die Zahlen im Jahresvergleich halten',
    'welche Rolle die Partner dabei spielen',
    'wann ein Start in Europa möglich ist',
    'wie viele Fahrzeuge das Werk im Monat fertigt',
  ],
};
const facts = {
  openings: ['Fest steht', 'Bekannt ist', 'Klar ist'],
  clauses: [
    'dass die Planung mehrere Stufen vorsieht',
    'dass die Testquelle keine Details nennt',
    'dass der Zeitplan eng bleibt',
  ],
};
const speakers = [
  'ein Sprecher des Unternehmens',
  'die Leiterin der Entwicklung',
  'ein Manager aus dem Vertrieb',
  'der Finanzvorstand',
];
const kickers = ['Testdaten', 'Synthetischer Bericht', 'Fülltext', 'Testmeldung', 'Beispielanalyse', 'Probelauf'];
const headings = [
  'Was geplant ist',
  'Die Zahlen',
  'Einordnung',
  'Wie es weitergeht',
  'Hintergrund',
  'Offene Fragen',
  'Reaktionen',
  'Der Zeitplan',
];
/** The synthetic set's bylines: the newsroom and three invented test authors, declared by `syntheticAuthorsYaml()`. */
const syntheticAuthors = [
  { name: 'Redaktion Xiaomi im Blick', slug: 'redaktion', kind: 'redaktion', role: 'Redaktion' },
  { name: 'Anna Beispiel', slug: 'anna-beispiel', kind: 'person', role: 'Synthetische Testautorin' },
  { name: 'Jonas Muster', slug: 'jonas-muster', kind: 'person', role: 'Synthetischer Testautor' },
  { name: 'Lea Probe', slug: 'lea-probe', kind: 'person', role: 'Synthetische Testautorin' },
] as const;
const authors = syntheticAuthors.map((author) => author.name);

/** The autoren.yaml of a synthetic set: every byline the generator uses, marked as invented. */
export function syntheticAuthorsYaml(): string {
  return stringify(
    syntheticAuthors.map((author) => ({
      ...author,
      bio: `${author.name} ist eine erfundene Angabe der synthetischen Testdaten, keine echte Redaktion oder Person.`,
      ...(author.kind === 'person' && {
        links: [{ label: 'Testprofil', url: `https://example.org/autoren/${author.slug}` }],
      }),
    })),
    { lineWidth: 0 },
  );
}
/**
 * The betreiber.yaml of a synthetic set: complete operator details (no placeholder warnings), all
 * invented and on example.org, so nobody mistakes a synthetic build for the real site's Impressum.
 */
export function syntheticOperatorYaml(): string {
  const address = { street: 'Testweg 1', postalCode: '10115', city: 'Berlin' };
  return stringify(
    {
      name: 'Synthetische Testdaten (erfundener Betreiber)',
      address,
      email: 'test@example.org',
      responsible: { name: 'Erfundene Testperson', address },
      hosting: { name: 'Erfundener Hosting-Anbieter', address: 'Testweg 2, 10115 Berlin' },
      logRetention: '7 Tage',
    },
    { lineWidth: 0 },
  );
}

const types: readonly ArticleType[] = [
  'nachricht',
  'nachricht',
  'nachricht',
  'nachricht',
  'analyse',
  'hintergrund',
  'kommentar',
];
const germanNumber = new Intl.NumberFormat('de-DE');
const germanDecimal = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function mainClause(random: Random): string {
  return `${random.pick(subjects)} ${random.pick(verbs)[0]} ${random.pick(objects)} ${random.pick(adverbials)}`;
}

/** One sentence of 8 to 25 words: plain statements, statements with a reason, figures, quotes, questions. */
function sentence(random: Random): string {
  const roll = random.next();
  if (roll < 0.2) {
    const kind = random.chance(0.6) ? questions : facts;
    return `${random.pick(kind.openings)}, ${random.pick(kind.clauses)}.`;
  }
  if (roll < 0.3) {
    return `Die Zahl liegt nach Angaben der Testquelle bei mehr als ${germanNumber.format(random.integer(1000, 60000))} Einheiten.`;
  }
  if (roll < 0.38) {
    const change = random.integer(-150, 450) / 10;
    const direction = change < 0 ? 'weniger' : 'mehr';
    return `Im ${random.pick(germanMonths)} lieferte das Unternehmen laut Testquelle ${germanNumber.format(random.integer(5000, 60000))} Fahrzeuge aus, ${germanDecimal.format(Math.abs(change))} Prozent ${direction} als im Vormonat.`;
  }
  if (roll < 0.46) {
    return `„Wir ${random.pick(verbs)[1]} ${random.pick(objects)} ${random.pick(adverbials)}“, sagte ${random.pick(speakers)} der Testquelle.`;
  }
  if (roll < 0.7) return `${mainClause(random)}, ${random.pick(reasons)}.`;
  return `${mainClause(random)}.`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** Two or three sentences within the teaser limits (80 to 320 characters). */
function teaser(random: Random, number: number): string {
  let text = `Synthetischer Testartikel Nummer ${number}. ${sentence(random)}`;
  while (text.length < 120) text += ` ${sentence(random)}`;
  return text.length <= 300 ? text : `${text.slice(0, 296).replace(/\s+\S*$/, '')} …`;
}

function table(random: Random, month: number): string {
  const rows = Array.from({ length: random.integer(3, 6) }, (_, index) => {
    const name = germanMonths[(month - 1 + index) % 12]!;
    const value = random.integer(5000, 60000);
    const change = random.integer(-20, 40);
    return `| ${name} | ${germanNumber.format(value)} | ${change > 0 ? '+' : ''}${change} % |`;
  });
  return ['| Monat | Auslieferungen | Veränderung |', '|---|---:|---:|', ...rows].join('\n');
}

/** Key figures for the "Kennzahlen" box, within the schema's limits. */
function keyFigures(random: Random, number: number): { value: string; label: string; note?: string }[] {
  return Array.from({ length: random.integer(2, 4) }, (_, index) => ({
    value: random.chance(0.3)
      ? `mehr als ${germanNumber.format(random.integer(10, 400) * 1000)}`
      : germanNumber.format(random.integer(100, 90000)),
    label: `${random.pick(['Auslieferungen', 'Stores', 'Bestellungen', 'Servicezentren'])} laut Testquelle ${index + 1}`,
    ...(random.chance(0.5) && { note: `Synthetische Kennzahl zu Testartikel ${number}` }),
  }));
}

/**
 * Distinct moments, oldest first, spread over the period with a few at a month's first half hour; the
 * last `busyMonth` of them spread over the newest month alone.
 */
function moments(
  random: Random,
  count: number,
  newest: string,
  spanMonths: number,
  busyMonth: number,
): { instant: Date; hasTime: boolean }[] {
  const [year, month, day] = newest.split('-').map(Number) as [number, number, number];
  const end = new TZDate(year, month - 1, day, 18, 0, site.timeZone).getTime();
  const start = new TZDate(year, month - 1 - spanMonths, day, 8, 0, site.timeZone).getTime();
  const busyStart = new TZDate(year, month - 1, 1, 8, 0, site.timeZone).getTime();
  const spread = count - busyMonth;
  // The evenly spread articles end the day before the busy month begins.
  const spreadEnd = busyMonth > 0 ? busyStart - 24 * 60 * 60 * 1000 : end;
  const step = (spreadEnd - start) / Math.max(1, spread - 1);
  const busyStep = (end - busyStart) / Math.max(1, busyMonth - 1);
  const result: { instant: Date; hasTime: boolean }[] = [];
  for (let index = 0; index < count; index += 1) {
    const time =
      index >= spread
        ? busyMonth === 1
          ? end
          : busyStart + (index - spread) * busyStep
        : spread === 1
          ? spreadEnd
          : start + index * step;
    const base = new TZDate(time, site.timeZone);
    const hasTime = !random.chance(0.3);
    let moment: TZDate;
    if (index % 7 === 3) {
      // Just after midnight on the first of a month in Berlin: the previous month in UTC.
      moment = new TZDate(base.getFullYear(), base.getMonth(), 1, 0, 30, site.timeZone);
    } else if (hasTime) {
      moment = new TZDate(
        base.getFullYear(),
        base.getMonth(),
        base.getDate(),
        random.integer(6, 21),
        random.integer(0, 59),
        site.timeZone,
      );
    } else {
      moment = new TZDate(base.getFullYear(), base.getMonth(), base.getDate(), site.timeZone);
    }
    result.push({ instant: new Date(moment.getTime()), hasTime: hasTime || index % 7 === 3 });
  }
  // Sorting after the choices keeps "Testartikel n" in publication order; equal moments are nudged apart.
  result.sort((a, b) => a.instant.getTime() - b.instant.getTime());
  for (let index = 1; index < result.length; index += 1) {
    const previous = result[index - 1]!.instant.getTime();
    if (result[index]!.instant.getTime() <= previous)
      result[index] = { instant: new Date(previous + 60_000), hasTime: true };
  }
  return result;
}

function dateValue({ instant, hasTime }: { instant: Date; hasTime: boolean }): string {
  return hasTime ? isoWithOffset(instant) : isoWithOffset(instant).slice(0, 10);
}

/** The synthetic article files, oldest first ("Testartikel 1" is the oldest). */
export function generateArticles({
  count,
  seed,
  tagNames,
  chartIds = [],
  newest = syntheticDefaults.newest,
  months: spanMonths = syntheticDefaults.months,
  busyMonth = 0,
}: SyntheticOptions): SyntheticFile[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  if (tagNames.length === 0) throw new Error('tagNames must name at least one topic');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(newest)) throw new Error(`newest must be a day like 2025-11-28, got ${newest}`);
  if (!Number.isInteger(busyMonth) || busyMonth < 0 || busyMonth > count)
    throw new RangeError(`busyMonth must be an integer from 0 to count (${count}), got ${busyMonth}`);
  const random = randomSource(seed);
  const ressortWeights: readonly RessortSlug[] = [
    'expansion',
    'expansion',
    'zahlen',
    ...ressorts.map((ressort) => ressort.slug),
  ];
  const files: SyntheticFile[] = [];
  const slugs: string[] = [];

  for (const [index, moment] of moments(random, count, newest, spanMonths, busyMonth).entries()) {
    const number = index + 1;
    const headline = `${random.pick(subjects)} ${random.pick(verbs)[0]} ${random.pick(objects)}`;
    const title = `Testartikel ${number}: ${headline}`;
    const slug = toSlug(title);
    const tags = new Set([random.pickWeighted(tagNames)]);
    for (let extra = random.integer(0, 3); extra > 0; extra -= 1) tags.add(random.pickWeighted(tagNames));
    const sectionHeadings = random.shuffle(headings).slice(0, random.integer(3, 5));
    const berlinMonthNumber = Number(isoWithOffset(moment.instant).slice(5, 7));

    // Lengths like the real articles (roughly 450 to 1,000 words): a lead paragraph, then sections
    // of one to three paragraphs with the odd table, list, quote, chart and link in between.
    const footnote = number % 4 === 1;
    const body: string[] = [`${paragraph(random, random.integer(4, 6))}${footnote ? '[^1]' : ''}`];
    for (const [section, heading] of sectionHeadings.entries()) {
      body.push(`## ${heading}`);
      for (let count = random.integer(1, 3); count > 0; count -= 1) body.push(paragraph(random, random.integer(3, 6)));
      if (section === 0 && number % 3 === 0) body.push(table(random, berlinMonthNumber));
      if (section === 0 && chartIds.length > 0 && random.chance(0.15))
        body.push(`\`\`\`chart ${random.pick(chartIds)}\n\`\`\``);
      if (section === 1 && random.chance(0.3))
        body.push(['- ' + sentence(random), '- ' + sentence(random), '- ' + sentence(random)].join('\n'));
      if (section === 1 && slugs.length > 0 && random.chance(0.4)) {
        const earlier = random.integer(0, slugs.length - 1);
        body.push(`Mehr dazu steht in [Testartikel ${earlier + 1}](/artikel/${slugs[earlier]}). ${sentence(random)}`);
      }
      if (section === 2 && random.chance(0.25))
        body.push(
          `> „Wir ${random.pick(verbs)[1]} ${random.pick(objects)} ${random.pick(adverbials)}.“ – **${capitalised(random.pick(speakers))}**`,
        );
    }
    if (random.chance(0.3))
      body.push(`Weitere Angaben finden sich bei der [Testquelle](https://example.org/testquelle/${number}).`);
    if (footnote) body.push(`[^1]: Synthetische Anmerkung zu Testartikel ${number}.`);

    const sourceCount = random.integer(1, 3);
    const frontMatter = {
      title,
      ...(random.chance(0.7) && { kicker: random.pick(kickers) }),
      teaser: teaser(random, number),
      date: dateValue(moment),
      author: random.pick(authors),
      ressort: random.pick(ressortWeights),
      type: random.pick(types),
      tags: [...tags],
      ...(random.chance(0.25) && { figures: keyFigures(random, number) }),
      sources: Array.from({ length: sourceCount }, (_, source) =>
        random.chance(0.5)
          ? {
              name: `Synthetische Testquelle ${source + 1} zu Testartikel ${number}`,
              url: `https://example.org/quelle/${number}/${source + 1}`,
            }
          : { name: `Synthetische Testquelle ${source + 1} zu Testartikel ${number}` },
      ),
    };
    files.push({
      path: `artikel/${slug}.md`,
      text: `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`,
    });
    slugs.push(slug);
  }
  return files;
}
