import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { renderMarkdown } from './markdown';
import { readingMinutes } from '../reading-time';
import { slugPattern } from '../slug';
import type { Article } from './article';
import { AuthorRegistry, autorenSchema, buildAuthorRegistry, type Author } from './authors';
import { checkAcrossArticles, checkArticleReferences, checkBodyTargets, type ArticleSource, type BodyTargets, type CheckContext } from './checks';
import type { Datasets } from './datasets';
import { describeAliasError, describeYamlError, lineOfPath, maxAliasCount, parseFile, type ParsedFile } from './front-matter';
import { contentPath, isSymlink, listContentFolder, symlinkMessage, type ContentPlace } from './folder';
import { ContentError, formatIssue, type ContentIssue } from './issues';
import { datasetFolder, readDatasets } from './load-datasets';
import { buildNow, previewsUnpublished } from './publish';
import { describeSchemaIssue, fieldName } from './schema-issues';
import { operatorSchema, placeholderPaths, placeholderWarning, toOperator, type Operator } from './operator';
import { frontMatterSchema, type FrontMatter } from './schema';
import { buildVocabulary, TagVocabulary, themenSchema, type Tag } from './themen';
import { readContentText } from './read-text';
import { articleLimit, sizeProblem } from './size-limits';

export interface LoadedContent {
  /** Every article, drafts and scheduled ones included; the publish rule decides what is shown. */
  articles: readonly Article[];
  vocabulary: TagVocabulary;
  /** The declared authors (content/autoren.yaml); every article's `author` is one of them. */
  authors: AuthorRegistry;
  /** Chart datasets and the timeline from content/daten/, read before the articles that embed them. */
  datasets: Datasets;
  /** The operator details for Impressum and Datenschutzerklärung (content/betreiber.yaml). */
  operator: Operator;
  warnings: readonly ContentIssue[];
  /**
   * Errors in draft articles, by slug, when they stay local (`next dev`): the draft's own page shows
   * them, every other page renders. Empty otherwise: the build and check:content stop on them.
   */
  draftProblems: ReadonlyMap<string, readonly ContentIssue[]>;
}

/** `content/` unless CONTENT_DIR points elsewhere (tests and benchmarks use generated sets). */
export function contentDirectory(): string {
  // Pages are all prerendered at build time, so the server bundle needs no traced copy of content/.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? contentPath(process.cwd(), 'content'));
}

/** `public/`: images referenced by articles must exist here. */
export function publicDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'public');
}

const articleFolder = 'artikel';
const themenFile = 'themen.yaml';
const autorenFile = 'autoren.yaml';
const operatorFile = 'betreiber.yaml';
const allowedFields = Object.keys(frontMatterSchema.shape);
const operatorFields = Object.keys(operatorSchema.shape);

/**
 * Reads, parses, validates and renders all content in one pass. Collects every problem in every
 * file first, then throws one ContentError listing them all: editors fix everything in one round.
 */
export interface ReadOptions {
  /** Where images must exist; the project's public/ unless a test set brings its own. */
  publicDirectory?: string;
  /**
   * Keep errors in draft articles apart instead of throwing (`draftProblems`), for `next dev`: one
   * broken link in a draft must not turn every page into an error. Off for builds and check:content.
   */
  draftProblemsStayLocal?: boolean;
}

