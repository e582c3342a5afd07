'use client';

import type MiniSearch from 'minisearch';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { archivePath, articlePath, searchIndexPath, searchPath, topicsPath } from '@/lib/paths';
import {
  loadSearchIndex,
  maxShownHits,
  searchWithSuggestion,
  type SearchDocument,
  type SearchHit,
} from '@/lib/search/engine';
import { highlightSegments } from '@/lib/search/highlight';
import { readSearchIndexFile } from '@/lib/search/payload';
import { Highlight } from './Highlight';
import { TeaserCard } from './TeaserCard';
import styles from './SiteSearch.module.css';

/**
 * The search on /suche – the site's only client-side code. The form is part of the static page
 * and works as a plain GET to /suche?q=… without JavaScript; once hydrated, results appear while
 * typing, from an index fetched when the reader first touches the field (or at once for a shared
 * /suche?q=… link). The field is uncontrolled, so whatever was typed before hydration stays.
 */

type SearchIndex = MiniSearch<SearchDocument>;

/** Pause after the last keystroke before the URL and the screen-reader announcement follow the query. */
const settleMs = 250;

/** Kept across mounts: going back to the search from an article does not fetch the index again. */
let indexRequest: Promise<SearchIndex> | undefined;

function requestIndex(): Promise<SearchIndex> {
  if (!indexRequest) {
    // no-cache: revalidate, so a new build's index is never read with an old one from the cache.
    const request = fetch(searchIndexPath, { cache: 'no-cache' }).then(async (response) => {
      if (!response.ok) throw new Error(`Suchindex: HTTP ${response.status}`);
      return loadSearchIndex(await readSearchIndexFile(await response.arrayBuffer()));
    });
    // A failed request is forgotten, so the next keystroke tries again.
    request.catch(() => {
      indexRequest = undefined;
    });
    indexRequest = request;
  }
  return indexRequest;
}

/**
 * The query lives in the address (/suche?q=…): shareable, kept on reload and on the way back from
 * an article. It is read as an external store, so the static HTML (no query) hydrates without a
 * mismatch; the store is told about changes by our own replaceQuery and by NavigationWatcher.
 */
const queryListeners = new Set<() => void>();

function subscribeToQuery(listener: () => void): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

function notifyQueryListeners(): void {
  for (const listener of queryListeners) listener();
}

function queryFromLocation(): string {
  return new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
}

/** Replaces the current history entry: typing adds no entries, Back leaves the search. */
function replaceQuery(query: string): void {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  notifyQueryListeners();
}

/**
 * Next.js reports its client-side navigations (a link to /suche, Back and Forward) only through
 * useSearchParams. That hook would make the whole form client-rendered; inside its own Suspense
 * boundary it costs nothing but this empty component.
 */
function NavigationWatcher() {
  const searchParams = useSearchParams();
  useEffect(notifyQueryListeners, [searchParams]);
  return null;
}

