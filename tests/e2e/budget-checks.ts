import type { APIRequestContext, Page } from '@playwright/test';
import { articlePath } from '@/lib/paths';
import { budgets } from './budgets';
import { gzippedSize, isNextModule, type NextBuild } from './build-output';
import { expect, test } from './fixtures';
import { weighPage, type PageWeight } from './page-weight';

/**
 * The budgets every reading page is held to (see budgets.ts): no client component, JavaScript only
 * from the framework's shared chunks and within floor + allowance, CSS within budget, at most two
 * font files and each of them preloaded. `servedFromThisBuild: false` is for the static export,
 * which keeps no manifests: then `build` is the server build of the same source, whose framework
 * floor the export's JavaScript is held to, and the check on chunk names is left to that build.
 * Soft expectations: one run reports every budget a change breaks.
 */
export async function expectReadingPageWithinBudgets(
  page: Page,
  request: APIRequestContext,
  build: NextBuild,
  urlPath: string,
  { servedFromThisBuild = true } = {},
): Promise<PageWeight> {
  const floorBytes = build.frameworkFloorBytes();
  const weight = await weighPage(page, request, urlPath);
  test
    .info()
    .annotations.push({ type: 'page weight', description: JSON.stringify({ urlPath, floorBytes, ...weight }) });

  if (servedFromThisBuild) {
    const route = build.routeOf(urlPath);
    expect
      .soft(
        build.clientCode(route).clientModules.filter((modulePath) => !isNextModule(modulePath)),
        `${urlPath}: client components of ${route}`,
      )
      .toEqual([]);
    const sharedChunks = build.frameworkSharedChunks();
    // The runtime must be among what was seen, or the page was not measured at all.
    expect(weight.scripts, `${urlPath}: the app router's runtime`).toEqual(
      expect.arrayContaining(build.runtimeChunks()),
    );
    expect
      .soft(
        weight.scripts.filter((script) => !sharedChunks.includes(script)),
        `${urlPath}: scripts beyond the framework's shared chunks`,
      )
      .toEqual([]);
    expect.soft(weight.noModuleScripts, `${urlPath}: nomodule scripts`).toEqual(build.polyfillChunks());
  } else {
    expect(weight.scripts.length, `${urlPath}: scripts seen`).toBeGreaterThan(0);
    expect
      .soft(
        weight.scripts.filter((script) => !script.startsWith('/_next/static/chunks/')),
        `${urlPath}: scripts from elsewhere`,
      )
      .toEqual([]);
    expect
      .soft(
        weight.scripts.filter((script) => weight.noModuleScripts.includes(script)),
        `${urlPath}: nomodule scripts loaded`,
      )
      .toEqual([]);
  }
  expect
    .soft(weight.scriptBytes, `${urlPath}: gzipped JavaScript (floor ${floorBytes} B)`)
    .toBeLessThanOrEqual(floorBytes + budgets.javaScriptAboveFloorBytes);

  expect.soft(weight.cssBytes, `${urlPath}: gzipped CSS`).toBeLessThanOrEqual(budgets.cssBytes);
  expect
    .soft(weight.fonts.length, `${urlPath}: font files ${weight.fonts.join(', ')}`)
    .toBeLessThanOrEqual(budgets.fontFiles);
  expect
    .soft(
      weight.fonts.filter((font) => !weight.fontPreloads.includes(font)),
      `${urlPath}: fonts requested without a preload`,
    )
    .toEqual([]);
  if (urlPath.startsWith(articlePath('')))
    expect.soft(weight.htmlBytes, `${urlPath}: gzipped HTML`).toBeLessThanOrEqual(budgets.articleHtmlBytes);
  return weight;
}

/** The article HTML budget on every article page, fetched without a browser; notes the largest. */
export async function expectArticlesHtmlWithinBudget(
  request: APIRequestContext,
  urlPaths: readonly string[],
): Promise<void> {
  let largest = { urlPath: '', htmlBytes: 0 };
  for (const urlPath of urlPaths) {
    const response = await request.get(urlPath);
    expect(response.status(), urlPath).toBe(200);
    const htmlBytes = gzippedSize(await response.body());
    expect.soft(htmlBytes, `${urlPath}: gzipped HTML`).toBeLessThanOrEqual(budgets.articleHtmlBytes);
    if (htmlBytes > largest.htmlBytes) largest = { urlPath, htmlBytes };
  }
  test.info().annotations.push({
    type: 'largest article HTML',
    description: JSON.stringify({ articles: urlPaths.length, ...largest }),
  });
}