export function readContent(directory: string = contentDirectory(), { publicDirectory: images = publicDirectory(), draftProblemsStayLocal = false }: ReadOptions = {}): LoadedContent {
  const issues: ContentIssue[] = [];
  const place: ContentPlace = { root: directory, shown: relative };
  checkContentRoot(place, issues);
  const vocabulary = readVocabulary(directory, issues);
  const authors = readAuthors(directory, issues);
  const operator = readOperator(directory, issues);
  // Datasets first: article bodies embed their charts when they are rendered.
  const { datasets, articleReferences } = readDatasets(place, issues);
  const sources: ArticleSource[] = [];
  // Bodies of files that are no article (invalid front matter): their links and images are checked too.
  const uncheckedBodies: UncheckedBody[] = [];

  for (const entry of listArticleFolder(place, issues)) {
    const read = readArticle(directory, entry, { vocabulary, authors, datasets }, issues);
    if (read && 'article' in read) sources.push(read);
    else if (read) uncheckedBodies.push(read);
  }
  const now = buildNow();
  const context: CheckContext = {
    vocabulary,
    publicDirectory: images,
    now,
    articleFolder: relative(contentPath(directory, articleFolder)),
    vocabularyFile: relative(contentPath(directory, themenFile)),
    authors,
    authorsFile: relative(contentPath(directory, autorenFile)),
    invalidArticles: new Map(uncheckedBodies.map((body) => [body.slug, { draft: body.draft }])),
  };
  issues.push(
    ...checkAcrossArticles(sources, context),
    ...checkBodyTargets(uncheckedBodies, sources, context),
    ...checkArticleReferences(articleReferences, sources, now),
  );

  const draftFiles = new Map<string, string>();
  for (const { article } of sources) if (article.draft) draftFiles.set(article.file, article.slug);
  for (const body of uncheckedBodies) if (body.draft) draftFiles.set(body.file, body.slug);
  const { draftProblems, rest } = draftProblemsStayLocal ? setAsideDraftProblems(issues, draftFiles) : { draftProblems: new Map<string, ContentIssue[]>(), rest: issues };

  // Without operator details an error is always reported (missing file, bad YAML, wrong field).
  if (!operator || rest.some((issue) => issue.severity === 'error')) throw new ContentError(issues);
  return { articles: sources.map((source) => source.article), vocabulary, authors, datasets, operator, warnings: rest, draftProblems };
}

/** Errors in draft files, by the draft's slug, apart from all other issues (see `draftProblemsStayLocal`). */
function setAsideDraftProblems(issues: readonly ContentIssue[], draftFiles: ReadonlyMap<string, string>) {
  const draftProblems = new Map<string, ContentIssue[]>();
  const rest: ContentIssue[] = [];
  for (const issue of issues) {
    const slug = issue.severity === 'error' ? draftFiles.get(issue.file) : undefined;
    if (slug === undefined) rest.push(issue);
    else draftProblems.set(slug, [...(draftProblems.get(slug) ?? []), issue]);
  }
  return { draftProblems, rest };
}

function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

const knownRootEntries = new Set([themenFile, autorenFile, operatorFile, articleFolder, datasetFolder]);

/**
 * content/ holds themen.yaml, autoren.yaml, betreiber.yaml, artikel/ and daten/; anything else there (an article saved one folder
 * too high, `themen.yml`) would be ignored, so editors are told. Hidden entries are tools' markers
 * (`.gitkeep`, the generator's `.synthetic-content`), never content.
 */
function checkContentRoot(place: ContentPlace, issues: ContentIssue[]): void {
  let names: string[];
  try {
    names = readdirSync(place.root);
  } catch {
    return; // reported as the missing themen.yaml and artikel/ below
  }
  for (const name of names.sort((a, b) => a.localeCompare(b))) {
    const absolute = contentPath(place.root, name);
    if (name.startsWith('.')) continue;
    if (knownRootEntries.has(name)) {
      if (isSymlink(absolute)) issues.push({ file: relative(absolute), severity: 'error', message: symlinkMessage(absolute, place) });
      continue;
    }
    issues.push({
      file: relative(absolute),
      severity: 'warning',
      message: `wird ignoriert: In ${relative(place.root)}/ gehören nur ${themenFile}, ${autorenFile}, ${operatorFile}, der Ordner ${articleFolder}/ (je Artikel eine .md-Datei) und ${datasetFolder}/ (Datensätze).`,
    });
  }
}

/** The tag vocabulary alone (for the new-article scaffold); an unreadable file gives an empty one. */
export function readVocabularyFile(directory: string): TagVocabulary {
  return readVocabulary(directory, []);
}

function readVocabulary(directory: string, issues: ContentIssue[]): TagVocabulary {
  const read = readDeclarations(directory, themenFile, themenSchema, 'Sie legt die erlaubten Themen (tags) fest.', issues);
  if (!read) return new TagVocabulary([]);
  const { vocabulary, conflicts } = buildVocabulary(read.data);
  for (const message of conflicts) issues.push({ file: read.shown, severity: 'error', message });
  return vocabulary;
}

