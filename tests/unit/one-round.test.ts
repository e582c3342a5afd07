import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contentErrorFrom, issuesFor, readFixture, removeTempDirs, writeTempContent } from './helpers';

/**
 * Issue 17: one run of `npm run check:content` (or of the build) names every problem in every file,
 * so editors need one round, not two. A file whose front matter has an invalid field still gets its
 * body checked (links, images, chart blocks); only a front matter YAML cannot read stops that, and
 * the message says so. Line numbers name the line an editor looks for: the field's own line.
 */

afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(removeTempDirs);

const frontMatter = (fields: Record<string, string>) => {
  const base: Record<string, string> = {
    title: '"Ein Artikel mit mehreren Fehlern auf einmal"',
    teaser:
      '"Dieser Artikel hat einen Fehler im Kopfbereich und weitere im Text; alle sollen in einem Lauf gemeldet werden."',
    date: '2025-11-01',
    author: '"Redaktion Test"',
    ressort: 'zahlen',
    tags: '\n  - SU7',
    sources: '\n  - name: "Testquelle"',
    ...fields,
  };
  return Object.entries(base)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
};

/** The checks fixture's vocabulary and link target, plus one article `probe.md`. */
function withProbe(probe: string): string {
  return writeTempContent({
    'themen.yaml': readFixture('checks/themen.yaml'),
    'artikel/ziel-artikel.md': readFixture('checks/artikel/ziel-artikel.md'),
    'artikel/probe.md': probe,
  });
}

function probeMessages(directory: string): string[] {
  vi.stubEnv('BUILD_NOW', '2025-12-02T12:00:00+01:00');
  const error = contentErrorFrom(directory);
  return issuesFor(error.issues, 'probe.md').map(
    (issue) => `${issue.line}  ${issue.field ? `${issue.field}: ` : ''}${issue.message}`,
  );
}

const brokenBody = `
Siehe [den Bericht](/artikel/ziel-art) und [das Thema](/themen/elektroauto).

![Ein Foto](/bilder/gibt-es-nicht.jpg)

\`\`\`chart auslieferungen-1999
\`\`\`
`;

describe('a file with an invalid front-matter field', () => {
  it('still gets its links, images and chart blocks checked in the same run', () => {
    const messages = probeMessages(withProbe(`---\n${frontMatter({ date: '2025-13-45' })}\n---\n${brokenBody}`));
    // The body starts on file line 12 (ten field lines between the two --- lines), with an empty line.
    expect(messages).toEqual([
      expect.stringMatching(/^4 {2}date: /),
      expect.stringMatching(/^17 {2}Unbekannter Datensatz „auslieferungen-1999“/),
      expect.stringMatching(
        /^13 {2}Link auf „\/artikel\/ziel-art“ führt ins Leere: .* – meinten Sie „\/artikel\/ziel-artikel“\?$/,
      ),
      expect.stringMatching(
        /^13 {2}Link auf „\/themen\/elektroauto“ führt ins Leere: .* – meinten Sie „\/themen\/elektroautos“\?$/,
      ),
      expect.stringMatching(/^15 {2}Bild „\/bilder\/gibt-es-nicht\.jpg“ fehlt/),
    ]);
  });

  it('with an unknown author or tag, and with an unknown field, still gets its body checked', () => {
    const messages = probeMessages(
      withProbe(`---\n${frontMatter({ author: '"Niemand Bekanntes"', quelle: '"Xiaomi"' })}\n---\n${brokenBody}`),
    );
    expect(messages).toContainEqual(expect.stringMatching(/^11 {2}quelle: unbekanntes Feld – meinten Sie „sources“\?/));
    expect(messages).toContainEqual(expect.stringMatching(/^5 {2}author: „Niemand Bekanntes“ ist nicht in/));
    expect(messages).toContainEqual(expect.stringMatching(/Link auf „\/artikel\/ziel-art“ führt ins Leere/));
    expect(messages).toContainEqual(expect.stringMatching(/Bild „\/bilder\/gibt-es-nicht\.jpg“ fehlt/));
  });

  it('with a file name that is no address, still gets its body checked', () => {
    const directory = writeTempContent({
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/ziel-artikel.md': readFixture('checks/artikel/ziel-artikel.md'),
      'artikel/Probe_Artikel.md': `---\n${frontMatter({})}\n---\n${brokenBody}`,
    });
    vi.stubEnv('BUILD_NOW', '2025-12-02T12:00:00+01:00');
    const messages = issuesFor(contentErrorFrom(directory).issues, 'Probe_Artikel.md').map((issue) => issue.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Dateiname „Probe_Artikel\.md“ ist als Adresse ungeeignet/));
    expect(messages).toContainEqual(expect.stringMatching(/^Link auf „\/artikel\/ziel-art“ führt ins Leere/));
  });

  it('is not a link target itself: a link to it from a valid article is reported as missing', () => {
    const directory = writeTempContent({
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/ziel-artikel.md': readFixture('checks/artikel/ziel-artikel.md').replace(
        /\n---\n/,
        '\n---\n\nSiehe [die Probe](/artikel/probe).\n',
      ),
      'artikel/probe.md': `---\n${frontMatter({ date: 'gestern' })}\n---\n\nText.\n`,
    });
    vi.stubEnv('BUILD_NOW', '2025-12-02T12:00:00+01:00');
    const messages = issuesFor(contentErrorFrom(directory).issues, 'ziel-artikel.md').map((issue) => issue.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Link auf „\/artikel\/probe“ führt ins Leere/));
  });
});

