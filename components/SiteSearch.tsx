'use client';

import type MiniSearch from 'minisearch';
import Link from 'next/link';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ChangeEvent, type FormEvent } from 'react';
import { articlePath, searchIndexPath, searchPath } from '@/lib/paths';
import { loadSearchIndex, maxShownHits, searchArticles, type SearchDocument } from '@/lib/search/engine';
import { Highlight } from './Highlight';

/**
 * The search on /suche – the site's only client-side code. The form is server-rendered and
 * submits /suche?q=… without JavaScript; with it, results appear while typing, from an index
 * fetched once when the reader first touches the field (or at once for a shared /suche?q=… link).
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
      return loadSearchIndex(await response.json());
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
 * an article. Read as an external store, so the static HTML (no query) hydrates without mismatch.
 */
const queryListeners = new Set<() => void>();

function subscribeToQuery(listener: () => void): () => void {
  queryListeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    queryListeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function queryFromLocation(): string {
  return new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
}

/** Replaces the current history entry: typing does not pile up entries, Back leaves the search. */
function replaceQuery(query: string): void {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href === window.location.href) return;
  window.history.replaceState(window.history.state, '', url);
  for (const listener of queryListeners) listener();
}

export function SiteSearch() {
  const inputId = useId();
  const hintId = useId();
  const query = useSyncExternalStore(subscribeToQuery, queryFromLocation, () => '');
  /** What the reader has typed; until then the field shows the query from the address. */
  const [draft, setDraft] = useState<string>();
  const [index, setIndex] = useState<SearchIndex>();
  const [failed, setFailed] = useState(false);
  const settleTimer = useRef<number>(undefined);

  const loadIndex = () => {
    if (index) return;
    setFailed(false);
    requestIndex().then(setIndex, () => setFailed(true));
  };

  // A shared or reloaded /suche?q=… link searches at once, without waiting for the reader.
  useEffect(() => {
    if (query && !index) requestIndex().then(setIndex, () => setFailed(true));
  }, [query, index]);

  useEffect(() => () => window.clearTimeout(settleTimer.current), []);

  const commit = (value: string) => {
    window.clearTimeout(settleTimer.current);
    replaceQuery(value.trim());
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const { value } = event.target;
    setDraft(value);
    loadIndex();
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => commit(value), settleMs);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    loadIndex();
    commit(draft ?? query);
  };

  const hits = useMemo(() => (index && query ? searchArticles(index, query) : []), [index, query]);
  const shown = hits.slice(0, maxShownHits);

  return (
    <div className="search">
      <form role="search" action={searchPath} method="get" className="search-form" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="search-form__label">
          Suchbegriff
        </label>
        <input
          id={inputId}
          className="search-form__input"
          type="search"
          name="q"
          value={draft ?? query}
          onChange={onChange}
          onFocus={loadIndex}
          aria-describedby={hintId}
          autoComplete="off"
          enterKeyHint="search"
          spellCheck={false}
        />
        <p id={hintId} className="search-form__hint">
          Zum Beispiel „Auslieferungen“, „IKEA“ oder „Europa“. Groß- und Kleinschreibung und Umlaute spielen keine Rolle.
        </p>
      </form>
      <p role="status" className="search-status">
        {statusText(query, hits.length, index !== undefined, failed)}
      </p>
      {query && index && hits.length === 0 && <SearchTips />}
      {shown.length > 0 && (
        <ol className="article-list search-results" aria-label="Suchergebnisse">
          {shown.map((hit) => (
            <li key={hit.slug}>
              <article className="teaser">
                {hit.kicker && (
                  <p className="kicker">
                    <Highlight text={hit.kicker} terms={hit.terms} />
                  </p>
                )}
                <h2 className="teaser__title">
                  <Link href={articlePath(hit.slug)}>
                    <Highlight text={hit.title} terms={hit.terms} />
                  </Link>
                </h2>
                <p className="teaser__text">
                  <Highlight text={hit.teaser} terms={hit.terms} />
                </p>
                <p className="meta">
                  <time dateTime={hit.date}>{hit.dateLabel}</time> · {hit.ressort}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function statusText(query: string, count: number, ready: boolean, failed: boolean): string {
  if (!query) return '';
  if (failed) return 'Die Suche konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es noch einmal.';
  if (!ready) return 'Suche wird geladen …';
  if (count === 0) return `Keine Treffer für „${query}“.`;
  const found = `${count} Treffer für „${query}“`;
  return count > maxShownHits ? `${found} – hier die ${maxShownHits} besten.` : found;
}

function SearchTips() {
  return (
    <div className="search-tips">
      <h2>Tipps</h2>
      <ul>
        <li>Schreibweise prüfen oder ein kürzeres Wort versuchen: „Auslief“ findet auch „Auslieferungen“.</li>
        <li>Weniger Wörter eingeben: Ein Artikel muss alle Wörter enthalten, um zu erscheinen.</li>
        <li>
          Stöbern Sie in den <Link href="/themen">Themen</Link>, den Ressorts oben im Menü oder im{' '}
          {/* A plain link: /archiv is a static page, no prefetch needed. */}
          <a href="/archiv">Archiv</a>.
        </li>
      </ul>
    </div>
  );
}
