import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { closest } from 'fastest-levenshtein';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { chartFigure } from '../charts/figure';
import { rehypeHeadingAnchors, type Heading } from './heading-anchors';
import { noDatasets, type Datasets } from './datasets';

/** A link or image target in the body, with its 1-based line inside the body. */
export interface BodyReference {
  url: string;
  line: number | undefined;
}

export interface RenderedMarkdown {
  html: string;
  /** Problems an editor must fix, with the 1-based line inside the body. */
  problems: { line: number | undefined; message: string }[];
  /** What the sanitiser leaves out (raw HTML, links it cannot keep), so nothing vanishes unnoticed. */
  warnings: { line: number | undefined; message: string }[];
  /** Link targets (inline links and reference definitions), for the link check. */
  links: BodyReference[];
  /** Images with their alt text, for the image check. */
  images: (BodyReference & { alt: string })[];
  /** `##` and `###` headings with their ids, in order: the table of contents. */
  headings: Heading[];
  /** The datasets the body embeds as charts (```chart <id>), each once, in order. */
  charts: string[];
}

interface CollectedReferences {
  links: BodyReference[];
  images: (BodyReference & { alt: string })[];
}

/** Marks a VFile message as a warning: the article builds, the editor is told what was left out. */
const warningSource = 'sanitiser';

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
        file.message(
          'Überschrift mit einem # im Text: Der Titel ist schon die Hauptüberschrift, Zwischenüberschriften beginnen mit ##.',
          node,
        );
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

/**
 * The sanitiser drops raw HTML and links with schemes it does not trust (`javascript:`, `data:`, …):
 * right for hostile input, but an editor's `<iframe>` or mistyped link should not vanish silently.
 * HTML comments are meant to be invisible and stay unreported.
 */
function remarkReportDroppedMarkup() {
  return (tree: MdastRoot, file: VFile) => {
    const reportedLines = new Set<number | undefined>();
    visit(tree, (node) => {
      if (node.type === 'html') {
        const line = node.position?.start.line;
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value) || reportedLines.has(line)) return;
        reportedLines.add(line);
        file.message(
          `HTML im Text wird nicht übernommen („${excerpt(node.value)}“): bitte nur Markdown schreiben, z. B. [Linktext](https://…) oder ![Bildbeschreibung](/bilder/…)`,
          { place: node.position, source: warningSource },
        );
      } else if (
        (node.type === 'link' || node.type === 'definition') &&
        !isSafeUrl(node.url, defaultSchema.protocols?.href ?? [])
      ) {
        file.message(
          `Link auf „${excerpt(node.url)}“ wird entfernt: erlaubt sind Adressen mit https:// oder http://, mailto: und Seiten der Website (/…, #…)`,
          { place: node.position, source: warningSource },
        );
      }
    });
  };
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/** hast-util-sanitize's rule: a URL is relative, or its scheme is one of the allowed protocols (in lower case). */
function isSafeUrl(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(':');
  const beforeColon = [url.indexOf('?'), url.indexOf('#'), url.indexOf('/')].some(
    (index) => index !== -1 && index < colon,
  );
  return colon === -1 || beforeColon || protocols.includes(url.slice(0, colon));
}

/**
 * ```chart <id>``` (or ```chart with the id on the next line): a dataset from content/daten/
 * embedded as a chart with its table. Here, before HTML exists, the id is checked against the
 * datasets (an unknown one is a problem with its line) and normalised into the code block's text;
 * rehypeChartFigures puts the figure in its place after sanitising.
 */
function remarkChartBlocks() {
  return (tree: MdastRoot, file: VFile) => {
    const datasets = file.data.datasets ?? noDatasets;
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'chart' || index === undefined || !parent) return;
      const fromMeta = node.meta?.trim() ?? '';
      const fromBody = node.value.trim();
      const id = fromMeta || fromBody;
      const problem = !id
        ? 'chart-Block ohne Datensatz: den Namen einer Datei aus content/daten/ angeben, z. B. ```chart auslieferungen-2025'
        : fromMeta && fromBody && fromMeta !== fromBody
          ? `chart-Block nennt zwei Datensätze („${fromMeta}“ und „${fromBody}“): bitte nur einen`
          : datasets.chart(id)
            ? undefined
            : unknownDatasetMessage(id, datasets);
      if (problem) {
        file.message(problem, node);
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.meta = null;
      node.value = id;
      return undefined;
    });
  };
}

