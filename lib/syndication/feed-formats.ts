import { Feed, type Item } from 'feed';
import { escapeHtml } from './feed-html';
import { withoutForbiddenXmlCharacters } from './xml';

export { feedContentTypes } from './feed-content-types';

/**
 * RSS 2.0. Readers treat <description> as HTML, so the plain-text teaser is HTML-escaped. RSS's
 * own <author> must be an e-mail address; names go into <dc:creator> instead (the Dublin Core
 * namespace is declared by `feed` for items with content, which every article has).
 */
export function renderRss(feed: Feed): string {
  return withItems(feed, ({ author, ...item }) => ({
    ...item,
    title: cdataText(item.title),
    description: item.description && escapeHtml(item.description),
    content: item.content && cdataHtml(item.content),
    // Articles have one author; `objects` is handed to xml-js, where `_text` is escaped element text.
    extensions: [
      ...(item.extensions ?? []),
      ...(author?.[0]?.name ? [{ name: 'dc:creator', objects: { _text: author[0].name } }] : []),
    ],
  })).rss2();
}

/** Atom 1.0. `feed` marks entry title and summary as type="html": both are HTML-escaped plain text. */
export function renderAtom(feed: Feed): string {
  return withItems(feed, (item) => ({
    ...item,
    title: escapeHtml(item.title),
    description: item.description && escapeHtml(item.description),
    content: item.content && cdataHtml(item.content),
  })).atom1();
}

/*
 * `feed` writes titles and HTML as CDATA sections, and its XML writer (xml-js) splits only the
 * first "]]>" in a section: a second one in an article would end the section early and make the
 * whole feed unreadable. HTML says the same with "]]&gt;"; in plain text an invisible word joiner
 * keeps the characters apart. Characters XML forbids outright are dropped as in lib/syndication/xml.ts.
 */
function cdataHtml(html: string): string {
  return withoutForbiddenXmlCharacters(html).replaceAll(']]>', ']]&gt;');
}

function cdataText(text: string): string {
  return withoutForbiddenXmlCharacters(text).replaceAll(']]>', ']]\u2060>');
}

export const jsonFeedVersion = 'https://jsonfeed.org/version/1.1';

/** The parts of `feed`'s JSON Feed 1.0 output this module changes. */
interface JsonFeed10 {
  version: string;
  author?: JsonFeedAuthor;
  items: (Record<string, unknown> & { author?: JsonFeedAuthor })[];
  [key: string]: unknown;
}
type JsonFeedAuthor = { name?: string; url?: string; avatar?: string };

/**
 * JSON Feed 1.1. `feed` (6.0) writes version 1.0: a single `author`, no `language`. 1.1 replaces
 * `author` with an `authors` list and adds `language` and `favicon`; the package has no option for
 * that, so its output is parsed and upgraded as an object (never patched as a string).
 */
export function renderJsonFeed(feed: Feed): string {
  const { author, items, ...rest } = JSON.parse(feed.json1()) as JsonFeed10;
  const upgraded = {
    ...rest,
    version: jsonFeedVersion,
    ...(feed.options.language && { language: feed.options.language }),
    ...(feed.options.favicon && { favicon: feed.options.favicon }),
    ...(author && { authors: [author] }),
    items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor && { authors: [itemAuthor] }) })),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}

/** A copy of the feed with each item transformed; the original stays usable for other formats. */
function withItems(feed: Feed, transform: (item: Item) => Item): Feed {
  const copy = new Feed(feed.options);
  for (const item of feed.items) copy.addItem(transform(item));
  for (const category of feed.categories) copy.addCategory(category);
  for (const contributor of feed.contributors) copy.addContributor(contributor);
  for (const extension of feed.extensions) copy.addExtension(extension);
  return copy;
}
