import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, YAMLError, type Document } from 'yaml';

export interface ParsedFile {
  /** Parsed YAML: should be a map of fields, but editors can write anything. */
  data: unknown;
  /** Whether the file starts with a `---` front-matter block at all. */
  hasFrontMatter: boolean;
  body: string;
  /** File line on which the body's first line stands. */
  bodyStartLine: number;
  /** File line of the value at a front-matter path (or of its nearest present parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/**
 * YAML 1.2 core schema: dates stay the strings editors wrote (no silent UTC `Date`s), and an alias
 * bomb is cut off instead of expanding without end.
 */
const yamlOptions = { schema: 'core', uniqueKeys: true, prettyErrors: false } as const;
export const maxAliasCount = 50;

/** German wording of the YAML library's error codes; `where` is "im Kopfbereich" or "in der Datei". */
function germanYamlError(code: string, where: string): string | undefined {
  const messages: Record<string, string> = {
    DUPLICATE_KEY: `Ein Feld steht doppelt ${where}`,
    TAB_AS_INDENT: 'Tabulator als Einrückung: YAML erlaubt nur Leerzeichen',
    BAD_INDENT: 'Die Einrückung stimmt nicht',
    MISSING_CHAR: 'Ein Zeichen fehlt (oft ein schließendes Anführungszeichen)',
    MULTILINE_IMPLICIT_KEY: 'Ein Wert geht über mehrere Zeilen: Text mit Doppelpunkt in Anführungszeichen setzen',
    BLOCK_AS_IMPLICIT_KEY: 'Ein Wert geht über mehrere Zeilen: Text mit Doppelpunkt in Anführungszeichen setzen',
    UNEXPECTED_TOKEN: 'Unerwartetes Zeichen',
    TAG_RESOLVE_FAILED: 'Unbekannter YAML-Typ (mit „!“): Werte bitte ohne „!…“ davor schreiben',
    RESOURCE_EXHAUSTION: `Zu viele oder zu tief verschachtelte Aliase (&name und *name): So wird ${where === 'im Kopfbereich' ? 'der Kopfbereich' : 'die Datei'} nicht gelesen – Werte bitte ausschreiben`,
  };
  return messages[code];
}

/** An opening `---` line: three dashes alone on the file's first line (`----` is a Markdown rule). */
const openingLine = /^---[ \t]*(\n|$)/;
const closingLine = '\n---';

/**
 * Splits a Markdown file into YAML front matter and body; YAML errors carry the file line.
 * The YAML source starts on the opening `---` line (whose rest is empty), so YAML line n is file line n.
 */
export function parseFile(text: string): ParsedFile {
  if (!openingLine.test(text)) {
    return { data: {}, body: text, hasFrontMatter: false, bodyStartLine: 1, lineOf: () => undefined };
  }
  const close = text.indexOf(closingLine, 3);
  if (close < 0) {
    throw new FrontMatterSyntaxError(
      'Der Kopfbereich endet nicht: Nach den Feldern fehlt eine Zeile „---“, darunter folgt der Text.',
      1,
    );
  }
  const source = text.slice(3, close);
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { ...yamlOptions, lineCounter });
  const [first] = [...document.errors, ...document.warnings];
  if (first) {
    // With prettyErrors off, yaml leaves linePos unset; add it so the message can name the line.
    if (!first.linePos && first.pos[0] >= 0) first.linePos = [lineCounter.linePos(first.pos[0])];
    throw describeYamlError(first, 'im Kopfbereich', source) ?? first;
  }
  let data: unknown;
  try {
    data = (document.toJS({ maxAliasCount }) as object | null) ?? {};
  } catch (error) {
    throw describeAliasError(error, document, lineCounter, 'im Kopfbereich') ?? error;
  }
  // The body starts on the line after the closing `---` (anything after the dashes on it is dropped).
  const closingLineEnd = text.indexOf('\n', close + closingLine.length);
  const bodyStart = closingLineEnd < 0 ? text.length : closingLineEnd + 1;
  return {
    data,
    body: text.slice(bodyStart),
    hasFrontMatter: true,
    bodyStartLine: text.slice(0, bodyStart).split('\n').length,
    lineOf: (path) => lineOfPath(document, lineCounter, path),
  };
}

