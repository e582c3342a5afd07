import { describeSyndication } from './syndication';

// The same files from the static export (out/); the file name puts them in the static-export project.
describeSyndication({ strictContentTypes: false });