describe('a front matter YAML cannot read', () => {
  it('says that the text below is checked only once the front matter can be read', () => {
    const messages = probeMessages(withProbe(`---\ntitle: "Nicht geschlossen\nteaser: x\n---\n${brokenBody}`));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /Der Text darunter \(Links, Bilder, Diagramme\) wird geprüft, sobald der Kopfbereich lesbar ist\.$/,
    );
  });

  it('says so too when the front matter never ends', () => {
    const messages = probeMessages(withProbe(`---\n${frontMatter({})}\n${brokenBody}`));
    expect(messages).toEqual([
      expect.stringMatching(
        /^1 {2}Der Kopfbereich endet nicht: .* Der Text darunter \(Links, Bilder, Diagramme\) wird geprüft, sobald der Kopfbereich lesbar ist\.$/,
      ),
    ]);
  });
});

describe('the line of a problem with a field whose value is a list or a block below it', () => {
  it('is the line of the field name, not of the first list entry', () => {
    const figures = Array.from(
      { length: 7 },
      (_, index) => `\n  - value: "${index + 1}"\n    label: "Kennzahl ${index + 1}"`,
    ).join('');
    const messages = probeMessages(withProbe(`---\n${frontMatter({ figures })}\n---\n\nText.\n`));
    expect(messages).toEqual([expect.stringMatching(/^11 {2}figures: höchstens 6 Kennzahlen/)]);
  });

  it('is the line of the block’s field name for a field missing inside it (image without alt and credit)', () => {
    const messages = probeMessages(
      withProbe(`---\n${frontMatter({ image: '\n  src: "/bilder/su7.jpg"' })}\n---\n\nText.\n`),
    );
    expect(messages).toContainEqual('11  image.alt: Pflichtfeld fehlt');
    expect(messages).toContainEqual('11  image.credit: Pflichtfeld fehlt');
  });

  it('is still the entry’s own line for a problem with one entry of the list', () => {
    const messages = probeMessages(
      withProbe(`---\n${frontMatter({ tags: '\n  - SU7\n  - Gartenmöbel' })}\n---\n\nText.\n`),
    );
    expect(messages).toEqual([expect.stringMatching(/^9 {2}tags\.2: Thema „Gartenmöbel“ ist nicht in/)]);
  });

  it('is the line of the field name in a dataset too', () => {
    const directory = writeTempContent({
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/ziel-artikel.md': readFixture('checks/artikel/ziel-artikel.md'),
      'daten/probe.yaml': [
        'title: "Probe"',
        'description: "Ein Datensatz, dessen Quellen als Liste statt als Zuordnung geschrieben sind."',
        'chart: säulen',
        'unit: "Fahrzeuge"',
        'sources:',
        '  - name: "Testquelle"',
        'rows:',
        '  - label: "Oktober"',
        '    value: 48654',
        '    source: test',
        '',
      ].join('\n'),
    });
    const issues = issuesFor(contentErrorFrom(directory).issues, 'probe.yaml');
    expect(issues).toContainEqual(expect.objectContaining({ field: 'sources', line: 5 }));
  });
});
