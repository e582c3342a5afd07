// `npm run check:content`: validates all of content/ (or CONTENT_DIR) with the site's own loader, without
// building; the command is scripts/commands/check-content.ts. In GitHub Actions each problem is printed a
// second time as a workflow annotation, after the human-readable list, so the pull request shows it on the
// changed line.
import { contentDirectory } from '../lib/content/load';
import { runsInGitHubActions } from '../lib/github/annotations';
import { checkContent } from './commands/check-content';
import { finish } from './commands/result';

finish(checkContent(contentDirectory(), { githubActions: runsInGitHubActions() }));
