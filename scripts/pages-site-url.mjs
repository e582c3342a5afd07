// The deploy workflow's SITE_URL: the repository variable SITE_URL if set, else the GitHub Pages URL.
// Prints `url=<address>` for $GITHUB_OUTPUT, or a German explanation and exit code 1 when the site
// would live under a sub-path (a project page at https://<owner>.github.io/<repo>/): every link,
// feed entry, sitemap URL and the search index address is written from the root ("/artikel/…"),
// so the site needs the root of its own domain. docs/deploy.md says how to get one.
import { pathToFileURL } from 'node:url';

/** @returns {{ url: string } | { error: string }} */
export function pagesSiteUrl({ variable, pagesUrl }) {
  const candidate = variable?.trim() || pagesUrl?.trim();
  if (!candidate) {
    return { error: 'Keine Adresse: Weder die Repository-Variable SITE_URL noch GitHub Pages nennt eine URL.' };
  }
  let url;
  try {
    url = new URL(candidate);
  } catch {
    return { error: `SITE_URL „${candidate}“ ist keine gültige Adresse (erwartet: https://example.de).` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `SITE_URL „${candidate}“ muss mit https:// beginnen.` };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return {
      error: [
        `Die Website kann nicht unter einem Unterpfad liegen („${url.pathname}“ in ${candidate}).`,
        'Sie braucht die Wurzel einer eigenen Domain: eine eigene Domain in Settings → Pages (und dieselbe',
        'Adresse als Repository-Variable SITE_URL) oder ein Repository namens <owner>.github.io.',
        'Warum und wie: docs/deploy.md, Abschnitt „GitHub Pages“.',
      ].join('\n'),
    };
  }
  return { url: url.origin };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = pagesSiteUrl({ variable: process.env.SITE_URL_VARIABLE, pagesUrl: process.env.PAGES_URL });
  if ('error' in result) {
    console.error(result.error);
    process.exit(1);
  }
  console.log(`url=${result.url}`);
}
