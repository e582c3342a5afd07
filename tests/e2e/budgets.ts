/**
 * Byte and count budgets of the reading pages (issue "Performance and scale"), held by
 * budgets.spec.ts and its static-export and generated-site siblings. Sizes are gzipped with
 * node:zlib at its default level (6), the level of the compression `next start` applies itself.
 * docs/BENCHMARKS.md ("Budgets in den Tests") lists the values measured against them.
 */
export const budgets = {
  /**
   * How far the JavaScript a modern browser loads on a reading page may exceed the framework floor
   * (what Next.js ships to an app without client code of its own, see build-output.ts). Today the
   * difference is next/link's client code, which the pages use for client-side navigation.
   */
  javaScriptAboveFloorBytes: 5 * 1024,
  /** The HTML document of one article page (it carries the React payload inline). */
  articleHtmlBytes: 30 * 1024,
  /** All CSS of one page: the stylesheets it loads plus any inline <style> blocks. */
  cssBytes: 15 * 1024,
  /** Font files one page requests; each of them must be preloaded in the head. */
  fontFiles: 2,
  /**
   * Data of Next's client router the home page fetches on load, unpacked (issue 16: at most 30 KiB). Links
   * do not prefetch (components/SiteLink.tsx); before that, 84 KiB on a phone and 259 KiB on a wide screen.
   */
  prefetchOnLoadBytes: 30 * 1024,
} as const;
