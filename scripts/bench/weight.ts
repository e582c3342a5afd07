import { gzipSync } from 'node:zlib';
import { chromium, type Response } from '@playwright/test';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'prefetch' | 'other';

export interface PageWeight {
  route: string;
  path: string;
  /** Gzipped bytes per kind (fonts and images as sent: they are compressed already). */
  bytes: Record<ResourceKind, number>;
  requests: Record<ResourceKind, number>;
}

/** Playwright's resource type → the report's kinds. Next's link prefetches are fetches of RSC data. */
export function resourceKind(resourceType: string, url: string): ResourceKind {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
    case 'fetch':
      return new URL(url).searchParams.has('_rsc') ? 'prefetch' : 'other';
    default:
      return 'other';
  }
}

const compressedAlready = new Set<ResourceKind>(['font', 'image']);

/** What a kind weighs on the wire: gzip at zlib's default level (6, as Node's compression uses) for text. */
export function wireBytes(kind: ResourceKind, body: Buffer): number {
  return compressedAlready.has(kind) ? body.length : gzipSync(body).length;
}

function emptyCounts(): Record<ResourceKind, number> {
  return { html: 0, css: 0, js: 0, font: 0, image: 0, prefetch: 0, other: 0 };
}

/**
 * Opens each page once in a fresh Chromium context (empty cache) and adds up everything the
 * browser loaded until the network was idle. A modern browser skips `nomodule` scripts, so the JS
 * counted is exactly what it runs.
 */
export async function measurePageWeight(
  baseUrl: string,
  pages: readonly { route: string; path: string }[],
): Promise<PageWeight[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  try {
    const results: PageWeight[] = [];
    for (const { route, path } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses: Response[] = [];
      page.on('response', (response) => responses.push(response));
      const main = await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'networkidle' });
      if (!main?.ok()) throw new Error(`${path}: Status ${main?.status()}`);
      const bytes = emptyCounts();
      const requests = emptyCounts();
      for (const response of responses) {
        if (response.status() < 200 || response.status() >= 300) continue;
        const kind = resourceKind(response.request().resourceType(), response.url());
        const body = await response.body().catch(() => undefined);
        if (!body) continue;
        bytes[kind] += wireBytes(kind, body);
        requests[kind] += 1;
      }
      results.push({ route, path, bytes, requests });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
