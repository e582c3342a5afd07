import type { Root as MdastRoot } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import type { VFile } from 'vfile';

export interface RenderedMarkdown {
  html: string;
  /** Problems an editor must fix, with the 1-based line inside the body. */
  problems: { line: number | undefined; message: string }[];
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

const processor = remark()
  .use(remarkGfm)
  .use(remarkForbidTopLevelHeadings)
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
  return {
    html: String(file),
    problems: file.messages.map((message) => ({ line: message.line ?? undefined, message: message.reason })),
  };
}
