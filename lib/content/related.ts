/** Items that share one set of topics, in catalog order (newest first). */
export interface TopicGroup<T> {
  topics: readonly string[];
  items: readonly T[];
}

/**
 * The `limit` items sharing the most of `topics`, earlier position first among equals: the "related
 * articles" of an article, whose topics these are; the items come grouped by their own set of topics
 * (TopicGroup). All items of a group share the same number of topics with the article, so only a
 * group's first `limit` can be picked, and a group whose first item cannot beat the picks is passed
 * over whole. The work grows with the number of topic combinations in use, not with the archive:
 * merging the topics' listings instead took up to a second per article page at 10,000 articles.
 */
export function mostShared<T>(
  groups: Iterable<TopicGroup<T>>,
  topics: ReadonlySet<string>,
  { position, limit }: { position: (item: T) => number; limit: number },
): T[] {
  if (limit < 1) return [];
  const picks: { item: T; shared: number; at: number }[] = [];
  const beats = (shared: number, at: number, pick: { shared: number; at: number }) =>
    shared > pick.shared || (shared === pick.shared && at < pick.at);
  for (const group of groups) {
    let shared = 0;
    for (const topic of group.topics) if (topics.has(topic)) shared += 1;
    if (shared === 0) continue;
    for (const item of group.items) {
      const at = position(item);
      if (picks.length === limit && !beats(shared, at, picks[limit - 1]!)) break; // nor will the group's older items
      let index = picks.length;
      while (index > 0 && beats(shared, at, picks[index - 1]!)) index -= 1;
      picks.splice(index, 0, { item, shared, at });
      if (picks.length > limit) picks.pop();
    }
  }
  return picks.map(({ item }) => item);
}

/** How many further articles an article page lists under "Mehr zum Thema" at most. */
export const moreLimit = 5;

export interface ArticleEnding<T> {
  older?: T;
  newer?: T;
  /** "Mehr zum Thema": at most `limit` articles, none of them the article itself or a neighbour. */
  more: T[];
}

/**
 * What an article page ends with (issue 18): the articles published just before and after it, and
 * one "Mehr zum Thema" list of at most `limit` further articles, taken in order from `candidates`
 * (the related ones first). No article is linked twice at the end of a page: the article itself,
 * its neighbours and repeated candidates are skipped.
 */
export function articleEnding<T extends { readonly slug: string }>(
  article: { readonly slug: string },
  { older, newer, candidates, limit = moreLimit }: { older?: T; newer?: T; candidates: Iterable<T>; limit?: number },
): ArticleEnding<T> {
  const linked = new Set([article.slug]);
  if (older) linked.add(older.slug);
  if (newer) linked.add(newer.slug);
  const more: T[] = [];
  for (const candidate of candidates) {
    if (more.length >= limit) break;
    if (linked.has(candidate.slug)) continue;
    linked.add(candidate.slug);
    more.push(candidate);
  }
  return { ...(older ? { older } : {}), ...(newer ? { newer } : {}), more };
}
