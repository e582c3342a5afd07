import type { ContentIssue } from '../content/issues';

// GitHub workflow commands (https://docs.github.com/actions/reference/workflow-commands-for-github-actions):
// a line `::error file=…,line=…,title=…::message` on stdout becomes an annotation on that line of the
// pull request's diff, so an editor sees the problem where it is, without reading the log.

/** Message text: a newline would end the command, a `%` would start an escape. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values: additionally `:` and `,`, which separate the properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One content problem as a workflow command: errors as `::error`, warnings as `::warning`. */
export function workflowAnnotation(issue: ContentIssue): string {
  const properties = [
    `file=${escapeProperty(issue.file)}`,
    ...(issue.line === undefined ? [] : [`line=${issue.line}`]),
    `title=${escapeProperty(issue.field ? `Inhaltsprüfung: ${issue.field}` : 'Inhaltsprüfung')}`,
  ];
  return `::${issue.severity} ${properties.join(',')}::${escapeData(issue.message)}`;
}

/** GitHub Actions sets GITHUB_ACTIONS=true in every step; locally the output stays as it was. */
export function runsInGitHubActions(env: Record<string, string | undefined> = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}
