// `npm run check:content`: validates all of content/ with the site's own loader, without building.
// Prints every problem as `file:line  field: message`, warnings after errors; exits 1 on errors.
// In GitHub Actions each problem is printed a second time as a workflow annotation, after the
// human-readable list, so the pull request shows it on the changed line.
import { runsInGitHubActions, workflowAnnotation } from '../lib/github/annotations';
import { ContentError, formatIssue, type ContentIssue } from '../lib/content/issues';
import { contentDirectory, readContent } from '../lib/content/load';

function print(issues: readonly ContentIssue[]): void {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  for (const issue of [...errors, ...warnings]) console.log(formatIssue(issue));
  console.log('');
  console.log(
    `${errors.length} ${errors.length === 1 ? 'Fehler' : 'Fehler'}, ${warnings.length} ${warnings.length === 1 ? 'Warnung' : 'Warnungen'}.`,
  );
  if (runsInGitHubActions()) for (const issue of [...errors, ...warnings]) console.log(workflowAnnotation(issue));
}

try {
  const content = readContent(contentDirectory());
  if (content.warnings.length > 0) print(content.warnings);
  const { charts, timeline } = content.datasets;
  const data = `${charts.length} ${charts.length === 1 ? 'Datensatz' : 'Datensätze'}${timeline ? `, Zeitleiste mit ${timeline.events.length} Ereignissen` : ''}`;
  console.log(
    `Inhalt geprüft: ${content.articles.length} Artikel, ${content.vocabulary.tags.length} Themen, ${data} – alles in Ordnung${content.warnings.length > 0 ? ' bis auf die Warnungen oben' : ''}.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  print(error.issues);
  console.log('Bitte die Fehler beheben; Hilfe steht in CONTRIBUTING.md.');
  process.exitCode = 1;
}
