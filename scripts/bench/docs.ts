import { readFileSync, writeFileSync } from 'node:fs';

/** Marker comments around the generated part of a section; a re-run replaces only what is between them. */
export function markers(heading: string): { start: string; end: string } {
  return {
    start: `<!-- bench: ${heading} – erzeugt von scripts/bench, nicht von Hand ändern -->`,
    end: `<!-- /bench: ${heading} -->`,
  };
}

/**
 * `markdown` with the body of section `## heading` set to `body`. Between existing markers only
 * that part is replaced (text after them stays); otherwise the whole section body – the
 * "(wird ausgefüllt)" placeholder – becomes the marked body. Other sections stay byte for byte.
 */
export function replaceSection(markdown: string, heading: string, body: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`Abschnitt „## ${heading}“ nicht gefunden`);
  const nextHeading = lines.findIndex((line, index) => index > start && /^#{1,2} /.test(line));
  const end = nextHeading === -1 ? lines.length : nextHeading;
  const { start: open, end: close } = markers(heading);
  const marked = [open, body.trimEnd(), close];
  const section = lines.slice(start + 1, end);
  const openAt = section.indexOf(open);
  const closeAt = section.indexOf(close);
  const replaced =
    openAt !== -1 && closeAt > openAt
      ? [...section.slice(0, openAt), ...marked, ...section.slice(closeAt + 1)]
      : ['', ...marked, ''];
  return [...lines.slice(0, start + 1), ...replaced, ...lines.slice(end)].join('\n');
}

/** Writes every section into the file; returns the headings written. */
export function updateDocument(file: string, sections: ReadonlyMap<string, string>): string[] {
  let markdown = readFileSync(file, 'utf8');
  for (const [heading, body] of sections) markdown = replaceSection(markdown, heading, body);
  writeFileSync(file, markdown);
  return [...sections.keys()];
}
