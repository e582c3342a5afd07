import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { kib, table } from './report';

const kinds = ['html', 'css', 'js', 'font', 'image', 'prefetch'] as const;
type Kind = (typeof kinds)[number];

/** Playwright's resource type → a column; Next's link prefetches are fetches of RSC data (`?_rsc=`). */
export function resourceKind(resourceType: string, url: string): Kind | undefined {
  const byType: Record<string, Kind> = {
    document: 'html',
    stylesheet: 'css',
    script: 'js',
    font: 'font',
    image: 'image',
  };
  if (resourceType === 'fetch') return new URL(url).searchParams.has('_rsc') ? 'prefetch' : undefined;
  return byType[resourceType];
}

/**
 * Opens each page once in a fresh Chromium context (empty cache, 1280 × 720) and adds up what it
 * loaded until the network was idle: text as gzip at zlib's default level 6 (as Node compresses),
 * fonts and images as sent. Chromium skips `nomodule` scripts, so the JS is what it runs.
 */
export async function measurePageWeight(baseUrl: string, pages: readonly { route: string; path: string }[]) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic'] });
  const rows = [];
  try {
    for (const { route, path } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bytes = Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<Kind, number>;
      let scripts = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const kind = resourceKind(response.request().resourceType(), response.url());
        if (!kind || !response.ok()) return;
        if (kind === 'js') scripts += 1;
        const body = response.body().catch(() => Buffer.alloc(0));
        pending.push(
          body.then(
            (data) => void (bytes[kind] += kind === 'font' || kind === 'image' ? data.length : gzipSync(data).length),
          ),
        );
      });
      const main = await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'networkidle' });
      if (!main?.ok()) throw new Error(`${path}: Status ${main?.status()}`);
      await Promise.all(pending);
      rows.push([
        route,
        `\`${path}\``,
        ...kinds.map((kind) => (kind === 'js' ? `${kib(bytes.js)} (${scripts})` : kib(bytes[kind]))),
      ]);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return table(['Seite', 'Pfad', 'HTML', 'CSS', 'JS (Dateien)', 'Schriften', 'Bilder', 'Prefetch'], rows);
}
