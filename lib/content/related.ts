/**
 * The `limit` items found in the most of `lists`, earlier position first among equals: the
 * "related articles" of an article, where the lists are its topics' listings, each in catalog
 * order (newest first) and `position` is an item's place in the catalog.
 *
 * Merging the lists in catalog order meets every candidate once, with the number of lists that
 * hold it; the merge stops as soon as nothing later can beat the picks (they are in every list).
 * Sorting the whole catalog on each article page would make a build grow with the square of the
 * number of articles.
 */
export function mostShared<T>(
  lists: readonly (readonly T[])[],
  { position, skip, limit }: { position: (item: T) => number; skip: (item: T) => boolean; limit: number },
): T[] {
  if (limit < 1) return [];
  const heads = lists.map(() => 0);
  const picks: { item: T; shared: number }[] = [];
  for (;;) {
    let next = Infinity;
    for (const [index, list] of lists.entries()) {
      const head = list[heads[index]!];
      if (head !== undefined) next = Math.min(next, position(head));
    }
    if (next === Infinity) break;
    let shared = 0;
    let candidate: T | undefined;
    for (const [index, list] of lists.entries()) {
      const head = list[heads[index]!];
      if (head !== undefined && position(head) === next) {
        shared += 1;
        candidate = head;
        heads[index]! += 1;
      }
    }
    if (candidate === undefined || skip(candidate)) continue;
    // Picks stay ordered by shared lists (most first), then by position: a later candidate goes after every equal one.
    let at = picks.length;
    while (at > 0 && picks[at - 1]!.shared < shared) at -= 1;
    if (at < limit) {
      picks.splice(at, 0, { item: candidate, shared });
      if (picks.length > limit) picks.pop();
    }
    if (picks.length === limit && picks[limit - 1]!.shared === lists.length) break;
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
