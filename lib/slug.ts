import slugify from '@sindresorhus/slugify';

/** URL slug with German transliteration: "Übernahme" → "uebernahme", "Straße" → "strasse". */
export function toSlug(text: string): string {
  return slugify(text, { locale: 'de', decamelize: false }); // "SU7" → "su7", not "su-7"
}

/** The form a file-name slug must have: lowercase a–z, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
