import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleTemplate } from '@/lib/content/template';
import { berlinDay } from '@/lib/dates';
import { checkContent as checkContentCommand } from '../../scripts/commands/check-content';
import { newArticle as newArticleCommand } from '../../scripts/commands/new-article';
import type { CommandResult } from '../../scripts/commands/result';
import { testOperatorYaml } from './helpers';

/**
 * The editors' command-line tools (`npm run check:content`, `npm run new:artikel -- "Titel"`) as
 * their commands in scripts/commands/, called directly with what the scripts pass them (content folder,
 * build time, arguments), on a temporary copy of content/ so the real articles are never touched. That
 * the scripts write exactly this output and exit with this status is checked once in
 * command-scripts.test.ts.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const scriptTimeout = 30_000;
const buildNow = '2025-12-02T12:00:00+01:00';

type ScriptRun = CommandResult;

/** Runs `command` with CONTENT_DIR and BUILD_NOW as given (and no others), as the script would see them. */
function withContentEnvironment(
  env: { CONTENT_DIR: string; BUILD_NOW?: string },
  command: (contentDir: string) => ScriptRun,
) {
  // The scripts run from the project folder: file names in their output are relative to it.
  expect(process.cwd()).toBe(projectRoot);
  const saved = process.env.BUILD_NOW;
  if (env.BUILD_NOW === undefined) delete process.env.BUILD_NOW;
  else process.env.BUILD_NOW = env.BUILD_NOW;
  try {
    return command(path.resolve(env.CONTENT_DIR));
  } finally {
    if (saved === undefined) delete process.env.BUILD_NOW;
    else process.env.BUILD_NOW = saved;
  }
}

const checkContent = (contentDir: string, buildTime?: string) =>
  withContentEnvironment({ CONTENT_DIR: contentDir, ...(buildTime ? { BUILD_NOW: buildTime } : {}) }, (directory) =>
    checkContentCommand(directory),
  );
const newArticle = (contentDir: string, ...args: string[]) =>
  withContentEnvironment({ CONTENT_DIR: contentDir }, (directory) => newArticleCommand(args, directory));

const temporaryDirectories: string[] = [];

/** A fresh copy of the project's content/ in the OS temp folder. */
function copyOfRealContent(source = path.join(projectRoot, 'content')): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-scripts-'));
  temporaryDirectories.push(directory);
  cpSync(source, directory, { recursive: true });
  return directory;
}

/**
 * A fresh copy of content/ with complete (invented) operator details: the real betreiber.yaml holds
 * placeholders until launch, each a warning, and the tests of other messages want only theirs.
 */
function copyOfContent(source = path.join(projectRoot, 'content')): string {
  const directory = copyOfRealContent(source);
  writeFileSync(path.join(directory, 'betreiber.yaml'), testOperatorYaml);
  return directory;
}