/**
 * File line of a YAML path as editors look for it: a field's own line (`tags:`, even when its list
 * starts on the next line), a list entry's line (`- SU7`); for a path that is not there, the line of
 * its nearest present parent (down to `minDepth`: 1 leaves a whole-file problem without a line).
 */
export function lineOfPath(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[], minDepth = 0): number | undefined {
  for (let depth = path.length; depth >= minDepth; depth--) {
    const line = lineOfNode(document, lineCounter, path.slice(0, depth));
    if (line !== undefined) return line;
  }
  return undefined;
}

function lineOfNode(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 0 ? undefined : document.getIn(path.slice(0, -1) as unknown[], true);
  if (isMap(parent)) {
    const key = path[path.length - 1];
    const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
    const keyNode = pair?.key as { range?: [number, number, number] } | undefined;
    if (keyNode?.range) return lineCounter.linePos(keyNode.range[0]).line;
    if (!pair) return undefined;
  }
  const node = document.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}

/** A whole YAML file (datasets in content/daten/): its data, its lines, and the raw text of scalars. */
export interface ParsedYaml {
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The scalar at a path as written in the file (`48.654`), to catch what YAML reads differently. */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
}

/** Parses a YAML file with the same rules as front matter; throws FrontMatterSyntaxError with the line. */
export function parseYaml(source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { ...yamlOptions, lineCounter });
  const [first] = [...document.errors, ...document.warnings];
  if (first) {
    if (!first.linePos && first.pos[0] >= 0) first.linePos = [lineCounter.linePos(first.pos[0])];
    throw describeYamlError(first, 'in der Datei', source) ?? first;
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    throw describeAliasError(error, document, lineCounter, 'in der Datei') ?? error;
  }
  return {
    data,
    lineOf: (path) => lineOfPath(document, lineCounter, path),
    sourceOf(path) {
      const node = document.getIn(path as unknown[], true) as { source?: unknown } | undefined;
      return typeof node?.source === 'string' ? node.source : undefined;
    },
  };
}

/**
 * An alias bomb ("billion laughs": aliases of aliases that expand to billions of values) stops at
 * `maxAliasCount`, before it takes time or memory; reported at the first alias.
 */
export function describeAliasError(error: unknown, document: Document, lineCounter: LineCounter, where: 'im Kopfbereich' | 'in der Datei'): FrontMatterSyntaxError | undefined {
  if (!(error instanceof ReferenceError) && !(error instanceof Error && /alias/i.test(error.message))) return undefined;
  let line: number | undefined;
  visit(document, (_key, node) => {
    if (!isAlias(node) || !node.range) return undefined;
    line = lineCounter.linePos(node.range[0]).line;
    return visit.BREAK;
  });
  return new FrontMatterSyntaxError(germanYamlError('RESOURCE_EXHAUSTION', where)!, line);
}

/**
 * Turns a YAML library error into German with the file line. With the YAML `source`, a tab in the
 * indentation of that line is named as such, whatever the library made of it ("unexpected scalar").
 */
export function describeYamlError(error: unknown, where: 'im Kopfbereich' | 'in der Datei' = 'im Kopfbereich', source?: string): FrontMatterSyntaxError | undefined {
  if (error instanceof FrontMatterSyntaxError) return error;
  if (error instanceof YAMLError) {
    const line = error.linePos?.[0].line;
    const tabbed = line !== undefined && /^[ ]*\t/.test(source?.split('\n')[line - 1] ?? '');
    const german = germanYamlError(tabbed ? 'TAB_AS_INDENT' : error.code, where) ?? (where === 'im Kopfbereich' ? 'Der Kopfbereich (YAML) ist nicht lesbar' : 'Die Datei (YAML) ist nicht lesbar');
    const detail = error.message.split('\n')[0];
    return new FrontMatterSyntaxError(`${german} (YAML: ${detail})`, line);
  }
  return undefined;
}
