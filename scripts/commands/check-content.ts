import { ContentError, formatIssue, type ContentIssue } from '../../lib/content/issues';
import { readContent } from '../../lib/content/load';
import { workflowAnnotation } from '../../lib/github/annotations';
import { CommandOutput, type CommandResult } from './result';

export interface CheckContentOptions {
  /** Print every problem a second time as a GitHub workflow annotation, after the human-readable list. */
  githubActions?: boolean;
}

/**
 * `npm run check:content`: validates a content folder with the site's own loader, without building.
 * Every problem as `file:line  field: message`, warnings after errors; status 1 on errors.
 */
export function checkContent(directory: string, { githubActions = false }: CheckContentOptions = {}): CommandResult {
  const output = new CommandOutput();
  const print = (issues: readonly ContentIssue[]) => {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const warnings = issues.filter((issue) => issue.severity === 'warning');
    for (const issue of [...errors, ...warnings]) output.log(formatIssue(issue));
    output.log('');
    output.log(`${errors.length} Fehler, ${warnings.length} ${warnings.length === 1 ? 'Warnung' : 'Warnungen'}.`);
    if (githubActions) for (const issue of [...errors, ...warnings]) output.log(workflowAnnotation(issue));
  };

  try {
    const content = readContent(directory);
    if (content.warnings.length > 0) print(content.warnings);
    const { charts, timeline } = content.datasets;
    const data = `${charts.length} ${charts.length === 1 ? 'Datensatz' : 'Datensätze'}${timeline ? `, Zeitleiste mit ${timeline.events.length} Ereignissen` : ''}`;
    output.log(
      `Inhalt geprüft: ${content.articles.length} Artikel, ${content.vocabulary.tags.length} Themen, ${data} – alles in Ordnung${content.warnings.length > 0 ? ' bis auf die Warnungen oben' : ''}.`,
    );
    return output.result(0);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    print(error.issues);
    output.log('Bitte die Fehler beheben; Hilfe steht in CONTRIBUTING.md.');
    return output.result(1);
  }
}
