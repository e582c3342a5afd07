import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { constants, gzipSync } from 'node:zlib';
import type { AsPlainObject } from 'minisearch';
import { rehype } from 'rehype';
import { SKIP, visit } from 'unist-util-visit';
import type { Catalog, ListedArticle } from '../content/catalog';
import { dateTimeAttribute, formatGermanDate } from '../dates';
import { ressortBySlug } from '../ressorts';
import { createSearchIndex, type SearchDocument } from './engine';

/**
 * The search index of the site, built once at build time and served as /suchindex.json.gz. Only
 * published articles: a draft or a scheduled article must not be findable (nor leak its text
 * through the index file), whatever catalog is passed in.
 */
export function buildSearchIndex(catalog: Catalog): AsPlainObject {
  const documents = catalog.articles.filter((article) => article.state === 'published').map(searchDocument);
  return createSearchIndex(documents).toJSON();
}

/**
 * The index as the file /suchindex.json.gz: JSON, gzip-compressed once at the highest level so no
 * server has to compress it per request (see payload.ts; the browser reads it with readSearchIndexFile).
 */
export function searchIndexFile(catalog: Catalog): Uint8Array<ArrayBuffer> {
  const json = JSON.stringify(buildSearchIndex(catalog));
  return new Uint8Array(gzipSync(json, { level: constants.Z_BEST_COMPRESSION }));
}

export function searchDocument(article: ListedArticle): SearchDocument {
  return {
    slug: article.slug,
    title: article.title,
    kicker: article.kicker ?? '',
    teaser: article.teaser,
    tags: article.tags.map((tag) => tag.name).join(' '),
    body: plainText(article.html),
    date: dateTimeAttribute(article.date),
    dateLabel: formatGermanDate(article.date),
    ressort: ressortBySlug(article.ressort)?.name ?? article.ressort,
  };
}

const parser = rehype().data('settings', { fragment: true }).freeze();

/**
 * The readable text of an article's HTML, with line breaks between blocks so words of adjacent
 * paragraphs or table cells never run together. Leaves out what a reader does not see as text:
 * screen-reader hints ("externer Link", "Fußnoten"), footnote numbers and back links, the "#" of
 * heading anchors.
 */
export function plainText(html: string): string {
  const tree = parser.parse(html) as Root;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!isHidden(node) || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return toText(tree)
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function isHidden(node: Element): boolean {
  const classNames = node.properties.className;
  return (
    (Array.isArray(classNames) && (classNames.includes('sr-only') || classNames.includes('heading-anchor'))) ||
    node.properties.dataFootnoteRef !== undefined ||
    node.properties.dataFootnoteBackref !== undefined
  );
}
