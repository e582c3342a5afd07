import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { repeatsTitle } from '@/lib/content/checks';
import { ContentError, type ContentIssue } from '@/lib/content/issues';
import { readContent, type LoadedContent } from '@/lib/content/load';
import { fixture, issuesFor, readFixture, removeTempDirs, writeTempContent } from './helpers';

/**
 * tests/fixtures/checks holds one article per cross-article rule, each breaking exactly that rule,
 * plus articles that must pass: `ziel-artikel.md` (a link target), `alles-richtig.md` (links and an
 * image done right), `alias-doppelt-a.md` (the first to claim an old address) and
 * `entwurf-mit-platzhalter.md` (a draft may keep the template's `[[…]]` placeholders).
 * Its public/ is tests/fixtures/checks-public (beside it: content/ holds no public/), with the one existing image bilder/vorhanden.jpg.
 */
const buildNow = '2025-12-02T12:00:00+01:00';
const checksPublic = fixture('checks-public');
const folder = 'tests/fixtures/checks/artikel';

afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(removeTempDirs);

/** Reads a content set with a fixed build time; returns the loaded content or the ContentError thrown. */
function load(directory: string, publicDirectory: string): LoadedContent | ContentError {
  vi.stubEnv('BUILD_NOW', buildNow);
  try {
    return readContent(directory, { publicDirectory });
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
}

function loadError(directory: string, publicDirectory: string): ContentError {
  const result = load(directory, publicDirectory);
  if (!(result instanceof ContentError))
    throw new Error(`readContent(${directory}) was expected to throw a ContentError but succeeded`);
  return result;
}

function loadValid(directory: string, publicDirectory: string): LoadedContent {
  const result = load(directory, publicDirectory);
  if (result instanceof ContentError)
    throw new Error(`readContent(${directory}) failed unexpectedly:\n${result.message}`);
  return result;
}

interface CheckCase {
  rule: string;
  file: string;
  line: number;
  field?: string;
  severity: ContentIssue['severity'];
  message: string;
}

const missingTarget = 'führt ins Leere';
const checkCases: CheckCase[] = [
  {
    rule: 'rejects an inline link to an article that does not exist',
    file: 'link-artikel-fehlt.md',
    line: 13,
    severity: 'error',
    message: `Link auf „/artikel/gibt-es-nicht“ ${missingTarget}: Es gibt keinen Artikel tests/fixtures/checks/artikel/gibt-es-nicht.md`,
  },
  {
    rule: 'rejects a reference-style link whose definition points at a missing article, on the line of the definition',
    file: 'link-referenz-fehlt.md',
    line: 15,
    severity: 'error',
    message: `Link auf „/artikel/fehlt“ ${missingTarget}: Es gibt keinen Artikel tests/fixtures/checks/artikel/fehlt.md`,
  },
  {
    rule: 'rejects a link to a topic that themen.yaml does not declare',
    file: 'link-thema-fehlt.md',
    line: 13,
    severity: 'error',
    message: `Link auf „/themen/smart-home“ ${missingTarget}: Dieses Thema ist nicht in tests/fixtures/checks/themen.yaml eingetragen`,
  },
  {
    rule: 'rejects a link to a ressort that does not exist and lists the four ressorts',
    file: 'link-ressort-fehlt.md',
    line: 13,
    severity: 'error',
    message: `Link auf „/ressorts/sport“ ${missingTarget}: Dieses Ressort gibt es nicht (erlaubt: partnerschaften, expansion, zahlen, technik)`,
  },
  {
    rule: 'rejects a link to an internal page the site does not have',
    file: 'link-seite-fehlt.md',
    line: 13,
    severity: 'error',
    message: `Link auf „/kontakt“ ${missingTarget}: Diese Seite gibt es auf der Website nicht`,
  },
  {
    rule: 'only warns about a link to a draft, which is not on the site yet',
    file: 'link-auf-entwurf.md',
    line: 13,
    severity: 'warning',
    message:
      'Link auf „/artikel/entwurf-mit-platzhalter“: Der Zielartikel ist ein Entwurf und auf der Website noch nicht zu sehen',
  },
  {
    rule: 'rejects an image in the body that is missing from public/',
    file: 'bild-fehlt.md',
    line: 15,
    severity: 'error',
    message: 'Bild „/bilder/fehlt.jpg“ fehlt: Es muss als public/bilder/fehlt.jpg im Projekt liegen',
  },
  {
    rule: 'rejects an image loaded from a foreign server',
    file: 'bild-fremder-server.md',
    line: 13,
    severity: 'error',
    message:
      'Bild „https://example.com/bilder/su7-gruen.jpg“ liegt auf einem fremden Server: Bilder bitte nach public/ legen (Datenschutz: die Website lädt nichts von Dritten)',
  },
  {
    rule: 'rejects an image without alt text (and only that, the image itself exists)',
    file: 'bild-ohne-alt.md',
    line: 15,
    severity: 'error',
    message: 'Bild „/bilder/vorhanden.jpg“ ohne Alternativtext: ![Beschreibung des Bildes](/bilder/vorhanden.jpg)',
  },
  {
    rule: 'rejects a front-matter image missing from public/, on the line of image.src',
    file: 'bild-im-kopf-fehlt.md',
    line: 12,
    field: 'image.src',
    severity: 'error',
    message: 'Bild „/bilder/kopf-fehlt.jpg“ fehlt: Es muss als public/bilder/kopf-fehlt.jpg im Projekt liegen',
  },
  {
    rule: 'rejects a teaser that only repeats the title',
    file: 'vorspann-wiederholt-titel.md',
    line: 3,
    field: 'teaser',
    severity: 'error',
    message:
      'wiederholt nur die Überschrift: Der Vorspann soll die Nachricht in eigenen Worten zusammenfassen (wer, was, wann)',
  },
  {
    rule: 'warns that an article dated in the future is scheduled, naming the German date',
    file: 'datum-in-zukunft.md',
    line: 4,
    field: 'date',
    severity: 'warning',
    message: 'liegt in der Zukunft: Der Artikel ist geplant und erscheint erst mit dem ersten Build ab 15. Januar 2026',
  },
  {
    rule: 'rejects a published article that still contains a [[…]] template placeholder, on the line of the first one',
    file: 'platzhalter-offen.md',
    line: 15,
    severity: 'error',
    message: 'Platzhalter aus der Vorlage ([[…]]) sind noch nicht ersetzt: erst ausfüllen, dann „draft: true“ löschen',
  },
  {
    rule: 'rejects an alias that is the address of an existing article',
    file: 'alias-ist-slug.md',
    line: 12,
    field: 'aliases.1',
    severity: 'error',
    message:
      '„ziel-artikel“ ist die Adresse eines bestehenden Artikels (tests/fixtures/checks/artikel/ziel-artikel.md)',
  },
  {
    rule: 'rejects an alias already claimed by another article, naming the entry and the other file',
    file: 'alias-doppelt-b.md',
    line: 13,
    field: 'aliases.2',
    severity: 'error',
    message: '„fruehere-adresse“ ist schon frühere Adresse von tests/fixtures/checks/artikel/alias-doppelt-a.md',
  },
  {
    rule: 'warns about a source that names no outlet and links no report, and only about that one of four',
    file: 'quelle-ohne-medium.md',
    line: 11,
    field: 'sources.2.name',
    severity: 'warning',
    message:
      '„Deutscher Tech-Blog“ nennt kein bestimmtes Medium, und die Quelle hat keine Adresse: So können Leser sie nicht prüfen. Bitte das Medium beim Namen nennen (z. B. „IT BOLTWISE“) und die Adresse seines Berichts unter „url:“ eintragen – oder, wenn das Medium nicht bekannt ist, den Titel des Berichts in „…“ angeben oder offen sagen: „Deutscher Tech-Blog (Name unbekannt)“',
  },
  {
    rule: 'rejects a correction dated before the article',
    file: 'korrektur-vor-datum.md',
    line: 12,
    field: 'corrections.1.date',
    severity: 'error',
    message: 'liegt vor „date“ (erlaubt: gleich oder nach dem Erscheinungsdatum)',
  },
];

const cleanFiles = ['ziel-artikel.md', 'alles-richtig.md', 'alias-doppelt-a.md', 'entwurf-mit-platzhalter.md'];

describe('cross-article checks, as reported by the loader for tests/fixtures/checks', () => {
  let error: ContentError;
  beforeAll(() => {
    error = loadError(fixture('checks'), checksPublic);
  });

  it.each(checkCases)('$rule', ({ file, line, field, severity, message }) => {
    expect(issuesFor(error.issues, file)).toEqual([
      { file: `${folder}/${file}`, line, severity, message, ...(field === undefined ? {} : { field }) },
    ]);
  });

  it('reports nothing for the valid target, the valid article, the first claim of an alias and a draft with placeholders', () => {
    for (const file of cleanFiles) expect(issuesFor(error.issues, file), file).toEqual([]);
  });

  it('collects every problem of every file in one ContentError, and nothing else', () => {
    expect(error.issues).toHaveLength(checkCases.length);
    expect(new Set(error.issues.map((issue) => issue.file))).toEqual(
      new Set(checkCases.map(({ file }) => `${folder}/${file}`)),
    );
  });

  it('marks exactly the draft link, the scheduled date and the source without outlet or URL as warnings', () => {
    const warnings = error.issues.filter((issue) => issue.severity === 'warning');
    expect(warnings.map((issue) => issue.file).sort()).toEqual([
      `${folder}/datum-in-zukunft.md`,
      `${folder}/link-auf-entwurf.md`,
      `${folder}/quelle-ohne-medium.md`,
    ]);
    expect(error.issues.filter((issue) => issue.severity === 'error')).toHaveLength(checkCases.length - 3);
  });

  it('counts only the errors in the summary message and lists none of the warnings there', () => {
    const errorCount = checkCases.length - 3;
    expect(error.message.split('\n')[0]).toBe(
      `Der Inhalt ist fehlerhaft: ${errorCount} Fehler in ${errorCount} Dateien.`,
    );
    expect(error.message).toContain(`${folder}/link-seite-fehlt.md:13  Link auf „/kontakt“`);
    expect(error.message).not.toContain('datum-in-zukunft.md');
    expect(error.message).not.toContain('link-auf-entwurf.md');
    expect(error.message).not.toContain('quelle-ohne-medium.md');
  });
});

describe('the valid articles of tests/fixtures/checks on their own', () => {
  const validSet = () =>
    writeTempContent({
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/ziel-artikel.md': readFixture('checks/artikel/ziel-artikel.md'),
      'artikel/alles-richtig.md': readFixture('checks/artikel/alles-richtig.md'),
    });

  it('load without errors or warnings: links to an article, a topic, a ressort, /impressum, an external URL and #anker, and an existing image', () => {
    const content = loadValid(validSet(), checksPublic);
    expect(content.articles.map((article) => article.slug)).toEqual(['alles-richtig', 'ziel-artikel']);
    expect(content.warnings).toEqual([]);
    expect(content.articles[0]?.image?.src).toBe('/bilder/vorhanden.jpg');
  });

  it('fail on both image uses when public/ does not hold the image, with the body line and the image.src line', () => {
    const emptyPublic = writeTempContent({ 'bilder/.gitkeep': '' });
    const error = loadError(validSet(), emptyPublic);
    expect(error.issues.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      {
        line: 23,
        field: undefined,
        message: 'Bild „/bilder/vorhanden.jpg“ fehlt: Es muss als public/bilder/vorhanden.jpg im Projekt liegen',
      },
      {
        line: 13,
        field: 'image.src',
        message: 'Bild „/bilder/vorhanden.jpg“ fehlt: Es muss als public/bilder/vorhanden.jpg im Projekt liegen',
      },
    ]);
  });
});