/** The declared authors alone (for the new-article scaffold); an unreadable file gives an empty registry. */
export function readAuthorsFile(directory: string): AuthorRegistry {
  return readAuthors(directory, []);
}

function readAuthors(directory: string, issues: ContentIssue[]): AuthorRegistry {
  const read = readDeclarations(directory, autorenFile, autorenSchema, 'Sie legt die Autorinnen und Autoren fest (author).', issues);
  if (!read) return new AuthorRegistry([]);
  const { registry, conflicts } = buildAuthorRegistry(read.data);
  for (const { index, field, message } of conflicts) {
    issues.push({ file: read.shown, line: read.lineOf([index, field]), field: fieldName([index, field]), severity: 'error', message });
  }
  return registry;
}

/**
 * The operator details (betreiber.yaml): an error like any other YAML when a field is unknown or
 * wrong, a warning with its line for every placeholder still in square brackets. The pages need the
 * details, so a file that is missing or invalid stops the build.
 */
function readOperator(directory: string, issues: ContentIssue[]): Operator | undefined {
  const read = readDeclarations(
    directory,
    operatorFile,
    operatorSchema,
    'Sie enthält die Angaben zum Betreiber für Impressum und Datenschutzerklärung (siehe docs/legal.md).',
    issues,
    operatorFields,
  );
  if (!read) return undefined;
  for (const at of placeholderPaths(read.data)) {
    const value = at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], read.data);
    issues.push({ file: read.shown, line: read.lineOf(at), field: fieldName(at), severity: 'warning', message: placeholderWarning(String(value)) });
  }
  return toOperator(read.data);
}

/**
 * A YAML file of declarations next to the articles (themen.yaml, autoren.yaml, betreiber.yaml), read
 * and checked with its schema; every problem is reported with its line. With `knownFields` an unknown
 * field gets its own line and a "meinten Sie …?" hint. Undefined when the file is unusable.
 */
function readDeclarations<Schema extends z.ZodType>(
  directory: string,
  name: string,
  schema: Schema,
  purpose: string,
  issues: ContentIssue[],
  knownFields?: readonly string[],
): { data: z.output<Schema>; shown: string; lineOf(path: readonly PropertyKey[]): number | undefined } | undefined {
  const file = contentPath(directory, name);
  const shown = relative(file);
  if (isSymlink(file)) return undefined; // reported with the content folder
  let read: ReturnType<typeof readContentText>;
  try {
    read = readContentText(file);
  } catch {
    issues.push({ file: shown, severity: 'error', message: `Datei fehlt: ${purpose}` });
    return undefined;
  }
  if ('problem' in read) {
    issues.push({ file: shown, line: read.line, severity: 'error', message: read.problem });
    return undefined;
  }
  const source = read.text;
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { schema: 'core', uniqueKeys: true, lineCounter });
  const yamlError = describeYamlError(document.errors[0], 'in der Datei', source);
  if (yamlError) {
    issues.push({ file: shown, line: yamlError.line, severity: 'error', message: yamlError.message });
    return undefined;
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    const tooManyAliases = describeAliasError(error, document, lineCounter, 'in der Datei');
    if (!tooManyAliases) throw error;
    issues.push({ file: shown, line: tooManyAliases.line, severity: 'error', message: tooManyAliases.message });
    return undefined;
  }
  // A missing field has no node: lineOfPath names the line of the entry it is missing from; a problem
  // with the whole file (not a list) has no line.
  const lineOf = (at: readonly PropertyKey[]) => lineOfPath(document, lineCounter, at, 1);
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (knownFields) issues.push(...describeSchemaIssue(shown, issue, lineOf, knownFields));
      else issues.push({ file: shown, line: lineOf(issue.path), field: fieldName(issue.path), severity: 'error', message: issue.message });
    }
    return undefined;
  }
  return { data: result.data, shown, lineOf };
}

