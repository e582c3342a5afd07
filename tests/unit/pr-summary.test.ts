import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/load';
import { parseNameStatus, pullRequestSummary } from '@/lib/github/pr-summary';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const site = readContent(path.join(projectRoot, 'tests/fixtures/site'), {
  publicDirectory: path.join(projectRoot, 'tests/fixtures/public'),
});
const now = new Date('2025-12-02T12:00:00+01:00');
const file = (slug: string) => `tests/fixtures/site/artikel/${slug}.md`;

describe('parsing git diff --name-status', () => {
  it('keeps additions, modifications and deletions, and skips what it does not know', () => {
    expect(
      parseNameStatus(
        ['A\tcontent/artikel/neu.md', 'M\tcontent/themen.yaml', 'D\tcontent/artikel/alt.md', 'T\tx', ''].join('\n'),
      ),
    ).toEqual([
      { kind: 'added', file: 'content/artikel/neu.md' },
      { kind: 'modified', file: 'content/themen.yaml' },
      { kind: 'deleted', file: 'content/artikel/alt.md' },
    ]);
  });
});

describe('the pull-request job summary', () => {
  const summary = pullRequestSummary({
    changed: [
      { kind: 'added', file: file('geplant-zukunft') },
      { kind: 'modified', file: file('aktuelle-meldung') },
      { kind: 'added', file: file('entwurf-geheim') },
      { kind: 'deleted', file: 'tests/fixtures/site/artikel/weg.md' },
      { kind: 'modified', file: 'tests/fixtures/site/themen.yaml' },
    ],
    articles: site.articles,
    issues: [
      {
        file: file('aktuelle-meldung'),
        line: 9,
        field: 'sources.0',
        message: 'Quelle ohne Adresse',
        severity: 'warning',
      },
    ],
    now,
  });
  const rows = summary.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Artikel'));

  it('has one row per changed article with title, kind of change, date and publication state', () => {
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe(
      '| Geplanter Testartikel für nach dem Build | neu | 3. Dezember 2025, 8:00 Uhr | geplant (erscheint mit dem ersten Build nach dem Datum, höchstens eine Stunde später) | – |',
    );
    expect(rows[1]).toMatch(/ \| geändert \| .+ \| veröffentlicht \| Warnung: Quelle ohne Adresse \|$/);
    expect(rows[2]).toMatch(
      /^\| Testentwurf, der nirgends erscheinen darf \| neu \| 30\. November 2025 \| Entwurf \(erscheint nicht\) \| – \|$/,
    );
    expect(rows[3]).toBe('| `tests/fixtures/site/artikel/weg.md` | entfernt | – | – | – |');
  });

  it('lists other changed files apart from the articles and says the check passed', () => {
    expect(summary).toContain('- `tests/fixtures/site/themen.yaml` (geändert)');
    expect(summary).toContain('Die Inhaltsprüfung ist bestanden.');
    expect(summary).toContain('„Vorschau“');
  });

  it('counts errors and names them when the content does not pass', () => {
    const failing = pullRequestSummary({
      changed: [{ kind: 'added', file: 'content/artikel/kaputt.md' }],
      articles: [],
      issues: [
        { file: 'content/artikel/kaputt.md', line: 4, field: 'teaser', message: 'ist zu kurz', severity: 'error' },
        { file: 'content/themen.yaml', message: 'Thema | ohne Artikel', severity: 'warning' },
      ],
      now,
    });
    expect(failing).toContain('**1 Fehler**');
    expect(failing).toContain('| `content/artikel/kaputt.md` | neu | – | – | Fehler: ist zu kurz |');
    expect(failing).toContain('- `content/themen.yaml` Warnung: Thema | ohne Artikel');
  });

  it('says so when no article changed', () => {
    expect(pullRequestSummary({ changed: [], articles: site.articles, issues: [], now })).toContain(
      'Dieser Pull Request ändert keinen Artikel.',
    );
  });
});
