import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue, type ContentIssue } from '@/lib/content/issues';

describe('formatIssue', () => {
  it('writes "file:line  field: message" when all are known', () => {
    expect(
      formatIssue({
        file: 'content/artikel/x.md',
        line: 4,
        field: 'teaser',
        severity: 'error',
        message: 'ist zu kurz',
      }),
    ).toBe('content/artikel/x.md:4  teaser: ist zu kurz');
  });

  it('leaves out line and field when they are unknown', () => {
    expect(formatIssue({ file: 'content/artikel/x.md', severity: 'error', message: 'Die Datei ist leer.' })).toBe(
      'content/artikel/x.md  Die Datei ist leer.',
    );
  });

  it('prefixes warnings with "Warnung:"', () => {
    expect(formatIssue({ file: 'content/artikel/notiz.txt', severity: 'warning', message: 'wird ignoriert' })).toBe(
      'content/artikel/notiz.txt  Warnung: wird ignoriert',
    );
  });
});

describe('ContentError', () => {
  const issues: ContentIssue[] = [
    { file: 'content/artikel/a.md', line: 2, field: 'title', severity: 'error', message: 'ist zu lang' },
    { file: 'content/artikel/a.md', line: 4, field: 'teaser', severity: 'error', message: 'ist zu kurz' },
    { file: 'content/artikel/b.md', severity: 'error', message: 'Die Datei ist leer.' },
    { file: 'content/artikel/notiz.txt', severity: 'warning', message: 'wird ignoriert' },
  ];
  const error = new ContentError(issues);

  it('keeps every issue, warnings included', () => {
    expect(error.issues).toEqual(issues);
  });

  it('counts and lists only the errors in its German message', () => {
    expect(error.message.split('\n')).toEqual([
      'Der Inhalt ist fehlerhaft: 3 Fehler in 2 Dateien.',
      '  content/artikel/a.md:2  title: ist zu lang',
      '  content/artikel/a.md:4  teaser: ist zu kurz',
      '  content/artikel/b.md  Die Datei ist leer.',
      'Die Website wird erst gebaut, wenn alle Fehler behoben sind. Hilfe: CONTRIBUTING.md',
    ]);
  });

  it('is an Error named ContentError', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
  });
});