function unknownDatasetMessage(id: string, datasets: Datasets): string {
  if (datasets.timeline?.id === id) {
    return `„${id}“ ist die Zeitleiste, kein Diagramm: Sie steht auf einer eigenen Seite, im Text darauf verlinken: [Zeitleiste](/zeitleiste)`;
  }
  const ids = datasets.charts.map((dataset) => dataset.id);
  if (ids.length === 0)
    return `Unbekannter Datensatz „${id}“ im chart-Block: In content/daten/ gibt es keine Datensätze`;
  return `Unbekannter Datensatz „${id}“ im chart-Block: Es gibt keine Datei content/daten/${id}.yaml – meinten Sie „${closest(id, ids)}“? (vorhanden: ${ids.join(', ')})`;
}

/**
 * Replaces each checked chart block (now `<pre><code class="language-chart">id</code></pre>`)
 * with the dataset's figure. Runs after the sanitiser: the figure is our own markup, and the
 * sanitiser stays as strict as ever for everything editors write.
 */
function rehypeChartFigures() {
  return (tree: HastRoot, file: VFile) => {
    const datasets = file.data.datasets ?? noDatasets;
    const embedded = new Map<string, number>();
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || index === undefined || !parent) return;
      const code = node.children.find((child) => child.type === 'element' && child.tagName === 'code');
      const classes = code?.type === 'element' ? code.properties.className : undefined;
      if (code?.type !== 'element' || !Array.isArray(classes) || !classes.includes('language-chart')) return;
      const id = code.children
        .map((child) => (child.type === 'text' ? child.value : ''))
        .join('')
        .trim();
      const dataset = datasets.chart(id);
      if (!dataset) return;
      const count = (embedded.get(id) ?? 0) + 1;
      embedded.set(id, count);
      parent.children[index] = chartFigure(dataset, {
        idPrefix: `diagramm-${id}${count > 1 ? `-${count}` : ''}`,
        label: { caption: true },
        fold: true,
      });
      return [SKIP, index + 1];
    });
    file.data.charts = [...embedded.keys()];
  };
}

declare module 'vfile' {
  interface DataMap {
    references: CollectedReferences;
    /** The datasets chart blocks may name; none unless the loader passes them. */
    datasets: Datasets;
    /** The datasets the body embedded, in order. */
    charts: string[];
  }
}

const processor = remark()
  .use(remarkGfm)
  .use(remarkForbidTopLevelHeadings)
  .use(remarkCollectReferences)
  .use(remarkReportDroppedMarkup)
  .use(remarkChartBlocks)
  .use(remarkRehype, {
    footnoteLabel: 'Fußnoten',
    footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
      `Zurück zum Verweis ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
  })
  .use(rehypeSanitize, sanitizeSchema)
  // After sanitising: these add only attributes we trust.
  .use(rehypeHeadingAnchors)
  .use(rehypeExternalLinks, {
    rel: ['noopener', 'noreferrer'],
    properties: { className: ['extern'] },
    content: {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: ' (externer Link)' }],
    },
  })
  // Last: chart figures bring their own ids and marked source links.
  .use(rehypeChartFigures)
  .use(rehypeStringify);

export interface RenderOptions {
  /** Datasets that ```chart <id> blocks may embed (loaded before the articles). */
  datasets?: Datasets;
}

/**
 * Markdown body → sanitised HTML (GFM, German footnote labels, heading ids, external links
 * marked), with ```chart <id> blocks rendered as the dataset's chart and table.
 */
export function renderMarkdown(markdown: string, { datasets = noDatasets }: RenderOptions = {}): RenderedMarkdown {
  const file = processor.processSync(new VFile({ value: markdown, data: { datasets } }));
  const references = file.data.references ?? { links: [], images: [] };
  const describe = (message: (typeof file.messages)[number]) => ({
    line: message.line ?? undefined,
    message: message.reason,
  });
  return {
    html: String(file),
    problems: file.messages.filter((message) => message.source !== warningSource).map(describe),
    warnings: file.messages.filter((message) => message.source === warningSource).map(describe),
    headings: file.data.headings ?? [],
    charts: file.data.charts ?? [],
    ...references,
  };
}
