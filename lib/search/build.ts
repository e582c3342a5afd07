import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { constants, gzipSync } from 'node:zlib';
import { rehype } from 'rehype';
import { SKIP, visit } from 'unist-util-visit';
import type { Catalog, ListedArticle } from '../content/catalog';
import { dateTimeAttribute, formatGermanDate } from '../dates';
import { ressortBySlug } from '../ressorts';
import { buildSearchIndexFiles, type SearchDocument, type SearchIndexFiles } from './index-files';

const builtIndexes = new WeakMap<Catalog, SearchIndexFiles>();

/**
 * The search index of the site as its files (path → content), built once per catalog and process at
 * build time and served under /suchindex/. Only published articles: a draft or a scheduled article
 * must not be findable (nor leak its text through the index files), whatever catalog is passed in.
 */
export function searchIndexOf(catalog: Catalog): SearchIndexFiles {
  let built = builtIndexes.get(catalog);
  if (!built) {
    built = buildSearchIndexFiles(
      catalog.articles.filter((article) => article.state === 'published').map(searchDocument),
    );
    builtIndexes.set(catalog, built);
  }
  return built;
}

/**
 * One index file as served: JSON, gzip-compressed once at the highest level so no server has to
 * compress it per request (see payload.ts; the browser reads it with readSearchIndexFile).
 * Undefined for a path that is not a file of the index.
 */
export function searchIndexFile(catalog: Catalog, path: string): Uint8Array<ArrayBuffer> | undefined {
  const content = searchIndexOf(catalog).files.get(path);
  if (content === undefined) return undefined;
  return new Uint8Array(gzipSync(JSON.stringify(content), { level: constants.Z_BEST_COMPRESSION }));
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
