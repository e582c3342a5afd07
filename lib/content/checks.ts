import { statSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';
import path from 'node:path';
import { ressortBySlug } from '../ressorts';
import { berlinMonth, formatGermanDate, formatGermanMonth } from '../dates';
import { pageCount, pageSize } from '../pagination';
import { articlePath, pageFromSegments, staticPagePaths, topicPath } from '../paths';
import type { Article } from './article';
import type { AuthorRegistry } from './authors';
import { contentPath } from './folder';
import type { ContentIssue } from './issues';
import type { ArticleReference } from './load-datasets';
import { templatePlaceholder } from './template';
import { publicationState } from './publish';
import { vagueSourceWarning } from './source-names';
import type { TagVocabulary } from './themen';

/** What the loader keeps of one valid file for checks across files: targets with their file lines. */
export interface ArticleSource {
  article: Article;
  links: { url: string; line: number | undefined }[];
  images: { url: string; alt: string; line: number | undefined }[];
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The whole file, for checks on the raw text. */
  text: string;
  /** File line of the first match of a pattern in the raw text. */
  lineOfText(pattern: RegExp): number | undefined;
}

export interface CheckContext {
  vocabulary: TagVocabulary;
  /** Where images live; `/bilder/x.jpg` must be `<publicDirectory>/bilder/x.jpg`. */
  publicDirectory: string;
  /** The article folder and the vocabulary file as editors see them (for messages). */
  articleFolder: string;
  vocabularyFile: string;
  /** The declared authors and their file, for links to author pages (`/autoren/<slug>`). */
  authors: AuthorRegistry;
  authorsFile: string;
  now: Date;
  /**
   * Article files that exist but are no article (their own errors are reported), by slug, with
   * whether they are drafts: a link to one is no "missing article", and to a draft it warns as usual.
   */
  invalidArticles?: ReadonlyMap<string, { draft: boolean }>;
}

/**
 * Editorial checks that need more than one file: links to other articles and topics, images on
 * disk, duplicate titles, old addresses, teasers that only repeat the title, scheduled articles;
 * and, per article, sources a reader cannot check (no outlet named, no URL).
 */
export function checkAcrossArticles(sources: readonly ArticleSource[], context: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bySlug = new Map(sources.map((source) => [source.article.slug, source.article]));
  for (const source of sources) {
    const { article, lineOf } = source;
    const report = (severity: ContentIssue['severity'], message: string, field: string | undefined, line: number | undefined) =>
      issues.push({ file: article.file, severity, message, line, ...(field ? { field } : {}) });

    issues.push(...bodyTargetIssues({ file: article.file, links: source.links, images: source.images }, bySlug, context));
    if (article.image) {
      const problem = describeImageSource(article.image.src, context.publicDirectory);
      if (problem) report('error', problem, 'image.src', lineOf(['image', 'src']));
    }
    if (repeatsTitle(article.teaser, article.title)) {
      report('error', 'wiederholt nur die Überschrift: Der Vorspann soll die Nachricht in eigenen Worten zusammenfassen (wer, was, wann)', 'teaser', lineOf(['teaser']));
    }
    if (!article.draft && templatePlaceholder.test(source.text)) {
      report('error', 'Platzhalter aus der Vorlage ([[…]]) sind noch nicht ersetzt: erst ausfüllen, dann „draft: true“ löschen', undefined, source.lineOfText(templatePlaceholder));
    }
    article.sources.forEach((entry, index) => {
      const warning = vagueSourceWarning(entry);
      if (warning) report('warning', warning, `sources.${index + 1}.name`, lineOf(['sources', index, 'name']));
    });
    if (publicationState(article, context.now) === 'scheduled') {
      report('warning', `liegt in der Zukunft: Der Artikel ist geplant und erscheint erst mit dem ersten Build ab ${formatGermanDate(article.date)}`, 'date', lineOf(['date']));
    }
  }
  issues.push(...duplicateTitles(sources), ...aliasConflicts(sources));
  return issues;
}

/** The links and images in one file's body, with their file lines. */
export type BodyTargets = Pick<ArticleSource, 'links' | 'images'> & { file: string };

/**
 * Links and images in the body of a file that is no article (its front matter is invalid): checked
 * against the valid articles like any other body, so editors see these problems in the same run.
 */
export function checkBodyTargets(bodies: readonly BodyTargets[], sources: readonly ArticleSource[], context: CheckContext): ContentIssue[] {
  const bySlug = new Map(sources.map((source) => [source.article.slug, source.article]));
  return bodies.flatMap((body) => bodyTargetIssues(body, bySlug, context));
}

function bodyTargetIssues({ file, links, images }: BodyTargets, bySlug: Map<string, Article>, context: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (severity: ContentIssue['severity'], message: string, line: number | undefined) => issues.push({ file, severity, message, line });
  for (const link of links) {
    const problem = describeInternalLink(link.url, bySlug, context);
    if (problem) report(problem.severity, problem.message, link.line);
  }
  for (const image of images) {
    if (image.alt.trim() === '') report('error', `Bild „${image.url}“ ohne Alternativtext: ![Beschreibung des Bildes](${image.url})`, image.line);
    const problem = describeImageSource(image.url, context.publicDirectory);
    if (problem) report('error', problem, image.line);
  }
  return issues;
}

/**
 * Links from datasets (timeline events) to articles: a missing article is an error, a draft or a
 * scheduled one a warning (pages link only to articles the reader can open).
 */
export function checkArticleReferences(references: readonly ArticleReference[], sources: readonly ArticleSource[], now: Date): ContentIssue[] {
  const bySlug = new Map(sources.map((source) => [source.article.slug, source.article]));
  return references.flatMap(({ file, slug, field, line }): ContentIssue[] => {
    const target = bySlug.get(slug);
    if (!target) {
      return [{ file, line, field, severity: 'error', message: `Es gibt keinen Artikel content/artikel/${slug}.md (für ein Ereignis ohne Artikel „article: false“ schreiben)` }];
    }
    const state = publicationState(target, now);
    if (state === 'published') return [];
    return [{ file, line, field, severity: 'warning', message: `Der Artikel „${slug}“ ist ${state === 'draft' ? 'ein Entwurf' : 'noch geplant'}: Die Zeitleiste verlinkt ihn erst, wenn er erschienen ist` }];
  });
}

type LinkProblem = { severity: ContentIssue['severity']; message: string };

function describeInternalLink(url: string, bySlug: Map<string, Article>, context: CheckContext): LinkProblem | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined; // external, mail or in-page (#…) links
  const pathname = url.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1');
  const [, section, slug, ...rest] = pathname.split('/');
  const subpath = rest.join('/');
  const notFound = (what: string): LinkProblem => ({ severity: 'error', message: `Link auf „${url}“ führt ins Leere: ${what}` });
  if (section === 'artikel' && slug !== undefined && (subpath === '' || subpath === 'share-image.png')) {
    const target = bySlug.get(slug);
    const invalid = target ? undefined : context.invalidArticles?.get(slug);
    if (invalid) return invalid.draft ? draftLink(url) : undefined;
    if (!target) {
      const meant = likelySlug(slug, [...bySlug.keys()]);
      return notFound(`Es gibt keinen Artikel ${path.posix.join(context.articleFolder, `${slug}.md`)}${meantHint(meant && articlePath(meant))}`);
    }
    const state = publicationState(target, context.now);
    if (state === 'draft') return draftLink(url);
    if (state === 'scheduled') return { severity: 'warning', message: `Link auf „${url}“: Der Zielartikel ist noch geplant und auf der Website noch nicht zu sehen` };
    return undefined;
  }
  if (section === 'themen' && slug !== undefined && (subpath === '' || subpath === 'feed.xml')) {
    if (!context.vocabulary.withSlug(slug)) {
      const meant = likelySlug(slug, context.vocabulary.tags.map((tag) => tag.slug));
      return notFound(`Dieses Thema ist nicht in ${context.vocabularyFile} eingetragen${meantHint(meant && topicPath(meant))}`);
    }
    const hasPublishedArticle = [...bySlug.values()].some(
      (article) => publicationState(article, context.now) === 'published' && article.tags.some((tag) => tag.slug === slug),
    );
    if (!hasPublishedArticle) {
      return { severity: 'warning', message: `Link auf „${url}“: Die Themenseite entsteht erst, wenn ein veröffentlichter Artikel dieses Thema trägt` };
    }
    return undefined;
  }
  if (section === 'autoren' && slug !== undefined && subpath === '') {
    if (!context.authors.withSlug(slug)) return notFound(`Niemand in ${context.authorsFile} hat die Adresse /autoren/${slug}`);
    const hasPublishedArticle = [...bySlug.values()].some((article) => publicationState(article, context.now) === 'published' && article.author.slug === slug);
    if (!hasPublishedArticle) {
      return { severity: 'warning', message: `Link auf „${url}“: Die Autorenseite entsteht erst mit dem ersten veröffentlichten Artikel dieser Person` };
    }
    return undefined;
  }
  if (section === 'ressorts' && slug !== undefined && subpath === '') {
    return ressortBySlug(slug) ? undefined : notFound('Dieses Ressort gibt es nicht (erlaubt: partnerschaften, expansion, zahlen, technik)');
  }
  if (section === 'archiv' && slug !== undefined) return describeArchiveLink(url, slug, subpath, bySlug, context);
  if (staticPagePaths.includes(pathname)) return undefined;
  const file = publicFile(context.publicDirectory, pathname);
  if (file === 'malformed') return notFound('Die Adresse enthält eine ungültige %-Kodierung');
  return file ? undefined : notFound('Diese Seite gibt es auf der Website nicht');
}

