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
