/** What a reader sees after a source's name when its report relies on another outlet. */
export function citedOutletSuffix(source: { cites?: string }): string {
  return source.cites ? `, unter Berufung auf ${source.cites}` : '';
}

/** A source as plain text: "IT BOLTWISE, unter Berufung auf 36Kr". */
export function sourceLabel(source: { name: string; cites?: string }): string {
  return `${source.name}${citedOutletSuffix(source)}`;
}