/**
 * The address an editor most likely meant by a missing one: a shortened article address ("the first
 * words of the headline") or one a letter or three off ("/themen/europe"). Nothing when no address is close,
 * so a truly missing target is not answered with a wrong guess.
 */
function likelySlug(wanted: string, slugs: readonly string[]): string | undefined {
  if (wanted.length >= 6) {
    const longer = slugs.filter((slug) => slug.startsWith(wanted));
    if (longer.length === 1) return longer[0];
  }
  if (slugs.length === 0) return undefined;
  const nearest = closest(wanted, [...slugs]);
  return distance(wanted, nearest) <= Math.min(3, Math.floor(wanted.length / 3)) ? nearest : undefined;
}

const draftLink = (url: string): LinkProblem => ({ severity: 'warning', message: `Link auf „${url}“: Der Zielartikel ist ein Entwurf und auf der Website noch nicht zu sehen` });

const meantHint = (address: string | undefined) => (address ? ` – meinten Sie „${address}“?` : '');

/**
 * `/archiv/<year>/<month>` has a page only for a month with a published article (in Berlin time), and
 * `/archiv/<year>/<month>/seite/<n>` only while the month's published articles fill n pages.
 */
function describeArchiveLink(url: string, year: string, subpath: string, bySlug: Map<string, Article>, context: CheckContext): LinkProblem | undefined {
  const [month = '', ...segments] = subpath.split('/');
  const page = pageFromSegments(segments);
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month) || page === undefined) {
    return { severity: 'error', message: `Link auf „${url}“ führt ins Leere: Archivseiten haben die Form /archiv/2025/12 (weitere Seiten eines Monats /archiv/2025/12/seite/2)` };
  }
  const inMonth = [...bySlug.values()].filter((article) => {
    const { year: articleYear, month: articleMonth } = berlinMonth(article.date);
    return articleYear === Number(year) && articleMonth === Number(month);
  });
  const published = inMonth.filter((article) => publicationState(article, context.now) === 'published').length;
  const name = formatGermanMonth(Number(year), Number(month));
  if (published > 0 && page <= pageCount(published)) return undefined;
  if (inMonth.length > 0 && page <= pageCount(inMonth.length)) {
    const what = page > 1 ? `Seite ${page} des Archivs für ${name}` : `Die Archivseite für ${name}`;
    const until = page > 1 ? `genug Artikel aus diesem Monat veröffentlicht sind (${pageSize} je Seite)` : 'ein Artikel aus diesem Monat veröffentlicht ist';
    return { severity: 'warning', message: `Link auf „${url}“: ${what} entsteht erst, wenn ${until}` };
  }
  if (inMonth.length === 0) return { severity: 'error', message: `Link auf „${url}“ führt ins Leere: Im Archiv gibt es für ${name} keine Artikel` };
  const pages = pageCount(published);
  return {
    severity: 'error',
    message: `Link auf „${url}“ führt ins Leere: Das Archiv für ${name} hat ${pages === 1 ? 'nur eine Seite' : `nur ${pages} Seiten`} (${pageSize} Artikel je Seite)`,
  };
}

