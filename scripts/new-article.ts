// `npm run new:artikel -- "Titel des Artikels"`: creates content/artikel/<slug>.md (or in CONTENT_DIR) with
// a valid, commented front-matter template dated today (Europe/Berlin). Never overwrites a file. The
// command is scripts/commands/new-article.ts.
import { contentDirectory } from '../lib/content/load';
import { newArticle } from './commands/new-article';
import { finish } from './commands/result';

finish(newArticle(process.argv.slice(2), contentDirectory()));