function listArticleFolder(place: ContentPlace, issues: ContentIssue[]): Dirent[] {
  const folder = contentPath(place.root, articleFolder);
  if (isSymlink(folder)) return []; // reported with the content folder
  const files = listContentFolder(folder, { extension: '.md', ignoredHint: 'Artikel sind Dateien mit der Endung .md.' }, place, issues);
  if (!files) issues.push({ file: relative(folder), severity: 'error', message: 'Ordner fehlt: Hier liegt je Artikel eine .md-Datei.' });
  return files ?? [];
}

interface Declarations {
  vocabulary: TagVocabulary;
  authors: AuthorRegistry;
  datasets: Datasets;
}

/**
 * One article file, step by step. Every step reports its own problems, and the file goes on as far
 * as it can, so editors see all of them at once: only a valid file becomes an article, but the body
 * of an invalid one is still rendered and its links and images are returned for the checks across
 * files. Only a front matter that cannot be read at all stops before the body.
 */
function readArticle(directory: string, entry: Dirent, declarations: Declarations, issues: ContentIssue[]): ArticleSource | UncheckedBody | undefined {
  const absolute = contentPath(directory, articleFolder, entry.name);
  const report = articleReport(relative(absolute), issues);
  checkFileName(entry.name, report);
  const text = readArticleText(absolute, report);
  if (text === undefined) return undefined;
  const parsed = splitFrontMatter(text, report);
  if (!parsed) return undefined;
  const matter = validateFrontMatter(parsed, report);
  const tags = resolveTags(parsed, declarations.vocabulary, relative(contentPath(directory, themenFile)), report);
  const author = resolveAuthor(parsed, declarations.authors, relative(contentPath(directory, autorenFile)), report);
  checkBody(parsed, report);
  const rendered = renderBody(parsed, declarations.datasets, report);
  if (!matter || !author || report.hasErrors()) {
    return { file: report.file, slug: slugOf(entry.name), draft: parsed.data.draft === true, links: rendered.links, images: rendered.images };
  }
  return articleSource({ slug: slugOf(entry.name), file: report.file, text, parsed, matter, tags, author, rendered });
}

/** The body of a file that is no article, for the checks across files; with what the file says it is. */
type UncheckedBody = BodyTargets & { slug: string; draft: boolean };

/** Where one file's problems go, each naming the file; `hasErrors` looks at this file's problems only. */
interface ArticleReport {
  file: string;
  error(message: string, at?: Partial<ContentIssue>): void;
  warning(message: string, line: number | undefined): void;
  add(found: readonly ContentIssue[]): void;
  hasErrors(): boolean;
}

function articleReport(file: string, issues: ContentIssue[]): ArticleReport {
  const first = issues.length;
  return {
    file,
    error: (message, at = {}) => issues.push({ file, severity: 'error', message, ...at }),
    warning: (message, line) => issues.push({ file, severity: 'warning', message, line }),
    add: (found) => issues.push(...found),
    hasErrors: () => issues.slice(first).some((issue) => issue.severity === 'error'),
  };
}

const slugOf = (fileName: string) => fileName.slice(0, -'.md'.length);

/** The file name is the article's address, so it must be a slug. */
function checkFileName(fileName: string, report: ArticleReport): void {
  if (!slugPattern.test(slugOf(fileName))) {
    report.error(`Dateiname „${fileName}“ ist als Adresse ungeeignet (erlaubt: Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. xiaomi-su7-startet.md)`);
  }
}

/** The file's text; undefined when it is too large (checked before reading), cannot be read as text or is empty. */
function readArticleText(absolute: string, report: ArticleReport): string | undefined {
  const tooLarge = sizeProblem(absolute, articleLimit);
  if (tooLarge) {
    report.error(tooLarge);
    return undefined;
  }
  const read = readContentText(absolute);
  if ('problem' in read) {
    report.error(read.problem, { line: read.line });
    return undefined;
  }
  if (read.text.trim() === '') {
    report.error('Die Datei ist leer.');
    return undefined;
  }
  return read.text;
}

/** A file split into front matter and body, where the front matter is a map of fields (not yet checked). */
type SplitFile = ParsedFile & { data: Record<string, unknown> };

