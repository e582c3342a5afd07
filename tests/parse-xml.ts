import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Elements that may occur once or many times; always arrays after parsing, so tests can index them. */
const repeated = new Set(['url', 'item', 'entry', 'category', 'author', 'sitemap']);
/** Atom repeats <link> (alternate, self, enclosure); RSS has exactly one. */
const repeatedAtPath = new Set(['feed.link', 'feed.entry.link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Titles like "2025" must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name, path) => repeated.has(name) || repeatedAtPath.has(String(path)),
});

/**
 * Checks that `xml` is well-formed and returns it as plain objects (attributes prefixed with "@").
 * `T` is the shape the caller expects; the assertions that follow check it.
 */
export function parseXml<T>(xml: string): T {
  const validation = XMLValidator.validate(xml);
  if (validation !== true)
    throw new Error(`invalid XML: ${validation.err.msg} (line ${validation.err.line}, column ${validation.err.col})`);
  return parser.parse(xml) as T;
}
