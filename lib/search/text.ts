/**
 * German-aware text normalisation for the search, shared by the index build (server) and the
 * query (browser): both sides must turn a word into exactly the same terms, or nothing matches.
 * Pure functions only – this file ends up in the /suche client bundle.
 */

/**
 * One word of running text: letters (with combining marks) and digits, or a number with German
 * thousands separators ("48.654"), which stays one word so "48654" finds it too.
 */
export const wordPattern = /\p{N}{1,3}(?:\.\p{N}{3})+(?!\p{N})|[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, in order; punctuation and hyphens separate words ("Smart-Home" → Smart, Home). */
export function tokenize(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** Letters that Unicode decomposition does not reduce to a base letter. */
const specialLetters: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Lower case, without diacritics, one spelling for umlauts: "Trådfri" → "tradfri", "Übernahme",
 * "Uebernahme" and "Ubernahme" → "ubernahme", "Straße" → "strasse", "48.654" → "48654".
 * The ae/oe/ue rule is Lucene's GermanNormalizationFilter: "ue" stays after a vowel or q
 * ("neue", "Quelle"), where it is not a written-out "ü".
 */
export function foldGerman(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœłđðþı]/g, (letter) => specialLetters[letter] ?? letter)
    .replace(/\./g, '')
    .replace(/([ao])e/g, '$1')
    .replace(/(^|[^aeiouyq])ue/g, '$1u');
}

/**
 * CISTEM (Weissweiler & Fraser 2017), a small German stemmer: strips inflection endings so
 * "Auslieferungen", "Auslieferung" and "Auslieferungs-" meet at "auslieferung". Like the original,
 * a final "t" is only stripped from words that do not start with a capital (verbs, adjectives:
 * "liefert" → "liefer"), not from nouns ("Markt"). Left out on purpose: the "ge-" rule – with
 * prefix search it lets "Gericht" (→ "richt") find "Richtung".
 */
export function stemGerman(word: string): string {
  const capitalised = /^\p{Lu}/u.test(word);
  // Placeholders keep "sch", "ei", "ie" and doubled letters from being cut apart.
  let stem = foldGerman(word).replace(/sch/g, '§').replace(/ei/g, '%').replace(/ie/g, '&').replace(/(.)\1/g, '$1*');
  while (stem.length > 3) {
    if (stem.length > 5 && /(?:e[mr]|nd)$/.test(stem)) stem = stem.slice(0, -2);
    else if (capitalised ? /[esn]$/.test(stem) : /[tesn]$/.test(stem)) stem = stem.slice(0, -1);
    else break;
  }
  return stem.replace(/(.)\*/g, '$1$1').replace(/&/g, 'ie').replace(/%/g, 'ei').replace(/§/g, 'sch');
}

/**
 * The terms one word of an article is indexed under: its folded form and its stem. The folded
 * form guarantees that every beginning of a word finds it in a prefix search, even where the
 * stemmer cuts the full word shorter than what the reader has typed so far.
 */
export function indexTerms(word: string): string[] {
  const folded = foldGerman(word);
  if (!folded) return [];
  const stem = stemGerman(word);
  return stem === folded ? [folded] : [folded, stem];
}

/** The term one word of a query searches for: its stem, matched as a prefix of indexed terms. */
export function queryTerm(word: string): string {
  return stemGerman(word);
}
