import type { Article } from '../content/article';
import type { ContentIssue } from '../content/issues';
import { publicationState } from '../content/publish';
import { formatGermanDateTime } from '../dates';

// The job summary of a pull request (`$GITHUB_STEP_SUMMARY`, Markdown): which articles the PR adds,
// changes or removes, and what the site will do with each — so an editor reads it at a glance.

export type ChangeKind = 'added' | 'modified' | 'deleted';

/** One line of `git diff --name-status`, narrowed to what the summary needs. */
export interface ChangedFile {
  kind: ChangeKind;
  /** Relative to the project, with forward slashes, as the content issues name files. */
  file: string;
}

const kindLabel: Record<ChangeKind, string> = { added: 'neu', modified: 'geändert', deleted: 'entfernt' };

/** Parses `git diff --name-status --no-renames` output; a rename shows as a deletion plus an addition. */
export function parseNameStatus(output: string): ChangedFile[] {
  const kinds: Record<string, ChangeKind> = { A: 'added', M: 'modified', D: 'deleted' };
  return output
    .split('\n')
    .map((line) => line.split('\t'))
    .flatMap(([status, file]) => {
      const kind = status ? kinds[status.charAt(0)] : undefined;
      return kind && file ? [{ kind, file }] : [];
    });
}

function state(article: Article, now: Date): string {
  switch (publicationState(article, now)) {
    case 'draft':
      return 'Entwurf (erscheint nicht)';
    case 'scheduled':
      return 'geplant (erscheint mit dem ersten Build nach dem Datum, höchstens eine Stunde später)';
    case 'published':
      return 'veröffentlicht';
  }
}

/** Table cells must not break the table: pipes are escaped, line breaks become spaces. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
}

export interface SummaryInput {
  changed: readonly ChangedFile[];
  /** Every article as the loader read it, or nothing when the content has errors. */
  articles: readonly Article[];
  /** Errors and warnings of `check:content`. */
  issues: readonly ContentIssue[];
  now: Date;
}

export function pullRequestSummary({ changed, articles, issues, now }: SummaryInput): string {
  const articleChanges = changed.filter(({ file }) => /(^|\/)artikel\/[^/]+\.md$/.test(file));
  const otherChanges = changed.filter((change) => !articleChanges.includes(change));
  const errors = issues.filter((issue) => issue.severity === 'error');
  const lines = ['## Vorschau dieses Pull Requests', ''];

  lines.push(
    errors.length > 0
      ? `**${errors.length} Fehler** – die Website wird erst gebaut, wenn sie behoben sind (Details unten und als Anmerkung an der Zeile).`
      : 'Die Inhaltsprüfung ist bestanden. Die fertige Website liegt als Artefakt „Vorschau“ bei diesem Lauf: herunterladen, entpacken und mit einem lokalen Webserver ansehen (z. B. `npx serve`), wie CONTRIBUTING.md beschreibt.',
    '',
  );

  if (articleChanges.length === 0) {
    lines.push('Dieser Pull Request ändert keinen Artikel.', '');
  } else {
    lines.push('| Artikel | Änderung | Datum | Status | Hinweise |', '|---|---|---|---|---|');
    for (const { kind, file } of articleChanges) {
      const article = articles.find((candidate) => candidate.file === file);
      const notes = issues.filter((issue) => issue.file === file);
      const noteText = notes.length
        ? notes.map((issue) => `${issue.severity === 'error' ? 'Fehler' : 'Warnung'}: ${issue.message}`).join('; ')
        : '–';
      if (kind === 'deleted' || !article) {
        lines.push(`| \`${cell(file)}\` | ${kindLabel[kind]} | – | – | ${cell(noteText)} |`);
        continue;
      }
      lines.push(
        `| ${cell(article.title)} | ${kindLabel[kind]} | ${formatGermanDateTime(article.date)} | ${state(article, now)} | ${cell(noteText)} |`,
      );
    }
    lines.push('');
  }

  if (otherChanges.length > 0) {
    lines.push(
      '<details><summary>Weitere geänderte Dateien</summary>',
      '',
      ...otherChanges.map(({ kind, file }) => `- \`${file}\` (${kindLabel[kind]})`),
      '',
      '</details>',
      '',
    );
  }

  const elsewhere = issues.filter((issue) => !articleChanges.some(({ file }) => file === issue.file));
  if (elsewhere.length > 0) {
    lines.push(
      '### Weitere Meldungen der Inhaltsprüfung',
      '',
      ...elsewhere.map(
        (issue) =>
          `- \`${issue.file}${issue.line === undefined ? '' : `:${issue.line}`}\` ${issue.severity === 'error' ? 'Fehler' : 'Warnung'}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`,
      ),
      '',
    );
  }
  return lines.join('\n');
}
