import { describeSyndication } from './syndication';

// Feeds, sitemaps and robots.txt from the production server (`next start`), with its content types.
describeSyndication({ strictContentTypes: true });
