import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import PrivacyPage from '@/app/datenschutz/page';
import ImprintPage from '@/app/impressum/page';
import { formatIssue } from '@/lib/content/issues';
import { readContent } from '@/lib/content/load';
import { isPlaceholder, operatorSchema, placeholderPaths } from '@/lib/content/operator';
import { contentErrorFrom, readFixture, removeTempDirs, testOperatorYaml, writeTempContent } from './helpers';

afterAll(removeTempDirs);

// Loading content reads and renders articles: slow on a busy machine.
const slow = { timeout: 60_000 };

const themen = readFixture('valid/themen.yaml');
const article = readFixture('valid/artikel/su7-auslieferungen-steigen.md');

/** A content set with one valid article and the given betreiber.yaml (null: none). */
function contentWith(betreiber: string | null): string {
  return writeTempContent({
    'themen.yaml': themen,
    'artikel/su7-auslieferungen-steigen.md': article,
    'betreiber.yaml': betreiber,
  });
}

/** Messages for betreiber.yaml as `check:content` prints them, with the temp folder cut off. */
function operatorIssues(betreiber: string | null): string[] {
  return contentErrorFrom(contentWith(betreiber)).issues.map((issue) =>
    formatIssue(issue).replace(/^\S*?\/(betreiber\.yaml)/, '$1'),
  );
}

const placeholderOperator = testOperatorYaml
  .replace('name: "Beispiel Medien GmbH"', 'name: "[Name des Betreibers]"')
  .replace('  city: "Berlin"\nemail', '  city: "[Ort]"\nemail')
  .replace('logRetention: "7 Tage"', 'logRetention: "[Speicherdauer]"');

const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('content/betreiber.yaml of the real site', () => {
  const content = readContent(path.resolve('content'));

  it(
    'loads, and every field that is still a placeholder is a warning (not an error) naming file, line and field',
    slow,
    () => {
      const warnings = content.warnings.filter((warning) => warning.file === 'content/betreiber.yaml');
      expect(warnings.length).toBe(content.operator.placeholders.length);
      expect(warnings.map((warning) => warning.field)).toEqual(content.operator.placeholders);
      for (const warning of warnings) {
        expect(warning.severity).toBe('warning');
        expect(warning.line).toBeGreaterThan(0);
      }
      // Until the real details are entered the legal pages must admit it.
      expect(content.operator.placeholders).toContain('name');
      expect(formatIssue(warnings[0]!)).toBe(
        'content/betreiber.yaml:9  Warnung: name: Platzhalter „[Name des Betreibers]“ ist noch nicht ersetzt – bis dahin zeigen Impressum und Datenschutzerklärung „Angaben noch nicht vollständig“ (welche Angaben das Gesetz verlangt: docs/legal.md)',
      );
    },
  );
});

describe('the operator schema', () => {
  it('reads complete details, defaults the country to Deutschland and finds no placeholder', () => {
    const parsed = operatorSchema.parse({
      name: ' Beispiel Medien GmbH ',
      address: { street: 'Musterweg 1', postalCode: '10115', city: 'Berlin' },
      email: 'redaktion@example.org',
      responsible: {
        name: 'Anna Beispiel',
        address: { street: 'Musterweg 1', postalCode: '10115', city: 'Berlin', country: 'Österreich' },
      },
      hosting: { name: 'Beispiel Hosting AG', address: 'Serverstraße 2, 20095 Hamburg' },
      logRetention: '7 Tage',
    });
    expect(parsed.name).toBe('Beispiel Medien GmbH');
    expect(parsed.address.country).toBe('Deutschland');
    expect(parsed.responsible.address.country).toBe('Österreich');
    expect(parsed.phone).toBeUndefined();
    expect(placeholderPaths(parsed)).toEqual([]);
  });

  it('lets placeholders in square brackets pass, even where a format is checked (e-mail)', () => {
    expect(isPlaceholder('[E-Mail-Adresse]')).toBe(true);
    expect(isPlaceholder('Musterweg 1')).toBe(false);
    const result = operatorSchema.safeParse({
      name: '[Name]',
      address: { street: '[Straße]', postalCode: '[PLZ]', city: '[Ort]' },
      email: '[E-Mail-Adresse]',
      responsible: { name: '[Name]', address: { street: '[Straße]', postalCode: '[PLZ]', city: '[Ort]' } },
      hosting: { name: '[Hoster]', address: '[Anschrift]' },
      logRetention: '[Speicherdauer]',
    });
    expect(result.success).toBe(true);
    expect(placeholderPaths(result.data).map((at) => at.join('.'))).toEqual([
      'name',
      'address.street',
      'address.postalCode',
      'address.city',
      'email',
      'responsible.name',
      'responsible.address.street',
      'responsible.address.postalCode',
      'responsible.address.city',
      'hosting.name',
      'hosting.address',
      'logRetention',
    ]);
  });
});

