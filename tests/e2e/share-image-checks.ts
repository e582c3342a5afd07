import type { APIRequestContext, Page } from '@playwright/test';
import { siteUrl } from '@/lib/site';
import { expect } from './fixtures';

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    'PNG signature',
  ).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1'), 'IHDR chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Fetches an image from the server under test; returns its PNG size after checking status and type. */
export async function fetchPng(request: APIRequestContext, path: string): Promise<{ width: number; height: number }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe('image/png');
  return pngSize(await response.body());
}

/**
 * The page's share image as its meta tags announce it (absolute on the site's base URL, with size and
 * alt; twitter:image the same), fetched from the server under test. Returns the image's path.
 */
export async function expectShareImage(page: Page, request: APIRequestContext, pagePath: string): Promise<string> {
  await page.goto(pagePath);
  const meta = (name: string) =>
    page.locator(`meta[property="${name}"], meta[name="${name}"]`).first().getAttribute('content');
  const imageUrl = new URL((await meta('og:image')) ?? '');
  expect(imageUrl.origin).toBe(siteUrl().origin);
  expect(await meta('twitter:image')).toBe(imageUrl.href);
  expect(await meta('twitter:card')).toBe('summary_large_image');
  expect(await meta('og:image:type')).toBe('image/png');
  expect(await meta('og:image:width')).toBe('1200');
  expect(await meta('og:image:height')).toBe('630');
  expect(await meta('og:image:alt')).toBeTruthy();

  expect(await fetchPng(request, imageUrl.pathname + imageUrl.search)).toEqual({ width: 1200, height: 630 });
  return imageUrl.pathname;
}
