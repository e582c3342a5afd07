import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';

/**
 * Finds markup that could run code or load from elsewhere, in HTML as a browser would parse it
 * (parse5 via rehype): used on rendered article bodies and feed HTML in the unit tests and on the
 * built pages in the end-to-end tests. Returns one line per finding; an empty list means clean.
 */
export interface MarkupCheckOptions {
  /** An article body or feed item (no document around it), where no <script> or <form> belongs at all. */
  fragment: boolean;
  /**
   * For whole pages: the origin they are served from. Next's own scripts (/_next/…, and inline
   * `self.__next_f.push([…])` carrying only JSON data) are allowed, as are forms posting to the site.
   */
  origin?: string;
}

const parsers = {
  fragment: rehype().data('settings', { fragment: true }).freeze(),
  document: rehype().freeze(),
};

/** Elements no article, feed item or page of this site may contain. */
const forbiddenEverywhere = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'fencedframe',
]);
/** Elements that belong only to the page shell, never to content (GFM task lists bring a disabled checkbox input). */
const forbiddenInFragments = new Set([
  'script',
  'style',
  'link',
  'meta',
  'form',
  'button',
  'textarea',
  'select',
  'noscript',
  'template',
  'math',
  'foreignobject',
]);

/** hast property names of attributes that hold a URL. */
const urlProperties = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'background',
  'cite',
  'data',
  'codeBase',
  'longDesc',
  'manifest',
  'ping',
  'srcSet',
  'imageSrcSet',
];
/** Of those, the ones a browser requests by itself when the page loads. */
const loadedProperties = new Set([
  'src',
  'poster',
  'background',
  'data',
  'codeBase',
  'manifest',
  'srcSet',
  'imageSrcSet',
]);

/** How a browser reads a URL's scheme: leading spaces and control characters go, tabs and newlines anywhere. */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

const dangerousSchemes = new Set(['javascript', 'vbscript', 'data', 'livescript', 'mocha']);

export function findExecutableMarkup(html: string, options: MarkupCheckOptions): string[] {
  const tree = (options.fragment ? parsers.fragment : parsers.document).parse(html) as Root;
  const findings: string[] = [];
  const report = (node: Element, problem: string) => findings.push(`<${node.tagName}> ${problem}`);

  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName.toLowerCase();
    if (forbiddenEverywhere.has(tag)) report(node, 'is not allowed');
    if (options.fragment && forbiddenInFragments.has(tag)) report(node, 'does not belong in content');
    if (tag === 'script') checkScript(node, options, report);
    if (tag === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'refresh')
      report(node, 'refreshes the page');

    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) report(node, `has the event handler ${name}="${String(value)}"`);
      if (name === 'style') checkStyle(node, String(value), report);
    }
    for (const name of urlProperties) {
      const value = node.properties[name];
      if (value === undefined || value === null) continue;
      for (const url of urlsOf(name, value)) {
        const scheme = urlScheme(url);
        if (scheme && dangerousSchemes.has(scheme)) report(node, `${name} uses ${scheme}: (${url})`);
        if ((loadedProperties.has(name) || (tag === 'link' && isFetchedLink(node))) && isForeign(url, options.origin))
          report(node, `${name} loads from another host (${url})`);
        if (name === 'action' || name === 'formAction') {
          if (options.origin === undefined || isForeign(url, options.origin)) report(node, `${name} sends to ${url}`);
        }
      }
    }
  });
  return findings;
}

/** A <link> the browser fetches by itself (canonical and alternate links are only addresses). */
function isFetchedLink(node: Element): boolean {
  const rel = [node.properties.rel ?? []].flat().map((value) => String(value).toLowerCase());
  return rel.some((value) =>
    [
      'stylesheet',
      'preload',
      'modulepreload',
      'prefetch',
      'preconnect',
      'dns-prefetch',
      'icon',
      'apple-touch-icon',
      'manifest',
      'import',
    ].includes(value),
  );
}

function urlsOf(name: string, value: unknown): string[] {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  // srcset: "url 1x, url 2x"
  return name === 'srcSet' || name === 'imageSrcSet'
    ? text.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    : [text];
}

/** True for an absolute or protocol-relative URL whose host is not the page's own. */
function isForeign(url: string, origin: string | undefined): boolean {
  const trimmed = url.trim();
  if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(trimmed)) return false;
  try {
    const base = origin ?? 'https://site.invalid';
    return new URL(trimmed, base).origin !== new URL(base).origin;
  } catch {
    return true;
  }
}

function checkStyle(node: Element, css: string, report: (node: Element, problem: string) => void): void {
  const compact = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\/g, '')
    .toLowerCase();
  if (
    /expression\s*\(|@import|behaviou?r\s*:|-moz-binding|url\s*\(\s*['"]?\s*(javascript|vbscript|data):/.test(compact)
  ) {
    report(node, `has a dangerous style "${css}"`);
  }
}

function checkScript(
  node: Element,
  options: MarkupCheckOptions,
  report: (node: Element, problem: string) => void,
): void {
  const text = toText(node);
  const type = String(node.properties.type ?? '').toLowerCase();
  if (type === 'application/ld+json') {
    if (/<\/script|<!--/i.test(text)) report(node, 'JSON-LD contains "</script" or "<!--"');
    try {
      JSON.parse(text);
    } catch {
      report(node, `JSON-LD is not JSON: ${text.slice(0, 80)}`);
    }
    return;
  }
  if (options.fragment || options.origin === undefined) {
    report(node, `runs ${text ? `"${text.slice(0, 60)}"` : String(node.properties.src)}`);
    return;
  }
  const src = node.properties.src;
  if (src !== undefined) {
    if (!String(src).startsWith('/_next/')) report(node, `loads ${String(src)}`);
    return;
  }
  if (!isNextFlightData(text)) report(node, `runs inline code "${text.slice(0, 80)}"`);
}

/**
 * Next streams the page's React data as `self.__next_f.push([1,"…"])` calls in inline scripts, and
 * Turbopack lists its chunks as `(globalThis["TURBOPACK"] || …).push({…})`. Such a script is harmless
 * when its argument is pure JSON: then every string in it is data, not code.
 */
const nextDataPush =
  /^\s*(?:\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f|\(globalThis\["TURBOPACK"\]\s*\|\|\s*\(globalThis\["TURBOPACK"\]\s*=\s*\[\]\)\))\.push\(([\s\S]*)\)\s*;?\s*$/;

function isNextFlightData(code: string): boolean {
  const match = nextDataPush.exec(code);
  if (!match) return false;
  try {
    const data: unknown = JSON.parse(match[1]!);
    return typeof data === 'object' && data !== null;
  } catch {
    return false;
  }
}