/** Said with every problem that stops a file before its body: editors know a second round will follow. */
const bodyNotChecked = (problem: string) => `${problem}${/[.!?]$/.test(problem) ? '' : '.'} Der Text darunter (Links, Bilder, Diagramme) wird geprüft, sobald der Kopfbereich lesbar ist.`;

function splitFrontMatter(text: string, report: ArticleReport): SplitFile | undefined {
  let parsed: ParsedFile;
  try {
    parsed = parseFile(text);
  } catch (error) {
    const syntax = describeYamlError(error);
    if (!syntax) throw error;
    report.error(bodyNotChecked(syntax.message), { line: syntax.line });
    return undefined;
  }
  if (!parsed.hasFrontMatter) {
    report.error('Der Kopfbereich fehlt: Die Datei muss mit einer Zeile „---“ beginnen, dann folgen die Felder (title, teaser, …) und wieder „---“.', { line: 1 });
    return undefined;
  }
  if (!hasFieldMap(parsed)) {
    report.error(bodyNotChecked('Der Kopfbereich muss aus Feldern der Form „name: Wert“ bestehen.'), { line: 2 });
    return undefined;
  }
  return parsed;
}

function hasFieldMap(parsed: ParsedFile): parsed is SplitFile {
  return typeof parsed.data === 'object' && parsed.data !== null && !Array.isArray(parsed.data);
}

/** The front matter as the schema parses it; undefined, with every problem at its line, when it is invalid. */
function validateFrontMatter(parsed: SplitFile, report: ArticleReport): FrontMatter | undefined {
  const result = frontMatterSchema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) report.add(describeSchemaIssue(report.file, issue, parsed.lineOf, allowedFields));
  return undefined;
}

/**
 * The declared topics the front matter names. Read from the raw fields, so an unknown topic is
 * reported (with "meinten Sie …?") even while other fields are still wrong.
 */
function resolveTags(parsed: SplitFile, vocabulary: TagVocabulary, vocabularyFile: string, report: ArticleReport): Tag[] {
  const tags: Tag[] = [];
  const tagNames: unknown[] = Array.isArray(parsed.data.tags) ? parsed.data.tags : [];
  for (const [index, name] of tagNames.entries()) {
    if (typeof name !== 'string') continue; // the schema already reported it
    const tag = vocabulary.named(name.trim());
    if (tag) {
      tags.push(tag);
    } else if (vocabulary.tags.length > 0) {
      const suggestion = vocabulary.closestName(name);
      report.error(`Thema „${name}“ ist nicht in ${vocabularyFile} eingetragen${suggestion ? ` – meinten Sie „${suggestion}“?` : ''} (neue Themen dort ergänzen)`, {
        field: fieldName(['tags', index]),
        line: parsed.lineOf(['tags', index]),
      });
    }
  }
  return tags;
}

/** The declared author the front matter names, like the topics read from the raw field. */
function resolveAuthor(parsed: SplitFile, authors: AuthorRegistry, authorsFile: string, report: ArticleReport): Author | undefined {
  const authorName = parsed.data.author;
  const author = typeof authorName === 'string' ? authors.named(authorName.trim()) : undefined;
  if (typeof authorName === 'string' && !author && authors.authors.length > 0 && authorName.trim() !== '') {
    const suggestion = authors.closestName(authorName.trim());
    report.error(`„${authorName}“ ist nicht in ${authorsFile} eingetragen${suggestion ? ` – meinten Sie „${suggestion}“?` : ''} (neue Autorinnen und Autoren dort ergänzen)`, {
      field: 'author',
      line: parsed.lineOf(['author']),
    });
  }
  return author;
}

/** Drafts may be empty while they are written; nothing is published without its text. */
function checkBody(parsed: SplitFile, report: ArticleReport): void {
  if (parsed.body.trim() === '' && parsed.data.draft !== true) {
    report.error('Der Text fehlt: Nach dem Kopfbereich (unter der zweiten Zeile „---“) folgt der Artikel in Markdown.');
  }
}

type RenderedBody = Pick<Article, 'html' | 'headings' | 'charts'> & Pick<ArticleSource, 'links' | 'images'>;

