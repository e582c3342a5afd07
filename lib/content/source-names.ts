/**
 * Whether a source's name names an outlet a reader can look up („IT BOLTWISE“, „XiaomiWelt“,
 * „Notebookcheck“, „Xiaomi-Pressemitteilung“) or only describes one („Deutscher Tech-Blog“,
 * „Medienberichte“, „Französische Auto-Website“). A described outlet without the URL of its report
 * cannot be checked: check:content warns about it (CONTRIBUTING.md, „Quellen“).
 *
 * The test is a word list, so it stays honest: a name is generic when its lead (before brackets,
 * a comma, a dash or „unter Berufung auf“) is made only of the words below – articles, origin and
 * language, topic – and at least one word for a kind of outlet or report. Any other word (a proper
 * name, a domain, a person) makes the name specific. Two descriptions are not flagged either: one
 * that gives the report's title in „…“ (a reader can find the report by it), and one that says
 * openly that the outlet is unknown („Französische Auto-Website (Name unbekannt)“) – that is all an
 * editor can do, and the reader is told.
 */

/** Words for a kind of outlet or report; also as the end of a compound („Nachrichtenseite“, „Medienberichte“). */
export const outletKindWords = [
  'agentur',
  'artikel',
  'beitrag',
  'beiträge',
  'bericht',
  'berichte',
  'berichten',
  'blog',
  'blogs',
  'internetseite',
  'kreise',
  'magazin',
  'medien',
  'medium',
  'meldung',
  'meldungen',
  'nachrichten',
  'news',
  'portal',
  'presse',
  'quelle',
  'quellen',
  'seite',
  'webseite',
  'website',
  'zeitschrift',
  'zeitung',
] as const;

/**
 * Words that only say where an outlet is from, in which language it writes or what it covers, and
 * articles: „eine deutsche Tech-Website“, „chinesische Medien“, „E-Auto-Nachrichtenseite“.
 * Adjectives also count with their endings (deutsch, deutsche, deutscher …).
 */
export const describingWords = [
  // articles, vague quantities and attribution („laut Medienberichten“, „Berichten in chinesischen Medien zufolge“)
  'ein',
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'mehrer',
  'verschieden',
  'einig',
  'ander',
  'laut',
  'zufolge',
  'in',
  'im',
  'aus',
  // origin and language
  'deutsch',
  'deutschsprachig',
  'französisch',
  'französischsprachig',
  'chinesisch',
  'englisch',
  'englischsprachig',
  'amerikanisch',
  'us',
  'britisch',
  'europäisch',
  'asiatisch',
  'japanisch',
  'koreanisch',
  'international',
  'ausländisch',
  'lokal',
  'regional',
  // what the outlet covers (also as the first part of a compound: „Tech-Blog“, „Autoseite“)
  'tech',
  'technik',
  'technologie',
  'it',
  'auto',
  'e',
  'elektroauto',
  'wirtschaft',
  'wirtschafts',
  'finanz',
  'branchen',
  'fach',
  'online',
  'mobilität',
  'mobilitäts',
  'smartphone',
  'fan',
  // how the outlet is described
  'bekannt',
  'groß',
  'führend',
  'einschlägig',
] as const;

const kinds = new Set<string>(outletKindWords);
const describing = new Set<string>(describingWords);
const adjectiveEndings = ['', 'e', 'er', 'es', 'en', 'em'];

function isDescribing(word: string): boolean {
  return adjectiveEndings.some((ending) => word.endsWith(ending) && describing.has(word.slice(0, word.length - ending.length)));
}

/** „Nachrichtenseite“ = „Nachrichten“ + „seite“, „Medienberichte“, „Fanseite“: a kind word, maybe after a describing one. */
function isKind(word: string): boolean {
  if (kinds.has(word)) return true;
  for (let split = 1; split < word.length; split++) {
    const head = word.slice(0, split);
    const tail = word.slice(split);
    if ((describing.has(head) || kinds.has(head)) && isKind(tail)) return true;
  }
  return false;
}

/** The part of a source name that should name the outlet: before brackets, a comma, a dash or „unter Berufung auf“. */
export function outletPartOf(name: string): string {
  return name.split(/\s*(?:[(,:;]|\s[–—-]\s|\bunter Berufung auf\b|\bzitiert\b)/i)[0]!.trim();
}

/**
 * True when the name only describes an outlet („Deutscher Tech-Blog“), without the title of the
 * report in „…“ and without saying that the outlet is unknown.
 */
export function isGenericSourceName(name: string): boolean {
  if (/\b(?:unbekannt|nicht bekannt)\b/i.test(name) || /„[^“]+“/.test(name)) return false;
  const words = outletPartOf(name)
    .toLocaleLowerCase('de')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return false;
  let hasKind = false;
  for (const word of words) {
    const parts = word.split('-');
    if (parts.some((part) => part === '')) return false;
    const last = parts.at(-1)!;
    if (parts.slice(0, -1).every(isDescribing) && isKind(last)) {
      hasKind = true;
    } else if (!parts.every(isDescribing)) {
      return false;
    }
  }
  return hasKind;
}

/** The warning for a source that names no outlet and links no report; undefined when the source is checkable. */
export function vagueSourceWarning(source: { name: string; url?: string }): string | undefined {
  if (source.url !== undefined || !isGenericSourceName(source.name)) return undefined;
  const outlet = outletPartOf(source.name);
  return (
    `„${outlet}“ nennt kein bestimmtes Medium, und die Quelle hat keine Adresse: So können Leser sie nicht prüfen. ` +
    `Bitte das Medium beim Namen nennen (z. B. „IT BOLTWISE“) und die Adresse seines Berichts unter „url:“ eintragen – ` +
    `oder, wenn das Medium nicht bekannt ist, den Titel des Berichts in „…“ angeben oder offen sagen: „${outlet} (Name unbekannt)“`
  );
}
