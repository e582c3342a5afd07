import { readFileSync } from 'node:fs';
import { findControlCharacter } from './control-characters';

/** A content file's text, or why it cannot be read as such (with the file line where known). */
export type ContentText = { text: string } | { problem: string; line?: number };

export const notUtf8Message = 'Die Datei ist nicht in UTF-8 gespeichert: bitte im Editor als „UTF-8“ speichern.';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as editors meant it: UTF-8, with a leading byte-order mark dropped (the
 * decoder does that) and Windows (CRLF) or old Mac (CR) line breaks turned into \n, so YAML values
 * never end in a stray \r and line numbers stay right. Invalid bytes and invisible control
 * characters are refused with their line instead of being silently mangled.
 */
export function readContentText(absolute: string): ContentText {
  const bytes = readFileSync(absolute);
  let decoded: string;
  try {
    decoded = strictUtf8.decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return { problem: notUtf8Message, line: firstInvalidLine(bytes) };
    throw error;
  }
  const text = decoded.replace(/\r\n?/g, '\n');
  const control = findControlCharacter(text);
  if (control) {
    const before = text.slice(0, control.index);
    const line = before.split('\n').length;
    const column = control.index - before.lastIndexOf('\n');
    return {
      problem: `Unsichtbares Steuerzeichen ${control.name} in Spalte ${column}: bitte löschen (entsteht oft beim Kopieren aus Word oder PDF).`,
      line,
    };
  }
  return { text };
}

/** The first line whose bytes are not UTF-8; a line feed byte never occurs inside a multi-byte character. */
function firstInvalidLine(bytes: Buffer): number | undefined {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      strictUtf8.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}