describe('betreiber.yaml in a content set', () => {
  it('complete test details load without warnings', slow, () => {
    const content = readContent(contentWith(testOperatorYaml));
    expect(content.warnings).toEqual([]);
    expect(content.operator).toMatchObject({
      name: 'Beispiel Medien GmbH',
      email: 'redaktion@example.org',
      placeholders: [],
    });
  });

  it('placeholders are warnings with the line and field of each, the content still loads', slow, () => {
    const content = readContent(contentWith(placeholderOperator));
    expect(content.warnings.map((warning) => [warning.line, warning.field, warning.severity])).toEqual([
      [lineOf(placeholderOperator, 'name: "[Name'), 'name', 'warning'],
      [lineOf(placeholderOperator, '[Ort]'), 'address.city', 'warning'],
      [lineOf(placeholderOperator, 'logRetention'), 'logRetention', 'warning'],
    ]);
    expect(content.warnings[0]!.file).toMatch(/\/betreiber\.yaml$/);
    expect(content.operator.placeholders).toEqual(['name', 'address.city', 'logRetention']);
  });

  it('a missing file stops the build', slow, () => {
    expect(operatorIssues(null)).toEqual([
      'betreiber.yaml  Datei fehlt: Sie enthält die Angaben zum Betreiber für Impressum und Datenschutzerklärung (siehe docs/legal.md).',
    ]);
  });

  it('an unknown field is an error on its own line, with "meinten Sie …?" for German field names', slow, () => {
    const yaml = `${testOperatorYaml}telefon: "+49 30 1234567"\n`;
    expect(operatorIssues(yaml)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^betreiber\\.yaml:${lineOf(yaml, 'telefon')}  telefon: unbekanntes Feld – meinten Sie „phone“\\? \\(erlaubt: name, representative, address, email, phone, `,
        ),
      ),
    ]);
  });

  it('an unknown field in the address is an error on its line', slow, () => {
    const yaml = testOperatorYaml.replace('  city: "Berlin"\nemail', '  city: "Berlin"\n  hausnummer: "1"\nemail');
    expect(operatorIssues(yaml)).toEqual([
      `betreiber.yaml:${lineOf(yaml, 'hausnummer')}  address.hausnummer: unbekanntes Feld`,
    ]);
  });

  it('wrong types and formats are German errors with file, line and field', slow, () => {
    const yaml = testOperatorYaml
      .replace('email: "redaktion@example.org"', 'email: "redaktion at example.org"')
      .replace(
        '  street: "Musterweg 1"\n  postalCode: "10115"\n  city: "Berlin"\nemail',
        '  street: "Postfach 12 34"\n  postalCode: 10115\n  city: "Berlin"\nemail',
      )
      .replace('logRetention: "7 Tage"', 'logRetention: 7');
    expect(operatorIssues(yaml)).toEqual([
      `betreiber.yaml:${lineOf(yaml, 'Postfach')}  address.street: ein Postfach reicht nicht: Das Impressum braucht eine Anschrift, unter der Post zugestellt werden kann (Straße und Hausnummer)`,
      `betreiber.yaml:${lineOf(yaml, 'postalCode: 10115')}  address.postalCode: muss ein Text sein (in Anführungszeichen setzen hilft)`,
      `betreiber.yaml:${lineOf(yaml, 'email:')}  email: ist keine E-Mail-Adresse (erlaubt: name@beispiel.de)`,
      `betreiber.yaml:${lineOf(yaml, 'logRetention')}  logRetention: muss ein Text sein (in Anführungszeichen setzen hilft)`,
    ]);
  });

  it('a missing section is an error naming the field and what belongs there', slow, () => {
    const yaml = testOperatorYaml.replace(/\nresponsible:\n(?: {2}.*\n)+/, '\n');
    expect(yaml).not.toContain('responsible');
    expect(operatorIssues(yaml)).toEqual([
      'betreiber.yaml  responsible: Pflichtfeld fehlt: der für den Inhalt verantwortlichen Person (§ 18 Abs. 2 MStV) mit „name“ und „address“',
    ]);
  });

  it('a YAML syntax error names its line', slow, () => {
    const yaml = testOperatorYaml.replace('email: "redaktion@example.org"', 'email: "redaktion@example.org');
    const [message] = operatorIssues(yaml);
    expect(message).toMatch(/^betreiber\.yaml:\d+ {2}\S/);
  });
});

describe('Impressum and Datenschutzerklärung read betreiber.yaml', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const render = (betreiber: string) => {
    vi.stubEnv('CONTENT_DIR', contentWith(betreiber));
    return { imprint: renderToStaticMarkup(<ImprintPage />), privacy: renderToStaticMarkup(<PrivacyPage />) };
  };

  it('with placeholders both pages say visibly that the details are not complete', slow, () => {
    const { imprint, privacy } = render(placeholderOperator);
    for (const html of [imprint, privacy]) {
      expect(html).toContain(
        '<p class="placeholder-note" role="note"><strong>Angaben noch nicht vollständig:</strong>',
      );
      expect(html).toContain('[Name des Betreibers]');
    }
    expect(privacy).toContain('Speicherdauer der Protokolle: [Speicherdauer].');
  });

  it('with complete details they show them without the notice', slow, () => {
    const { imprint, privacy } = render(testOperatorYaml);
    for (const html of [imprint, privacy]) {
      expect(html).not.toContain('placeholder-note');
      expect(html).not.toContain('noch nicht vollständig');
      expect(html).toContain('Beispiel Medien GmbH<br/>Musterweg 1<br/>10115 Berlin<br/>Deutschland');
      expect(html).toContain('<a href="mailto:redaktion@example.org">redaktion@example.org</a>');
    }
    expect(imprint).toContain('<h2>Angaben gemäß § 5 DDG</h2>');
    expect(imprint).toContain('Vertreten durch: Geschäftsführerin: Anna Beispiel');
    expect(imprint).toContain(
      '<h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2><p>Anna Beispiel<br/>Musterweg 1',
    );
    expect(imprint).not.toContain('Registergericht');
    expect(imprint).not.toContain('Telefon');
    expect(privacy).toContain('Die Website liegt bei Beispiel Hosting AG, Serverstraße 2, 20095 Hamburg, Deutschland.');
    expect(privacy).toContain('<a href="https://example.org/datenschutz">https://example.org/datenschutz</a>');
    expect(privacy).toContain('Speicherdauer der Protokolle: 7 Tage.');
  });

  it('prints markup in the details as text', slow, () => {
    const { imprint } = render(testOperatorYaml.replace('Beispiel Medien GmbH', '<script>alert(1)</script> GmbH'));
    expect(imprint).not.toContain('<script>');
    expect(imprint).toContain('&lt;script&gt;alert(1)&lt;/script&gt; GmbH');
  });
});

describe('one field list', () => {
  const fields = Object.keys(operatorSchema.shape);

  it('docs/legal.md names every field of the schema in its table, with the law behind it', () => {
    const doc = readFileSync(path.resolve('docs/legal.md'), 'utf8');
    for (const field of fields) expect(doc, field).toMatch(new RegExp(`^\\| \`${field}\` \\|`, 'm'));
  });

  it('content/betreiber.yaml shows every field, filled in or as a commented example', () => {
    const yaml = readFileSync(path.resolve('content/betreiber.yaml'), 'utf8');
    for (const field of fields) expect(yaml, field).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
  });
});
