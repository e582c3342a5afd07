/** One problem in one content file, as editors read it: `file:line  field: message`. */
export interface ContentIssue {
  /** Path relative to the project, e.g. `content/artikel/xiaomi-su7.md`. */
  file: string;
  line?: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatIssue(issue: ContentIssue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const label = issue.severity === 'warning' ? 'Warnung: ' : '';
  return `${place}  ${label}${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}

/** Thrown when content is invalid: carries every error found in one run, so editors fix all at once. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const files = new Set(errors.map((issue) => issue.file)).size;
    super(
      [
        `Der Inhalt ist fehlerhaft: ${errors.length} ${errors.length === 1 ? 'Fehler' : 'Fehler'} in ${files} ${files === 1 ? 'Datei' : 'Dateien'}.`,
        ...errors.map((issue) => `  ${formatIssue(issue)}`),
        'Die Website wird erst gebaut, wenn alle Fehler behoben sind. Hilfe: CONTRIBUTING.md',
      ].join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}