describe('content with warnings only', () => {
  it('loads and returns the warnings instead of throwing: links to a draft and to a scheduled article', () => {
    const link = readFixture('checks/artikel/link-auf-entwurf.md').replace(
      '[unser nächster Bericht](/artikel/entwurf-mit-platzhalter).',
      '[unser nächster Bericht](/artikel/entwurf-mit-platzhalter) und die [Messe](/artikel/datum-in-zukunft).',
    );
    const directory = writeTempContent({
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/datum-in-zukunft.md': readFixture('checks/artikel/datum-in-zukunft.md'),
      'artikel/entwurf-mit-platzhalter.md': readFixture('checks/artikel/entwurf-mit-platzhalter.md'),
      'artikel/link-auf-entwurf.md': link,
    });
    const content = loadValid(directory, checksPublic);
    expect(content.articles).toHaveLength(3);
    expect(
      content.warnings.map(({ file, line, severity, message }) => [file.split('/').pop(), line, severity, message]),
    ).toEqual([
      [
        'datum-in-zukunft.md',
        4,
        'warning',
        'liegt in der Zukunft: Der Artikel ist geplant und erscheint erst mit dem ersten Build ab 15. Januar 2026',
      ],
      [
        'link-auf-entwurf.md',
        13,
        'warning',
        'Link auf „/artikel/entwurf-mit-platzhalter“: Der Zielartikel ist ein Entwurf und auf der Website noch nicht zu sehen',
      ],
      [
        'link-auf-entwurf.md',
        13,
        'warning',
        'Link auf „/artikel/datum-in-zukunft“: Der Zielartikel ist noch geplant und auf der Website noch nicht zu sehen',
      ],
    ]);
  });

  it('no longer warns about a scheduled article once the build time has reached its date', () => {
    const directory = writeTempContent({
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/datum-in-zukunft.md': readFixture('checks/artikel/datum-in-zukunft.md'),
    });
    vi.stubEnv('BUILD_NOW', '2026-01-15T00:00:00+01:00');
    expect(readContent(directory, { publicDirectory: checksPublic }).warnings).toEqual([]);
  });
});

