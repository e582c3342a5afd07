/** Site-wide facts: one place for the name, the base URL and the publisher. */
export const site = {
  name: 'Xiaomi im Blick',
  tagline: 'Nachrichten und Analysen zu Xiaomi',
  description:
    'Xiaomi im Blick berichtet auf Deutsch über Xiaomis Partnerschaften, den Weg zum Autobauer, Absatzzahlen und Technik – mit Quellen zu jeder Zahl.',
  locale: 'de_DE',
  language: 'de',
  timeZone: 'Europe/Berlin',
  publisher: 'Redaktion Xiaomi im Blick',
} as const;

/** Absolute base URL for canonical links; set SITE_URL in production. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? 'http://localhost:3000');
}
