import type { Root as MdastRoot } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A link or image target in the body, with its 1-based line inside the body. */
export interface BodyReference {
  url: string;
  line: number | undefined;
}

export interface RenderedMarkdown {
  html: string;
  /** Problems an editor must fix, with the 1-based line inside the body. */
  problems: { line: number | undefined; message: string }[];
  /** Link targets (inline links and reference definitions), for the link check. */
  links: BodyReference[];
  /** Images with their alt text, for the image check. */
  images: (BodyReference & { alt: string })[];
}

interface CollectedReferences {
  links: BodyReference[];
  images: (BodyReference & { alt: string })[];
}

/**
 * remark-rehype already prefixes footnote ids with "user-content-"; the sanitiser would prefix
 * them a second time and break the footnote links. Raw HTML never reaches the tree (remark-rehype
 * drops it), so the only ids left are the ones our own plugins make.
 */
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

/** The page title is the only <h1>; a `#` heading in the body would add a second one. */
function remarkForbidTopLevelHeadings() {
  return (tree: MdastRoot, file: VFile) => {
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 1) {
        file.message('Überschrift mit einem # im Text: Der Titel ist schon die Hauptüberschrift, Zwischenüberschriften beginnen mit ##.', node);
      }
    }
  };
}

/** Records every link and image so the content check can verify targets and alt texts. */
function remarkCollectReferences() {
  return (tree: MdastRoot, file: VFile) => {
    const collected: CollectedReferences = { links: [], images: [] };
    visit(tree, (node) => {
      const line = node.position?.start.line;
      if (node.type === 'link' || node.type === 'definition') collected.links.push({ url: node.url, line });
      if (node.type === 'image') collected.images.push({ url: node.url, alt: node.alt ?? '', line });
    });
    file.data.references = collected;
  };
}

declare module 'vfile' {
  interface DataMap {
    references: CollectedReferences;
  }
}

const processor = remark()
  .use(remarkGfm)
  .use(remarkForbidTopLevelHeadings)
  .use(remarkCollectReferences)
  .use(remarkRehype, {
    footnoteLabel: 'Fußnoten',
    footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
      `Zurück zum Verweis ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
  })
  .use(rehypeSanitize, sanitizeSchema)
  // After sanitising: these add only attributes we trust.
  .use(rehypeSlug)
  .use(rehypeExternalLinks, {
    rel: ['noopener', 'noreferrer'],
    properties: { className: ['extern'] },
    content: { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ' (externer Link)' }] },
  })
  .use(rehypeStringify);

/** Markdown body → sanitised HTML (GFM, German footnote labels, heading ids, external links marked). */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const file = processor.processSync(markdown);
  const references = file.data.references ?? { links: [], images: [] };
  return {
    html: String(file),
    problems: file.messages.map((message) => ({ line: message.line ?? undefined, message: message.reason })),
    ...references,
  };
}
