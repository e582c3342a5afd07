'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { archivePath, articlePath, searchPath, topicsPath } from '@/lib/paths';
import { hitsWhileTyping, maxShownHits, SearchIndex, type SearchAnswer, type SearchHit } from '@/lib/search/engine';
import { foundOnlyInText, passageSegments, type TextSegment } from '@/lib/search/highlight';
import { readSearchIndexFile } from '@/lib/search/payload';
import { Highlight, Segments } from './Highlight';
import { TeaserCard } from './TeaserCard';
import styles from './SiteSearch.module.css';

/**
 * The search on /suche – the site's only client-side code. The form is part of the static page
 * and works as a plain GET to /suche?q=… without JavaScript; once hydrated, results appear while
 * typing. The index is split (lib/search/index-files.ts): its table of contents is fetched when the
 * reader first touches the field (or at once for a shared /suche?q=… link), and each search then
 * fetches only the files its words and its hits need. The field is uncontrolled, so whatever was
 * typed before hydration stays.
 */

/** Pause after the last keystroke before the URL and the screen-reader announcement follow the query. */
const settleMs = 250;

/** One index file; no-cache: revalidate, so a new build's files are never read with old ones from the cache. */
async function readIndexFile(path: string): Promise<unknown> {
  const response = await fetch(path, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`Suchindex: HTTP ${response.status}`);
  return readSearchIndexFile(await response.arrayBuffer());
}

/** Kept across mounts: going back to the search from an article does not fetch the index again. */
let indexRequest: Promise<SearchIndex> | undefined;

function requestIndex(): Promise<SearchIndex> {
  if (!indexRequest) {
    const request = SearchIndex.open(readIndexFile);
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
  /**
   * What the reader typed since the address last changed: results follow it at once, the address and the
   * announcement only once it settles. A new query in the address (settled, or from Back or a link) replaces it.
   */
  const [typed, setTyped] = useState<{ text: string; since: string }>();
  const [index, setIndex] = useState<SearchIndex>();
  const [answer, setAnswer] = useState<{ query: string; answer: SearchAnswer }>();
  const [failed, setFailed] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const settleTimer = useRef<number>(undefined);
  /** The query this component put into the address last: the field already shows it. */
  const committed = useRef<string>(undefined);
  /** The last answer for the query in the address: the announcement stays as it was while a new one is searched. */
  const [announced, setAnnounced] = useState<{ query: string; answer: SearchAnswer }>();

  const loadIndex = () => {
    if (index) return;
    setFailed(false);
    requestIndex().then(setIndex, () => setFailed(true));
  };

  const commit = (value: string) => {
    window.clearTimeout(settleTimer.current);
    committed.current = value.trim();
    setTyped(undefined);
    replaceQuery(committed.current);
  };

  // A query from elsewhere (a shared link, Back, a link to /suche) goes into the field; text typed
  // before hydration, when there was none in the address, is searched for.
  useEffect(() => {
    const input = field.current;
    if (!input || query === committed.current) return;
    if (!query && input.value.trim() && committed.current === undefined) commit(input.value);
    else {
      input.value = query;
      committed.current = query;
    }
  });

  // A query in the address searches at once, without waiting for the reader to touch the field.
  useEffect(() => {
    if (query && !index) requestIndex().then(setIndex, () => setFailed(true));
  }, [query, index]);

  const current = typed?.since === query ? typed.text : query;
  // The best few while typing, all that are shown once the query has settled in the address.
  const shown = current === query ? maxShownHits : hitsWhileTyping;
  useEffect(() => {
    if (!index || !current) return;
    let stale = false;
    index.search(current, { shown }).then(
      (found) => {
        if (!stale) setAnswer({ query: current, answer: found });
      },
      () => {
        if (!stale) setFailed(true);
      },
    );
    return () => {
      stale = true;
    };
  }, [index, current, shown]);

  useEffect(() => () => window.clearTimeout(settleTimer.current), []);

  const onChange = () => {
    loadIndex();
    setTyped({ text: field.current?.value.trim() ?? '', since: query });
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => commit(field.current?.value ?? ''), settleMs);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    loadIndex();
    commit(field.current?.value ?? '');
  };

  const shownAnswer = current && answer?.query === current ? answer.answer : undefined;
  const { hits, suggestion } = shownAnswer ?? { hits: [] };
  if (answer && answer.query === query && announced !== answer) setAnnounced(answer);
  const ready = index !== undefined;
  const status =
    statusText(query, ready, failed, announced?.query === query ? announced.answer : undefined) ??
    (announced ? statusText(announced.query, ready, failed, announced.answer) : '');

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
        {status}
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
      {shownAnswer && shownAnswer.count === 0 && <SearchTips />}
      {hits.length > 0 && index && (
        // data-query: which query these results answer (the benchmark of scripts/bench/search-first.ts waits for it).
        <ol className={`article-list ${styles.results}`} aria-label="Suchergebnisse" data-query={current}>
          {hits.map((hit) => (
            <li key={hit.slug}>
              <Result hit={hit} index={index} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function Result({ hit, index }: { hit: SearchHit; index: SearchIndex }) {
  const bodyOnly = foundOnlyInText(hit);
  return (
    <TeaserCard
      href={articlePath(hit.slug)}
      kicker={hit.kicker && <Highlight text={hit.kicker} terms={hit.terms} />}
      title={<Highlight text={hit.title} terms={hit.terms} />}
      teaser={bodyOnly ? <Passage hit={hit} index={index} /> : <Highlight text={hit.teaser} terms={hit.terms} />}
      meta={
        <>
          <time dateTime={hit.date}>{hit.dateLabel}</time> · {hit.ressort}
          {bodyOnly && <> · Fundstelle im Artikeltext</>}
        </>
      }
    />
  );
}

/**
 * For a hit found only in the article's text: the passage around the match, marked. The text is
 * fetched when the result comes near the screen (texts are the largest part of the index); until
 * then, and if it cannot be loaded, the teaser stands in.
 */
function Passage({ hit, index }: { hit: SearchHit; index: SearchIndex }) {
  const [passage, setPassage] = useState<{ slug: string; segments: TextSegment[] }>();
  const box = useRef<HTMLSpanElement>(null);
  const { article, slug, terms } = hit;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let stale = false;
    const load = () =>
      index.text(article).then(
        (text) => {
          if (!stale) setPassage({ slug, segments: passageSegments(text, terms) });
        },
        () => undefined,
      );
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void load();
      },
      { rootMargin: '0px 0px 25% 0px' },
    );
    observer.observe(element);
    return () => {
      stale = true;
      observer.disconnect();
    };
  }, [index, article, slug, terms]);
  const segments = passage?.slug === slug ? passage.segments : [];
  return (
    <span ref={box}>
      {segments.length > 0 ? <Segments segments={segments} /> : <Highlight text={hit.teaser} terms={hit.terms} />}
    </span>
  );
}

/** The announcement for the settled query; undefined while its search is still running. */
function statusText(query: string, ready: boolean, failed: boolean, answer?: SearchAnswer): string | undefined {
  if (!query) return '';
  if (failed)
    return 'Die Suche konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und versuchen Sie es noch einmal.';
  if (!ready) return 'Suche wird geladen …';
  if (!answer) return undefined;
  const { count, suggestion } = answer;
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