function describeImageSource(src: string, publicDirectory: string): string | undefined {
  if (/^(?:https?:)?\/\//i.test(src)) {
    return `Bild „${src}“ liegt auf einem fremden Server: Bilder bitte nach public/ legen (Datenschutz: die Website lädt nichts von Dritten)`;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    return `Bildadresse „${src}“ ist nicht erlaubt: Bilder liegen als Datei in public/ und werden mit ihrem Pfad eingebunden, z. B. /bilder/su7.jpg`;
  }
  if (!src.startsWith('/')) return `Bildpfad „${src}“ muss mit / beginnen, z. B. /bilder/su7.jpg für public/bilder/su7.jpg`;
  const pathname = src.replace(/[?#].*$/, '');
  const file = publicFile(publicDirectory, pathname);
  if (file === 'malformed') return `Bildpfad „${src}“ enthält eine ungültige %-Kodierung`;
  return file ? undefined : `Bild „${src}“ fehlt: Es muss als public${pathname} im Projekt liegen`;
}

/**
 * The file in public/ a URL path names, if it is a regular file there; "malformed" for a broken
 * %-escape. Paths that climb out of public/ (/../package.json) name no file: a browser cannot reach them.
 */
function publicFile(publicDirectory: string, urlPath: string): string | undefined | 'malformed' {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return 'malformed';
  }
  const file = contentPath(publicDirectory, decoded);
  if (!file.startsWith(publicDirectory + path.sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** True when the teaser adds (almost) nothing to the title: the same words, at most a few more. */
export function repeatsTitle(teaser: string, title: string): boolean {
  const normalise = (text: string) => text.toLocaleLowerCase('de').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const teaserWords = normalise(teaser);
  const titleWords = normalise(title);
  return teaserWords === titleWords || (teaserWords.startsWith(titleWords) && teaserWords.length - titleWords.length < 20);
}

function duplicateTitles(sources: readonly ArticleSource[]): ContentIssue[] {
  const firstWithTitle = new Map<string, Article>();
  const issues: ContentIssue[] = [];
  for (const { article, lineOf } of sources) {
    const key = article.title.toLocaleLowerCase('de');
    const earlier = firstWithTitle.get(key);
    if (earlier) {
      issues.push({
        file: article.file,
        line: lineOf(['title']),
        field: 'title',
        severity: 'error',
        message: `Gleicher Titel wie ${earlier.file}: Jeder Artikel braucht eine eigene Überschrift.`,
      });
    } else {
      firstWithTitle.set(key, article);
    }
  }
  return issues;
}

/** An old address must lead to exactly one article and must not shadow a live one. */
function aliasConflicts(sources: readonly ArticleSource[]): ContentIssue[] {
  const slugs = new Set(sources.map(({ article }) => article.slug));
  const claimedBy = new Map<string, Article>();
  const issues: ContentIssue[] = [];
  for (const { article, lineOf } of sources) {
    article.aliases.forEach((alias, index) => {
      const field = `aliases.${index + 1}`;
      const line = lineOf(['aliases', index]);
      const other = claimedBy.get(alias);
      if (slugs.has(alias)) {
        issues.push({ file: article.file, line, field, severity: 'error', message: `„${alias}“ ist die Adresse eines bestehenden Artikels (${path.posix.join(path.posix.dirname(article.file), `${alias}.md`)})` });
      } else if (other === article) {
        issues.push({ file: article.file, line, field, severity: 'error', message: `„${alias}“ steht doppelt in der Liste` });
      } else if (other) {
        issues.push({ file: article.file, line, field, severity: 'error', message: `„${alias}“ ist schon frühere Adresse von ${other.file}` });
      } else {
        claimedBy.set(alias, article);
      }
    });
  }
  return issues;
}
