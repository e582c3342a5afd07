import type { APIRequestContext, Page } from '@playwright/test';
import { gzippedSize } from './build-output';

/** What one page costs a modern browser, as the budgets count it; sizes gzipped (see gzippedSize). */
export interface PageWeight {
  /** Gzipped bytes of the HTML document. */
  htmlBytes: number;
  /** URL paths of every script file the browser loaded, in request order (full URLs for other origins). */
  scripts: string[];
  /** Gzipped bytes of those scripts together. */
  scriptBytes: number;
  /** `src` of the page's `<script nomodule>` elements (a modern browser skips them). */
  noModuleScripts: string[];
  /** Gzipped bytes of all stylesheets loaded plus the inline `<style>` blocks. */
  cssBytes: number;
  /** URL paths of the font files the browser requested. */
  fonts: string[];
  /** `href` of `<link rel="preload" as="font">` in the head. */
  fontPreloads: string[];
}

/**
 * Loads a page in the browser, waits until the network has been quiet for a moment (Next's
 * prefetching included), and weighs what it loaded. Bodies are fetched again through `request`,
 * because a response body the browser served from a preload is not always kept.
 */
export async function weighPage(page: Page, request: APIRequestContext, urlPath: string): Promise<PageWeight> {
  const requested: { type: string; url: URL }[] = [];
  page.on('request', (browserRequest) =>
    requested.push({ type: browserRequest.resourceType(), url: new URL(browserRequest.url()) }),
  );
  const response = await page.goto(urlPath, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${urlPath} answered ${response?.status()}`);

  // Same-origin resources by path; anything from elsewhere keeps its full URL (and fails every allow-list).
  const origin = new URL(response.url()).origin;
  const pathsOf = (type: string) => [
    ...new Set(
      requested
        .filter((entry) => entry.type === type)
        .map(({ url }) => (url.origin === origin ? url.pathname : url.href)),
    ),
  ];
  const bytesOf = async (paths: string[]) => {
    const sizes = await Promise.all(
      paths.map(async (resource) => gzippedSize(await (await request.get(resource)).body())),
    );
    return sizes.reduce((sum, size) => sum + size, 0);
  };
  const scripts = pathsOf('script');
  const inlineStyles = await page
    .locator('style')
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  return {
    htmlBytes: gzippedSize(await response.body()),
    scripts,
    scriptBytes: await bytesOf(scripts),
    noModuleScripts: await page
      .locator('script[nomodule]')
      .evaluateAll((elements) => elements.map((element) => new URL((element as HTMLScriptElement).src).pathname)),
    cssBytes:
      (await bytesOf(pathsOf('stylesheet'))) + inlineStyles.reduce((sum, css) => sum + (css ? gzippedSize(css) : 0), 0),
    fonts: pathsOf('font'),
    fontPreloads: await page
      .locator('head link[rel="preload"][as="font"]')
      .evaluateAll((elements) => elements.map((element) => new URL((element as HTMLLinkElement).href).pathname)),
  };
}
