/**
 * A small XML builder for the documents the `feed` package does not cover (the news sitemap).
 * Every text and attribute value goes through `escapeXml`, so titles with `&`, `<` or quotes
 * cannot break the document.
 */
export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string>>;
  children?: readonly (XmlElement | string)[];
}

/** Characters XML 1.0 forbids even when escaped; a stray control character would make the file unreadable. */
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The text without characters XML cannot carry at all. */
export function withoutForbiddenXmlCharacters(text: string): string {
  return text.replace(forbiddenCharacters, '');
}

/** Escapes text for element content and double- or single-quoted attributes alike. */
export function escapeXml(text: string): string {
  return withoutForbiddenXmlCharacters(text).replace(/[&<>"']/g, (character) => entities[character]!);
}

/** A complete document: declaration plus the root element, indented two spaces per level. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, 0)}\n`;
}

function renderElement({ name, attributes = {}, children = [] }: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributeText = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  if (children.length === 0) return `${indent}<${name}${attributeText}/>`;
  // Text-only elements stay on one line: whitespace around a title would become part of it.
  if (children.every((child) => typeof child === 'string')) {
    return `${indent}<${name}${attributeText}>${children.map((child) => escapeXml(child as string)).join('')}</${name}>`;
  }
  const inner = children.map((child) =>
    typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : renderElement(child, depth + 1),
  );
  return `${indent}<${name}${attributeText}>\n${inner.join('\n')}\n${indent}</${name}>`;
}
