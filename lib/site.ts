import { atomFeedPath, feedPath, jsonFeedPath, logoPath } from './paths';

/** Site-wide facts: one place for the name, the base URL, the publisher and the feed addresses. */
export const site = {
  name: 'Xiaomi im Blick',
  tagline: 'Nachrichten und Analysen zu Xiaomi',
  description:
    'Xiaomi im Blick berichtet auf Deutsch über Xiaomis Partnerschaften, den Weg zum Autobauer, Absatzzahlen und Technik – mit Quellen zu jeder Zahl.',
  locale: 'de_DE',
  language: 'de',
  timeZone: 'Europe/Berlin',
  publisher: {
    name: 'Xiaomi im Blick',
    /** A raster logo (search engines ignore SVG logos), generated at build time. */
    logoPath,
  },
  /** The site-wide feeds (addresses from lib/paths.ts); each topic also has its own (topicFeedPath). */
  feeds: {
    rss: feedPath,
    atom: atomFeedPath,
    json: jsonFeedPath,
  },
} as const;

/** True while `npm run build:export` builds plain files for a static host (no server redirects there). */
export function isStaticExport(): boolean {
  return process.env.STATIC_EXPORT === '1';
}

/** Absolute base URL for canonical links, feeds and sitemaps; set SITE_URL in production. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? 'http://localhost:3000');
}

/** An absolute URL on this site, e.g. absoluteUrl('/artikel/x') → "https://…/artikel/x". */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

/**
 * The repository the site is built from, for "Fehler melden" and "Auf GitHub bearbeiten":
 * REPOSITORY_URL if set, else the repository a GitHub Actions build runs in. Without either
 * (a local build) there is no repository to link to, and those links are not shown.
 */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const configured = env.REPOSITORY_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  return undefined;
}

/** The branch "Auf GitHub bearbeiten" opens: REPOSITORY_BRANCH, default main. */
export function repositoryBranch(env: Record<string, string | undefined> = process.env): string {
  return env.REPOSITORY_BRANCH?.trim() || 'main';
}