/** The body as HTML; the renderer's problems, warnings, links and images with their lines in the file. */
function renderBody(parsed: SplitFile, datasets: Datasets, report: ArticleReport): RenderedBody {
  const rendered = renderMarkdown(parsed.body, { datasets });
  const fileLine = (bodyLine: number | undefined) => (bodyLine === undefined ? undefined : bodyLine + parsed.bodyStartLine - 1);
  for (const problem of rendered.problems) report.error(problem.message, { line: fileLine(problem.line) });
  for (const warning of rendered.warnings) report.warning(warning.message, fileLine(warning.line));
  return {
    html: rendered.html,
    headings: rendered.headings,
    charts: rendered.charts,
    links: rendered.links.map((link) => ({ ...link, line: fileLine(link.line) })),
    images: rendered.images.map((image) => ({ ...image, line: fileLine(image.line) })),
  };
}

/**
 * The article: the parsed front matter as it is (a new schema field arrives without code here),
 * with what the loader resolved or computed in place of the raw values; and what the checks across
 * files need.
 */
function articleSource({ slug, file, text, parsed, matter, tags, author, rendered }: {
  slug: string;
  file: string;
  text: string;
  parsed: SplitFile;
  matter: FrontMatter;
  tags: Tag[];
  author: Author;
  rendered: RenderedBody;
}): ArticleSource {
  const article: Article = {
    slug,
    ...matter,
    author,
    tags,
    html: rendered.html,
    headings: rendered.headings,
    charts: rendered.charts,
    readingMinutes: readingMinutes(parsed.body),
    file,
  };
  return {
    article,
    links: rendered.links,
    images: rendered.images,
    lineOf: parsed.lineOf,
    text,
    lineOfText(pattern) {
      const index = text.search(pattern);
      return index === -1 ? undefined : text.slice(0, index).split('\n').length;
    },
  };
}

interface ContentCache {
  loaded?: { directory: string; signature: string; content: LoadedContent };
}

const ownCache: ContentCache = {};
const processCacheKey = Symbol.for('xiaomi-im-blick.loaded-content');

/**
 * Next bundles this module more than once per process – for pages and for route handlers (feeds,
 * share images) – and each copy would read and render everything again: a build worker shares one
 * cache through globalThis. `next dev` keeps one per module copy, so a code change that reloads the
 * module (say, to the Markdown renderer) also renders the articles anew.
 */
function contentCache(): ContentCache {
  if (process.env.NODE_ENV === 'development') return ownCache;
  const shared = globalThis as typeof globalThis & { [processCacheKey]?: ContentCache };
  return (shared[processCacheKey] ??= {});
}

/**
 * All content, read once per process. In `next dev` the cheap signature (names, sizes, times)
 * is checked on each call, so an edited or new file shows up on reload.
 */
export function loadContent(directory: string = contentDirectory(), options: ReadOptions = {}): LoadedContent {
  const watching = process.env.NODE_ENV === 'development';
  const cache = contentCache();
  const cached = cache.loaded;
  if (cached && cached.directory === directory && (!watching || cached.signature === signatureOf(directory))) {
    return cached.content;
  }
  const content = readContent(directory, { draftProblemsStayLocal: previewsUnpublished(), ...options });
  for (const warning of content.warnings) console.warn(formatIssue(warning));
  for (const problem of [...content.draftProblems.values()].flat()) console.error(`${formatIssue(problem)} (Entwurf: nur seine Seite zeigt den Fehler)`);
  cache.loaded = { directory, signature: watching ? signatureOf(directory) : '', content };
  return content;
}

function signatureOf(directory: string): string {
  const parts: string[] = [];
  for (const file of [contentPath(directory, themenFile), contentPath(directory, autorenFile), contentPath(directory, operatorFile), contentPath(directory, articleFolder), contentPath(directory, datasetFolder)]) {
    try {
      const entries = statSync(/*turbopackIgnore: true*/ file).isDirectory() ? readdirSync(/*turbopackIgnore: true*/ file).map((name) => contentPath(file, name)) : [file];
      for (const entry of entries) {
        const stats = statSync(entry);
        parts.push(`${entry}:${stats.size}:${stats.mtimeMs}`);
      }
    } catch {
      parts.push(`${file}:missing`);
    }
  }
  return parts.join('|');
}
