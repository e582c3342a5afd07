// `npx tsx scripts/bench/search-first.ts <base URL> [--index <dir>] [--runs 5] [query …]`: a reader's first
// search on /suche in a fresh Chromium (empty cache, CPU throttled 4× over CDP): the bytes the page and the
// search transfer (scripts, styles and HTML as gzip at level 6, as `next start` sends them; the index files as
// sent, gzip already), and the time from the last keystroke to the results of the whole query on screen
// (results list committed, plus one animation frame). Typing: click into the field, then one key every 100 ms.
// `--index <dir>` answers /suchindex/… from <dir>/suchindex/ (written by `search-index.ts --write`) instead of
// the server: the same page and code, the index of another archive (e.g. 10,000 generated articles).
// Prints the machine load; the numbers go by hand into docs/BENCHMARKS.md ("Suche im großen Archiv").
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { searchIndexDirectory } from '../../lib/paths';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const indexDir = option('--index');
const runs = Number(option('--runs') ?? 5);
const [baseUrl, ...rest] = args;
if (!baseUrl) throw new Error('Aufruf: search-first.ts <Basis-URL> [--index <Ordner>] [--runs 5] [Suchbegriff …]');
const queries = rest.length > 0 ? rest : ['Auslieferung', 'Xiaomi'];
const throttling = 4;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log(`Last zu Beginn: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic'] });
try {
  for (const query of queries) {
    const times: number[] = [];
    const transfers: { code: number; index: number; files: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (indexDir)
        await page.route(`**${searchIndexDirectory}/*`, (route) =>
          route.fulfill({
            body: readFileSync(path.join(indexDir, new URL(route.request().url()).pathname)),
            headers: { 'Content-Type': 'application/gzip' },
          }),
        );
      const transfer = { code: 0, index: 0, files: 0 };
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (!response.ok() || url.protocol === 'data:') return;
        const isIndex = url.pathname.startsWith(`${searchIndexDirectory}/`);
        pending.push(
          response.body().then(
            (body) => {
              if (isIndex) {
                transfer.index += body.length;
                transfer.files += 1;
              } else if (/^(document|script|stylesheet)$/.test(response.request().resourceType())) {
                transfer.code += gzipSync(body).length;
              }
            },
            () => undefined,
          ),
        );
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
      await page.goto(new URL('/suche', baseUrl).toString(), { waitUntil: 'networkidle' });
      // Before typing: note each keystroke's time and the first moment results for the whole query are committed.
      await page.evaluate((final) => {
        const timing = { lastKey: 0, shown: 0 };
        (window as unknown as { searchTiming: typeof timing }).searchTiming = timing;
        document.addEventListener('keydown', (event) => (timing.lastKey = event.timeStamp), true);
        const selector = `ol[data-query="${CSS.escape(final)}"]`;
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          requestAnimationFrame(() => (timing.shown = performance.now()));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }, query);
      await page.getByRole('searchbox', { name: 'Suchbegriff' }).click();
      await page.keyboard.type(query, { delay: 100 });
      await page.waitForFunction(
        () => (window as unknown as { searchTiming: { shown: number } }).searchTiming.shown > 0,
      );
      const elapsed = await page.evaluate(() => {
        const { lastKey, shown } = (window as unknown as { searchTiming: { lastKey: number; shown: number } })
          .searchTiming;
        return shown - lastKey;
      });
      // Until the query has settled (250 ms) and its files (summaries of up to 50 hits, texts on screen) are in:
      // waitForLoadState('networkidle') would return at once, the page reached that state before typing.
      await page.waitForTimeout(3000);
      await Promise.all(pending);
      times.push(elapsed);
      transfers.push(transfer);
      await context.close();
    }
    const last = transfers.at(-1)!;
    console.log(
      `„${query}“ (${throttling}× gedrosselt, ${runs} Läufe): bis zu den Treffern Median ${median(times).toFixed(0)} ms ` +
        `(${times.map((time) => time.toFixed(0)).join(', ')}); übertragen: Seite und Code ${kib(last.code)}, ` +
        `Index ${kib(last.index)} in ${last.files} Dateien, zusammen ${kib(last.code + last.index)}`,
    );
  }
} finally {
  await browser.close();
}
console.log(`Last am Ende: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
