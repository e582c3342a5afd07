import { readFileSync } from 'node:fs';

export const notUtf8Message = 'Die Datei ist nicht in UTF-8 gespeichert: bitte im Editor als „UTF-8“ speichern.';

/** A content file's text, or undefined when its bytes are not valid UTF-8 (never silently mangled). */
export function readUtf8(absolute: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(absolute));
  } catch (error) {
    if (error instanceof TypeError) return undefined; // the decoder's complaint about invalid bytes
    throw error;
  }
}
