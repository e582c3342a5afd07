import type { Element, Root } from 'hast';
import { rehype } from 'rehype';

/** Attributes that hold a URL in the HTML our Markdown pipeline produces. */
const urlAttributes = ['href', 'src'] as const;

/** Article bodies are fragments: no <html>/<body> wrapper may be added around them. */
const fragmentProcessor = rehype().data('settings', { fragment: true }).freeze();

/**
 * Article HTML for feed readers. They show an item outside the site, where `/artikel/x` or a
 * footnote link `#fn-1` would point nowhere: every relative link and image source becomes an
 * absolute URL, resolved against the article's own address (so footnotes stay in the article).
 */
export function absolutizeHtml(html: string, articleUrl: string): string {
  const tree = fragmentProcessor.parse(html);
  resolveUrls(tree, articleUrl);
  return fragmentProcessor.stringify(tree);
}

function resolveUrls(node: Root | Element, base: string): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    for (const attribute of urlAttributes) {
      const value = child.properties[attribute];
      if (typeof value === 'string') child.properties[attribute] = resolve(value, base);
    }
    resolveUrls(child, base);
  }
}

/** A value URL cannot parse is left as it is: one odd link must not fail the whole build. */
function resolve(value: string, base: string): string {
  try {
    return new URL(value, base).toString();
  } catch {
    return value;
  }
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as HTML, for feed fields that readers interpret as HTML (RSS description, Atom type="html"). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => htmlEntities[character]!);
}
