import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reservedPageIds } from '../page-ids';
import { toSlug } from '../slug';

/** A section heading of an article body, for the table of contents. */
export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
  }
}

const headingDepth: Record<string, 2 | 3 | undefined> = { h2: 2, h3: 3 };

/**
 * Gives every `##`/`###` heading an id in the site's German slug style ("Das Nadelöhr" →
 * `das-nadeloehr`, the same transliteration as every address) and a visible "#" link to itself,
 * and records the headings in `file.data.headings`. Runs after sanitising: it adds only ids and
 * links it builds itself.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    // The page's own ids (main, Quellen, Teilen …) are taken before the first heading.
    const taken = new Set<string>(reservedPageIds);
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') taken.add(node.properties.id);
    });
    const headings: Heading[] = [];
    visit(tree, 'element', (node: Element) => {
      const depth = headingDepth[node.tagName];
      // A heading that already has an id is generated markup (the footnotes' "Fußnoten"), not a section.
      if (!depth || node.properties.id !== undefined) return;
      const text = toText(node).trim();
      const base = toSlug(text) || 'abschnitt';
      let id = base;
      for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
      taken.add(id);
      node.properties.id = id;
      node.children.push(
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link zum Abschnitt „${text}“` },
          children: [{ type: 'text', value: '#' }],
        },
      );
      headings.push({ depth, id, text });
    });
    file.data.headings = headings;
  };
}
