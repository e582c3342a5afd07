import { Feed, type Enclosure, type Item } from 'feed';
import type { Article } from '../content/article';
import { lastModified, newestModification } from '../content/article';
import type { Tag } from '../content/themen';
import { absolutizeHtml } from './feed-html';
import { articlePath, authorPath, homePath, iconPath, topicFeedPath, topicPath } from '../paths';
import { absoluteUrl, site } from '../site';

/** How many of the newest articles a feed carries; readers poll often, older items are on the site. */
export const feedItemLimit = 20;

/** What a feed is about: the whole site or one topic. Paths are site-relative. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed mirrors, e.g. "/" or "/themen/su7". */
  path: string;
  /** The formats this channel is offered in; each names itself as `self` in its own document. */
  feedPaths: { rss: string; atom?: string; json?: string };
}

export const siteChannel: FeedChannel = {
  title: site.name,
  description: site.description,
  path: homePath,
  feedPaths: site.feeds,
};

export function topicChannel(tag: Tag): FeedChannel {
  return {
    title: `${site.name} – Thema: ${tag.name}`,
    description: tag.description,
    path: topicPath(tag.slug),
    feedPaths: { rss: topicFeedPath(tag.slug) },
  };
}

/**
 * The feed of a channel over the given articles, which must already follow the publish rule
 * (`getPublishedCatalog()`), newest first. Item texts are plain text; lib/syndication/feed-formats.ts turns
 * them into what each format expects.
 */
export function buildFeed(channel: FeedChannel, articles: readonly Article[]): Feed {
  const newest = articles.slice(0, feedItemLimit);
  const home = absoluteUrl(channel.path);
  const feed = new Feed({
    id: home,
    link: home,
    title: channel.title,
    description: channel.description,
    language: site.language,
    feedLinks: Object.fromEntries(
      Object.entries(channel.feedPaths).map(([format, path]) => [format, absoluteUrl(path)]),
    ),
    author: { name: site.publisher.name, link: absoluteUrl(homePath) },
    favicon: absoluteUrl(iconPath),
    copyright: `© ${site.publisher.name}`,
    updated: newestModification(newest)?.instant,
  });
  for (const article of newest) feed.addItem(feedItem(article));
  return feed;
}

function feedItem(article: Article): Item {
  const url = absoluteUrl(articlePath(article.slug));
  return {
    title: article.title,
    id: url,
    link: url,
    description: article.teaser,
    content: absolutizeHtml(article.html, url),
    // Atom writes the link as <uri>, JSON Feed as `url`; RSS has only a name (dc:creator).
    author: [{ name: article.author.name, link: absoluteUrl(authorPath(article.author.slug)) }],
    // `date` becomes Atom's <updated> and JSON Feed's date_modified, so it is the last change;
    // `published` is the publication (RSS pubDate, Atom <published>, date_published).
    date: lastModified(article).instant,
    published: article.date.instant,
    category: article.tags.map((tag) => ({ name: tag.name, term: tag.name })),
    ...(article.image && { image: imageEnclosure(article.image.src) }),
  };
}

const imageTypes: Record<string, string> = {
  avif: 'image/avif',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

/** The image with its media type for the RSS enclosure; `feed` alone would write "image/jpg" for a .jpg. */
function imageEnclosure(src: string): Enclosure | string {
  const url = absoluteUrl(src);
  const type = imageTypes[src.split('.').pop()?.toLowerCase() ?? ''];
  return type ? { url, type } : url;
}
