/**
 * The media types of the three feed formats. Apart from lib/syndication/feed-formats.ts, so next.config.ts
 * (through lib/http-headers/) can tell static hosts about them without loading the feed package.
 */
export const feedContentTypes = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;