afterAll(() => {
  for (const directory of temporaryDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** How the scripts name a file: relative to the project folder, with forward slashes. */
const shown = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');
const articleFiles = (contentDir: string) =>
  readdirSync(path.join(contentDir, 'artikel'))
    .filter((name) => name.endsWith('.md'))
    .sort();
const themenCount = (contentDir: string) =>
  (parse(readFileSync(path.join(contentDir, 'themen.yaml'), 'utf8')) as unknown[]).length;
const timelineEventCount = (contentDir: string) =>
  (parse(readFileSync(path.join(contentDir, 'daten', 'zeitleiste.yaml'), 'utf8')) as { events: unknown[] }).events
    .length;

describe('check:content (scripts/check-content.ts) on the real content', { timeout: scriptTimeout }, () => {
  it('exits 0 and prints only the German all-clear line with the numbers of articles and topics', () => {
    // With the operator details filled in; the real ones are placeholders (next test).
    const contentDir = copyOfContent();
    const run = checkContent(contentDir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `Inhalt geprüft: ${articleFiles(contentDir).length} Artikel, ${themenCount(contentDir)} Themen, 3 Datensätze, Zeitleiste mit ${timelineEventCount(contentDir)} Ereignissen – alles in Ordnung.\n`,
    );
    expect(run.status).toBe(0);
  });

  it('warns about every operator placeholder in betreiber.yaml with line and field, and still exits 0', () => {
    const contentDir = copyOfRealContent();
    const run = checkContent(contentDir);
    const lines = run.stdout.trimEnd().split('\n');
    const warnings = lines.slice(0, lines.indexOf(''));
    expect(warnings.length).toBeGreaterThan(0);
    for (const line of warnings) {
      expect(line).toMatch(
        new RegExp(
          `^${shown(contentDir)}/betreiber\\.yaml:\\d+  Warnung: [a-zA-Z.]+: Platzhalter „\\[[^\\]]+\\]“ ist noch nicht ersetzt – `,
        ),
      );
    }
    expect(warnings[0]).toContain('name: Platzhalter „[Name des Betreibers]“');
    expect(lines.at(-1)).toMatch(/– alles in Ordnung bis auf die Warnungen oben\.$/);
    expect(run.status).toBe(0);
  });
});

describe('check:content (scripts/check-content.ts) on tests/fixtures/checks', { timeout: scriptTimeout }, () => {
  // The script looks for images in the project's public/, not in the fixture's own; the expected
  // lines below are the ones that do not depend on images.
  const folder = 'tests/fixtures/checks/artikel';
  let run: ScriptRun;
  let lines: string[];
  beforeAll(() => {
    run = checkContent('tests/fixtures/checks', buildNow);
    lines = run.stdout.trimEnd().split('\n');
  }, scriptTimeout);
  const issueLines = () => lines.slice(0, lines.indexOf(''));
  const isWarning = (line: string) => /^\S+:\d+ {2}Warnung: /.test(line);

  it('exits 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('prints each problem as "file:line  field: message", warnings marked "Warnung:"', () => {
    expect(issueLines().length).toBeGreaterThanOrEqual(16);
    for (const line of issueLines())
      expect(line).toMatch(/^tests\/fixtures\/checks\/artikel\/[a-z0-9-]+\.md:\d+ {2}\S/);
    expect(issueLines()).toEqual(
      expect.arrayContaining([
        `${folder}/link-artikel-fehlt.md:13  Link auf „/artikel/gibt-es-nicht“ führt ins Leere: Es gibt keinen Artikel tests/fixtures/checks/artikel/gibt-es-nicht.md`,
        `${folder}/link-referenz-fehlt.md:15  Link auf „/artikel/fehlt“ führt ins Leere: Es gibt keinen Artikel tests/fixtures/checks/artikel/fehlt.md`,
        `${folder}/link-thema-fehlt.md:13  Link auf „/themen/smart-home“ führt ins Leere: Dieses Thema ist nicht in tests/fixtures/checks/themen.yaml eingetragen`,
        `${folder}/link-ressort-fehlt.md:13  Link auf „/ressorts/sport“ führt ins Leere: Dieses Ressort gibt es nicht (erlaubt: partnerschaften, expansion, zahlen, technik)`,
        `${folder}/link-seite-fehlt.md:13  Link auf „/kontakt“ führt ins Leere: Diese Seite gibt es auf der Website nicht`,
        `${folder}/bild-fremder-server.md:13  Bild „https://example.com/bilder/su7-gruen.jpg“ liegt auf einem fremden Server: Bilder bitte nach public/ legen (Datenschutz: die Website lädt nichts von Dritten)`,
        `${folder}/bild-ohne-alt.md:15  Bild „/bilder/vorhanden.jpg“ ohne Alternativtext: ![Beschreibung des Bildes](/bilder/vorhanden.jpg)`,
        `${folder}/vorspann-wiederholt-titel.md:3  teaser: wiederholt nur die Überschrift: Der Vorspann soll die Nachricht in eigenen Worten zusammenfassen (wer, was, wann)`,
        `${folder}/platzhalter-offen.md:15  Platzhalter aus der Vorlage ([[…]]) sind noch nicht ersetzt: erst ausfüllen, dann „draft: true“ löschen`,
        `${folder}/alias-ist-slug.md:12  aliases.1: „ziel-artikel“ ist die Adresse eines bestehenden Artikels (tests/fixtures/checks/artikel/ziel-artikel.md)`,
        `${folder}/alias-doppelt-b.md:13  aliases.2: „fruehere-adresse“ ist schon frühere Adresse von ${folder}/alias-doppelt-a.md`,
        `${folder}/korrektur-vor-datum.md:12  corrections.1.date: liegt vor „date“ (erlaubt: gleich oder nach dem Erscheinungsdatum)`,
      ]),
    );
  });

  it('prints the three warnings after all errors', () => {
    const issues = issueLines();
    const warnings = issues.filter(isWarning);
    expect(warnings).toEqual([
      `${folder}/datum-in-zukunft.md:4  Warnung: date: liegt in der Zukunft: Der Artikel ist geplant und erscheint erst mit dem ersten Build ab 15. Januar 2026`,
      `${folder}/link-auf-entwurf.md:13  Warnung: Link auf „/artikel/entwurf-mit-platzhalter“: Der Zielartikel ist ein Entwurf und auf der Website noch nicht zu sehen`,
      `${folder}/quelle-ohne-medium.md:11  Warnung: sources.2.name: „Deutscher Tech-Blog“ nennt kein bestimmtes Medium, und die Quelle hat keine Adresse: So können Leser sie nicht prüfen. Bitte das Medium beim Namen nennen (z. B. „IT BOLTWISE“) und die Adresse seines Berichts unter „url:“ eintragen – oder, wenn das Medium nicht bekannt ist, den Titel des Berichts in „…“ angeben oder offen sagen: „Deutscher Tech-Blog (Name unbekannt)“`,
    ]);
    expect(issues.slice(-warnings.length)).toEqual(warnings);
  });

  it('ends with a blank line, the German count of errors and warnings, and where to find help', () => {
    const errorCount = issueLines().filter((line) => !isWarning(line)).length;
    expect(lines.slice(issueLines().length)).toEqual([
      '',
      `${errorCount} Fehler, 3 Warnungen.`,
      'Bitte die Fehler beheben; Hilfe steht in CONTRIBUTING.md.',
    ]);
  });
});

describe('check:content on broken and stray files', { timeout: scriptTimeout }, () => {
  let contentDir: string;
  let run: ScriptRun;
  let articleFolder: string;
  beforeAll(() => {
    contentDir = copyOfContent();
    articleFolder = shown(path.join(contentDir, 'artikel'));
    const [first] = articleFiles(contentDir);
    const original = readFileSync(path.join(contentDir, 'artikel', first!), 'utf8');
    // The same article with Windows line breaks under a new name and title: it must pass.
    writeFileSync(
      path.join(contentDir, 'artikel', 'mit-windows-umbruechen.md'),
      original.replace(/^title: .*$/m, 'title: "Ein Artikel mit Windows-Zeilenumbrüchen"').replace(/\n/g, '\r\n'),
    );
    writeFileSync(path.join(contentDir, 'artikel', 'notizen.txt'), 'Ideen für nächste Woche');
    writeFileSync(
      path.join(contentDir, 'artikel', 'bombe.md'),
      '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n\nText.\n',
    );
    symlinkSync('/etc/passwd', path.join(contentDir, 'artikel', 'passwort.md'));
    run = checkContent(contentDir);
  }, scriptTimeout);

  it('prints each error with file and line, then the ignored file as a warning, and exits 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        `${articleFolder}/passwort.md  Verknüpfung (Symlink) auf „/etc/passwd“ außerhalb von ${shown(contentDir)}/: nicht erlaubt – Inhalte müssen als echte Dateien im Ordner liegen.`,
        `${articleFolder}/bombe.md:3  Zu viele oder zu tief verschachtelte Aliase (&name und *name): So wird der Kopfbereich nicht gelesen – Werte bitte ausschreiben. Der Text darunter (Links, Bilder, Diagramme) wird geprüft, sobald der Kopfbereich lesbar ist.`,
        `${articleFolder}/notizen.txt  Warnung: wird ignoriert: Artikel sind Dateien mit der Endung .md.`,
        '',
        '2 Fehler, 1 Warnung.',
        'Bitte die Fehler beheben; Hilfe steht in CONTRIBUTING.md.',
        '',
      ].join('\n'),
    );
  });
});