export function SiteSearch() {
  const query = useSyncExternalStore(subscribeToQuery, queryFromLocation, () => '');
  const [index, setIndex] = useState<SearchIndex>();
  const [failed, setFailed] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const settleTimer = useRef<number>(undefined);
  /** The query this component put into the address last: the field already shows it. */
  const committed = useRef<string>(undefined);

  const loadIndex = () => {
    if (index) return;
    setFailed(false);
    requestIndex().then(setIndex, () => setFailed(true));
  };

  const commit = (value: string) => {
    window.clearTimeout(settleTimer.current);
    committed.current = value.trim();
    replaceQuery(committed.current);
  };

  // A query from elsewhere (a shared link, Back, a link to /suche) goes into the field; text typed
  // before hydration, when there was none in the address, is searched for.
  useEffect(() => {
    const input = field.current;
    if (!input || query === committed.current) return;
    if (!query && input.value.trim() && committed.current === undefined) commit(input.value);
    else input.value = query;
  });

  // A query in the address searches at once, without waiting for the reader to touch the field.
  useEffect(() => {
    if (query && !index) requestIndex().then(setIndex, () => setFailed(true));
  }, [query, index]);

  useEffect(() => () => window.clearTimeout(settleTimer.current), []);

  const onChange = () => {
    loadIndex();
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => commit(field.current?.value ?? ''), settleMs);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    loadIndex();
    commit(field.current?.value ?? '');
  };

  const { hits, suggestion } = useMemo(
    () => (index && query ? searchWithSuggestion(index, query) : { hits: [] }),
    [index, query],
  );
  const shown = hits.slice(0, maxShownHits);

  return (
    <>
      <Suspense fallback={null}>
        <NavigationWatcher />
      </Suspense>
      <form role="search" action={searchPath} method="get" className="search-form" onSubmit={onSubmit}>
        <label htmlFor="suchbegriff" className={styles.label}>
          Suchbegriff
        </label>
        <input
          ref={field}
          id="suchbegriff"
          className={styles.input}
          type="search"
          name="q"
          onChange={onChange}
          onFocus={loadIndex}
          aria-describedby="suchbegriff-hinweis"
          autoComplete="off"
          enterKeyHint="search"
          spellCheck={false}
        />
        <p id="suchbegriff-hinweis" className={styles.hint}>
          Zum Beispiel „Auslieferungen“, „IKEA“ oder „Europa“. Groß- und Kleinschreibung und Umlaute spielen keine
          Rolle.
        </p>
      </form>
      <p role="status" className={styles.status}>
        {statusText(query, hits.length, index !== undefined, failed, suggestion)}
      </p>
      {suggestion && (
        <p className={styles.suggestion}>
          Meinten Sie{' '}
          <Link href={`${searchPath}?${new URLSearchParams({ q: suggestion })}`} replace>
            {suggestion}
          </Link>
          ?
        </p>
      )}
      {query && index && hits.length === 0 && <SearchTips />}
      {shown.length > 0 && (
        <ol className={`article-list ${styles.results}`} aria-label="Suchergebnisse">
          {shown.map((hit) => (
            <li key={hit.slug}>
              <TeaserCard
                href={articlePath(hit.slug)}
                kicker={hit.kicker && <Highlight text={hit.kicker} terms={hit.terms} />}
                title={<Highlight text={hit.title} terms={hit.terms} />}
                teaser={<Highlight text={hit.teaser} terms={hit.terms} />}
                meta={
                  <>
                    <time dateTime={hit.date}>{hit.dateLabel}</time> · {hit.ressort}
                    {onlyInBody(hit) && <> · Fundstelle im Artikeltext</>}
                  </>
                }
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** Whether nothing of what the result shows matched: then say where the words are. */
function onlyInBody(hit: SearchHit): boolean {
  return !highlightSegments(`${hit.kicker} ${hit.title} ${hit.teaser}`, hit.terms).some((segment) => segment.match);
}

function statusText(query: string, count: number, ready: boolean, failed: boolean, suggestion?: string): string {
  if (!query) return '';
  if (failed)
    return 'Die Suche konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es noch einmal.';
  if (!ready) return 'Suche wird geladen …';
  if (count === 0) return `Keine Treffer für „${query}“.`;
  const found = suggestion
    ? `Keine Treffer für „${query}“, aber ${count} für „${suggestion}“`
    : `${count} Treffer für „${query}“`;
  return count > maxShownHits ? `${found} – hier die ${maxShownHits} besten.` : found;
}

function SearchTips() {
  return (
    <div className={styles.tips}>
      <h2>Tipps</h2>
      <ul>
        <li>Schreibweise prüfen oder ein kürzeres Wort versuchen: „Auslief“ findet auch „Auslieferungen“.</li>
        <li>Weniger Wörter eingeben: Ein Artikel muss alle Wörter enthalten, um zu erscheinen.</li>
        <li>
          Stöbern Sie in den <Link href={topicsPath}>Themen</Link>, den Ressorts oben im Menü oder im{' '}
          <Link href={archivePath}>Archiv</Link>.
        </li>
      </ul>
    </div>
  );
}
