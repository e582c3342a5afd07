import { describeSyndication } from './syndication';

// Feeds, sitemaps and robots.txt, from the production server (`next start`, project next-start, with its
// content types) and from the static export (project static-export): the project decides which.
describeSyndication();