describe('repeatsTitle', () => {
  const title = 'Xiaomi liefert im November mehr als 40.000 Elektroautos aus';

  it('is true for a teaser equal to the title', () => {
    expect(repeatsTitle(title, title)).toBe(true);
  });

  it('is true for the title in other case and with other punctuation', () => {
    expect(repeatsTitle('XIAOMI liefert im november – mehr als 40.000 Elektroautos aus!', title)).toBe(true);
  });

  it('is true for the title followed by a few words', () => {
    expect(repeatsTitle(`${title} – so viele wie nie.`, title)).toBe(true);
  });

  it('is false for a teaser that adds a whole clause of its own after the title', () => {
    expect(repeatsTitle(`${title}, und das Jahresziel von 350.000 Autos rückt näher.`, title)).toBe(false);
  });

  it('is false for a real teaser in its own words', () => {
    expect(
      repeatsTitle(
        'Die Autosparte von Xiaomi hat im November erstmals mehr als 40.000 Fahrzeuge übergeben; der SU7 bleibt das gefragteste Modell.',
        title,
      ),
    ).toBe(false);
  });
});

describe('links and images at unusual addresses', () => {
  /** A content set with the checks fixture's vocabulary, its link target and one article whose body is given. */
  function withBody(body: string, frontMatter = '', moreFiles: Record<string, string> = {}): string {
    return writeTempContent({
      ...moreFiles,
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/ziel-artikel.md': readFixture('checks/artikel/ziel-artikel.md'),
      'artikel/probe.md': `---
title: "Ein Artikel mit besonderen Adressen im Text"
teaser: "Dieser Artikel prüft, wie die Inhaltsprüfung mit ungewöhnlichen Adressen in Links und Bildern umgeht."
date: 2025-11-01
author: "Redaktion Test"
ressort: zahlen
tags:
  - SU7
sources:
  - name: "Testquelle"
${frontMatter}---

${body}
`,
    });
  }
  const messagesFor = (directory: string) => {
    const result = load(directory, checksPublic);
    const issues = result instanceof ContentError ? result.issues : result.warnings;
    return issuesFor(issues, 'probe.md').map((issue) => `${issue.line}: ${issue.message}`);
  };

  it('suggests the address an editor most likely meant for a shortened article address or a misspelled topic', () => {
    const messages = messagesFor(
      withBody('Siehe [Ziel](/artikel/ziel-art), [Thema](/themen/elektroauto) und [Fremd](/themen/garten).'),
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^13: Link auf „\/artikel\/ziel-art“ führt ins Leere: .* – meinten Sie „\/artikel\/ziel-artikel“\?$/,
      ),
      expect.stringMatching(
        /^13: Link auf „\/themen\/elektroauto“ führt ins Leere: .* – meinten Sie „\/themen\/elektroautos“\?$/,
      ),
      expect.stringMatching(
        /^13: Link auf „\/themen\/garten“ führt ins Leere: Dieses Thema ist nicht in \S+ eingetragen$/,
      ),
    ]);
  });

  it('accepts links to the feeds, sitemaps, share cards and logo the site serves', () => {
    const links = [
      '/themen/su7/feed.xml',
      '/news-sitemap.xml',
      '/robots.txt',
      '/share-image.png',
      '/logo.png',
      '/icon.svg',
      '/artikel/ziel-artikel/share-image.png',
    ];
    expect(messagesFor(withBody(links.map((link) => `[Link](${link})`).join('\n\n')))).toEqual([]);
  });

  it('accepts links to the archive and to its months with a published article, and reports other months', () => {
    const links = ['/archiv', '/archiv/2025/11', '/archiv/2019/01', '/archiv/2025/13', '/archiv/2025/1'];
    expect(messagesFor(withBody(links.map((link) => `[Archiv](${link})`).join('\n\n')))).toEqual([
      '17: Link auf „/archiv/2019/01“ führt ins Leere: Im Archiv gibt es für Januar 2019 keine Artikel',
      '19: Link auf „/archiv/2025/13“ führt ins Leere: Archivseiten haben die Form /archiv/2025/12 (weitere Seiten eines Monats /archiv/2025/12/seite/2)',
      '21: Link auf „/archiv/2025/1“ führt ins Leere: Archivseiten haben die Form /archiv/2025/12 (weitere Seiten eines Monats /archiv/2025/12/seite/2)',
    ]);
  });

  it('accepts a later page of an archive month its published articles fill, and reports pages past the end', () => {
    // Ten more published articles in November 2025: with the probe itself, eleven fill two pages.
    const november = Object.fromEntries(
      Array.from({ length: 10 }, (_, index) => [
        `artikel/november-meldung-${index + 1}.md`,
        `---
title: "Meldung Nummer ${index + 1} aus dem November"
teaser: "Eine von zehn erfundenen Meldungen aus dem November 2025, damit der Monat im Archiv zwei Seiten füllt (Nummer ${index + 1})."
date: 2025-11-${String(index + 2).padStart(2, '0')}
author: "Redaktion Test"
ressort: zahlen
tags:
  - SU7
sources:
  - name: "Testquelle"
---

Text der Meldung Nummer ${index + 1}.
`,
      ]),
    );
    const links = [
      '/archiv/2025/11/seite/2',
      '/archiv/2025/11/seite/3',
      '/archiv/2025/11/seite/1',
      '/archiv/2025/12/seite/2',
    ];
    expect(messagesFor(withBody(links.map((link) => `[Archiv](${link})`).join('\n\n'), '', november))).toEqual([
      '15: Link auf „/archiv/2025/11/seite/3“ führt ins Leere: Das Archiv für November 2025 hat nur 2 Seiten (10 Artikel je Seite)',
      '17: Link auf „/archiv/2025/11/seite/1“ führt ins Leere: Archivseiten haben die Form /archiv/2025/12 (weitere Seiten eines Monats /archiv/2025/12/seite/2)',
      '19: Link auf „/archiv/2025/12/seite/2“ führt ins Leere: Das Archiv für Dezember 2025 hat nur eine Seite (10 Artikel je Seite)',
    ]);
    // Without the ten, November has one page only.
    expect(messagesFor(withBody('[Archiv](/archiv/2025/11/seite/2)'))).toEqual([
      '13: Link auf „/archiv/2025/11/seite/2“ führt ins Leere: Das Archiv für November 2025 hat nur eine Seite (10 Artikel je Seite)',
    ]);
  });

  it('reports a malformed %-escape in a link or image instead of crashing', () => {
    expect(messagesFor(withBody('[kaputt](/datei%ZZ)\n\n![Bild](/bilder/a%ZZ.jpg)'))).toEqual([
      '13: Link auf „/datei%ZZ“ führt ins Leere: Die Adresse enthält eine ungültige %-Kodierung',
      '15: Bildpfad „/bilder/a%ZZ.jpg“ enthält eine ungültige %-Kodierung',
    ]);
    expect(
      messagesFor(withBody('Text.', 'image:\n  src: "/bilder/a%ZZ.jpg"\n  alt: "Ein Bild"\n  credit: "Test"\n')),
    ).toEqual(['12: Bildpfad „/bilder/a%ZZ.jpg“ enthält eine ungültige %-Kodierung']);
  });

  it('does not take a folder in public/ for an image or a page', () => {
    expect(messagesFor(withBody('![Ordner](/bilder)\n\n[Ordner](/bilder/)'))).toEqual([
      '15: Link auf „/bilder/“ führt ins Leere: Diese Seite gibt es auf der Website nicht',
      '13: Bild „/bilder“ fehlt: Es muss als public/bilder im Projekt liegen',
    ]);
  });

  it('does not let a link climb out of public/ to a project file', () => {
    expect(messagesFor(withBody('[Paket](/../package.json)\n\n[Paket](/%2e%2e/package.json)'))).toEqual([
      '13: Link auf „/../package.json“ führt ins Leere: Diese Seite gibt es auf der Website nicht',
      '15: Link auf „/%2e%2e/package.json“ führt ins Leere: Diese Seite gibt es auf der Website nicht',
    ]);
  });

  it('says so when one article lists the same former address twice', () => {
    expect(messagesFor(withBody('Text.', 'aliases:\n  - alte-adresse\n  - alte-adresse\n'))).toEqual([
      '13: „alte-adresse“ steht doppelt in der Liste',
    ]);
  });
});
