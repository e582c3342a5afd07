/**
 * Characters XML 1.0 forbids even when escaped (C0 controls other than tab and line breaks, and
 * U+FFFE/U+FFFF). Never intended in an article; they come from copying out of Word or PDFs, and
 * one of them in a title would make every feed unreadable.
 */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export interface FoundControlCharacter {
  /** UTF-16 index in the text. */
  index: number;
  /** `U+000B`, as editors find it in their editor's character info. */
  name: string;
}

export function findControlCharacter(text: string): FoundControlCharacter | undefined {
  const match = controlCharacter.exec(text);
  if (!match) return undefined;
  return { index: match.index, name: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