describe('new:artikel (scripts/new-article.ts)', { timeout: scriptTimeout }, () => {
  const title = 'Xiaomi eröffnet größten Store in Peking';
  let contentDir: string;
  let file: string;
  let created: ScriptRun;
  let expectedTemplates: string[];
  let filesBefore: string[];

  beforeAll(() => {
    contentDir = copyOfContent();
    file = path.join(contentDir, 'artikel', 'xiaomi-eroeffnet-groessten-store-in-peking.md');
    filesBefore = articleFiles(contentDir);
    const firstTag = (parse(readFileSync(path.join(contentDir, 'themen.yaml'), 'utf8')) as { name: string }[])[0]!.name;
    const firstAuthor = (parse(readFileSync(path.join(contentDir, 'autoren.yaml'), 'utf8')) as { name: string }[])[0]!
      .name;
    const dayBefore = berlinDay(new Date());
    created = newArticle(contentDir, title);
    const dayAfter = berlinDay(new Date());
    // The run could straddle midnight in Berlin; the file carries the day the script saw.
    expectedTemplates = [...new Set([dayBefore, dayAfter])].map((date) =>
      articleTemplate({ title, date, tag: firstTag, author: firstAuthor }),
    );
  }, scriptTimeout);

  it('creates content/artikel/<German-transliterated slug>.md and says so', () => {
    expect(created.status).toBe(0);
    expect(created.stderr).toBe('');
    expect(created.stdout.split('\n')[0]).toBe(`Angelegt: ${shown(file)}`);
    expect(articleFiles(contentDir)).toEqual([...filesBefore, 'xiaomi-eroeffnet-groessten-store-in-peking.md'].sort());
  });

  it("fills the template with the title, today's date in Berlin, the first topic of themen.yaml and the first author of autoren.yaml", () => {
    const text = readFileSync(file, 'utf8');
    expect(expectedTemplates).toContain(text);
    expect(text).toContain('title: "Xiaomi eröffnet größten Store in Peking"\n');
    expect(text).toContain('tags:\n  - "Elektroautos"\n');
    expect(text).toContain('author: "Redaktion Xiaomi im Blick"\n');
    expect(text).toContain('draft: true\n');
  });

  it('creates a draft that passes check:content', () => {
    const run = checkContent(contentDir);
    expect(run.stdout).toBe(
      `Inhalt geprüft: ${filesBefore.length + 1} Artikel, ${themenCount(contentDir)} Themen, 3 Datensätze, Zeitleiste mit ${timelineEventCount(contentDir)} Ereignissen – alles in Ordnung.\n`,
    );
    expect(run.status).toBe(0);
  });

  it('refuses to overwrite the file on a second run with the same title, and leaves it unchanged', () => {
    const original = readFileSync(file, 'utf8');
    const edited = `${original}\nSchon angefangener Text.\n`;
    writeFileSync(file, edited);
    try {
      const run = newArticle(contentDir, title);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `${shown(file)} gibt es schon – nichts überschrieben. Bitte einen anderen Titel wählen oder die Datei bearbeiten.\n`,
      );
      expect(readFileSync(file, 'utf8')).toBe(edited);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('without a title exits 1 with the usage hint and creates nothing', () => {
    const directory = copyOfContent();
    const run = newArticle(directory);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('Bitte einen Titel angeben: npm run new:artikel -- "Titel des Artikels"\n');
    expect(articleFiles(directory)).toEqual(filesBefore);
  });

  it('with a title without letters or digits exits 1 and explains why', () => {
    const directory = copyOfContent();
    const run = newArticle(directory, '!!! – ???');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'Aus „!!! – ???“ lässt sich keine Adresse bilden: Der Titel braucht Buchstaben oder Ziffern.\n',
    );
    expect(articleFiles(directory)).toEqual(filesBefore);
  });

  it('makes check:content fail with the placeholder error once "draft: true" is removed', () => {
    const directory = copyOfContent(contentDir);
    const published = path.join(directory, 'artikel', path.basename(file));
    const withoutDraft = readFileSync(published, 'utf8').replace('draft: true\n', '');
    expect(withoutDraft).not.toContain('draft:');
    writeFileSync(published, withoutDraft);
    const run = checkContent(directory);
    expect(run.status).toBe(1);
    // The first placeholder is the kicker's, on line 5 of the template.
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `${shown(published)}:5  Platzhalter aus der Vorlage ([[…]]) sind noch nicht ersetzt: erst ausfüllen, dann „draft: true“ löschen`,
      '',
      '1 Fehler, 0 Warnungen.',
      'Bitte die Fehler beheben; Hilfe steht in CONTRIBUTING.md.',
    ]);
  });
});
