import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ArchiveMonthPage, {
  generateMetadata,
  generateStaticParams,
} from '@/app/archiv/[year]/[month]/[[...seite]]/page';
import { readFixture, removeTempDirs, writeTempContent } from './helpers';

afterAll(removeTempDirs);

// Pages read all content once: slow on a busy machine.
const slow = { timeout: 60_000 };

/** `count` published articles in November 2025, newest with the highest number. */
function novemberArticles(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `artikel/november-${index + 1}.md`,
      `---
title: "Novembermeldung ${index + 1} für das Archiv"
teaser: "Eine von ${count} erfundenen Meldungen aus dem November 2025, damit der Monat im Archiv mehrere Seiten füllt (Nummer ${index + 1})."
date: 2025-11-${String(index + 1).padStart(2, '0')}
author: "Redaktion Test"
ressort: zahlen
tags:
  - "SU7"
sources:
  - name: "Testquelle"
---

Text der Novembermeldung ${index + 1}.
`,
    ]),
  );
}

const render = async (seite?: string[]) =>
  renderToStaticMarkup(await ArchiveMonthPage({ params: Promise.resolve({ year: '2025', month: '11', seite }) }));
const teasers = (html: string) =>
  [...html.matchAll(/Novembermeldung (\d+) für das Archiv/g)].map((match) => Number(match[1]));

describe('an archive month with more articles than fit on one page (23 in November 2025)', () => {
  beforeEach(() => {
    vi.stubEnv(
      'CONTENT_DIR',
      writeTempContent({ 'themen.yaml': readFixture('valid/themen.yaml'), ...novemberArticles(23) }),
    );
    vi.stubEnv('BUILD_NOW', '2025-12-02T12:00:00+01:00');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('has a page for the month and one for each later page, like every other listing', slow, () => {
    expect(generateStaticParams()).toEqual([
      { year: '2025', month: '11', seite: [] },
      { year: '2025', month: '11', seite: ['seite', '2'] },
      { year: '2025', month: '11', seite: ['seite', '3'] },
    ]);
  });

  it('shows 10 articles per page, newest first, with page links and the total count', slow, async () => {
    const first = await render();
    expect(teasers(first)).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14]);
    expect(first).toContain('23 Artikel aus diesem Monat');
    expect(first).toContain('<a rel="next" href="/archiv/2025/11/seite/2">');
    const last = await render(['seite', '3']);
    expect(teasers(last)).toEqual([3, 2, 1]);
    expect(last).toContain('<p class="kicker">Archiv · Seite 3 von 3</p>');
    expect(last).toContain('<a rel="prev" href="/archiv/2025/11/seite/2">');
  });

  it('gives each later page its own canonical address and title with neighbours', slow, async () => {
    const metadata = await generateMetadata({
      params: Promise.resolve({ year: '2025', month: '11', seite: ['seite', '2'] }),
    });
    expect(metadata.title).toBe('Archiv: November 2025 – Seite 2');
    expect(metadata.alternates?.canonical).toMatch(/\/archiv\/2025\/11\/seite\/2$/);
  });

  it('has no page 1 under /seite/1 and no page past the last', slow, async () => {
    await expect(render(['seite', '1'])).rejects.toThrow();
    await expect(render(['seite', '4'])).rejects.toThrow();
  });
});
