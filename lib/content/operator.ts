import { z } from 'zod';
import { fieldName } from './schema-issues';
import { withoutControlCharacters } from './schema';

/**
 * The operator of the site (content/betreiber.yaml): who answers for it under German law. The
 * Impressum (§ 5 DDG, § 18 Abs. 2 MStV) and the Datenschutzerklärung (Art. 13 DSGVO) are built from
 * these fields; which law asks for which field is explained in docs/legal.md.
 *
 * Until the real details are known, values are placeholders in square brackets („[Name des
 * Betreibers]“): they pass the schema, `check:content` warns about each one, and both pages say
 * visibly that their details are not complete yet.
 */

/** A value still waiting for the real details: text in square brackets, e.g. „[Straße und Hausnummer]“. */
const placeholderPattern = /\[[^\]\n]*\]/;

export function isPlaceholder(value: string): boolean {
  return placeholderPattern.test(value);
}

const requiredText = (missing: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `Pflichtfeld fehlt: ${missing}` : 'muss ein Text sein (in Anführungszeichen setzen hilft)',
    })
    .check(withoutControlCharacters)
    .trim()
    .min(1, { error: `darf nicht leer sein: ${missing} (solange sie fehlt, einen Platzhalter in eckigen Klammern eintragen)` });

/** A text with a format of its own (e-mail, phone, address): a placeholder passes until it is replaced. */
const formatted = (missing: string, valid: (value: string) => boolean, allowed: string) =>
  requiredText(missing).refine((value) => isPlaceholder(value) || valid(value), { error: allowed });

const emailField = formatted(
  'die E-Mail-Adresse für schnellen Kontakt (§ 5 Abs. 1 Nr. 2 DDG)',
  (value) => /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i.test(value),
  'ist keine E-Mail-Adresse (erlaubt: name@beispiel.de)',
);

const webAddress = (missing: string) =>
  formatted(
    missing,
    (value) => /^https:\/\/[^\s/]+\.[^\s]*$/i.test(value),
    'muss eine vollständige Adresse sein, die mit https:// beginnt',
  );

/** A postal address: no P.O. box for the Impressum (a „ladungsfähige Anschrift“ is where letters can be served). */
const addressSchema = z.strictObject(
  {
    street: formatted(
      'Straße und Hausnummer (kein Postfach)',
      (value) => !/\bpostfach\b/i.test(value),
      'ein Postfach reicht nicht: Das Impressum braucht eine Anschrift, unter der Post zugestellt werden kann (Straße und Hausnummer)',
    ),
    postalCode: requiredText('die Postleitzahl'),
    city: requiredText('der Ort'),
    country: requiredText('das Land').default('Deutschland'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? undefined
        : issue.input === undefined
          ? 'Pflichtfeld fehlt: die Anschrift mit „street“, „postalCode“ und „city“'
          : 'muss eine Anschrift sein: „street“, „postalCode“, „city“ (optional „country“)',
  },
);

const personSchema = (what: string) =>
  z.strictObject(
    {
      name: requiredText(`der Name ${what}`),
      address: addressSchema,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? undefined
          : issue.input === undefined
            ? `Pflichtfeld fehlt: ${what} mit „name“ und „address“`
            : `muss „name“ und „address“ ${what} enthalten`,
    },
  );

const optionalText = (what: string) => requiredText(what).optional();

export const operatorSchema = z.strictObject(
  {
    /** The provider: a natural person's full name, or a company's name with its legal form. */
    name: requiredText('der Name des Anbieters – eine Person mit Vor- und Nachnamen oder eine Firma mit Rechtsform'),
    /** For a legal person: who may represent it (Geschäftsführerin, Vorstand …). */
    representative: optionalText('wer die Firma vertritt, z. B. „Geschäftsführerin: Anna Beispiel“'),
    address: addressSchema,
    email: emailField,
    /** Optional: the e-mail address already is the fast electronic contact § 5 DDG asks for. */
    phone: formatted(
      'eine Telefonnummer',
      (value) => /^\+?[\d\s/()-]{6,}$/.test(value),
      'ist keine Telefonnummer (erlaubt: Ziffern, Leerzeichen, +, /, - und Klammern, z. B. „+49 30 1234567“)',
    ).optional(),
    /** Only for companies in a register: court and number. */
    register: z
      .strictObject(
        { court: requiredText('das Registergericht, z. B. „Amtsgericht Berlin-Charlottenburg“'), number: requiredText('die Registernummer, z. B. „HRB 123456“') },
        { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'muss „court“ und „number“ enthalten (nur für eingetragene Firmen)') },
      )
      .optional(),
    /** Only if there is one: the VAT identification number (§ 27a UStG). */
    vatId: optionalText('die Umsatzsteuer-Identifikationsnummer'),
    /** The person responsible for journalistic content under § 18 Abs. 2 MStV, with their address. */
    responsible: personSchema('der für den Inhalt verantwortlichen Person (§ 18 Abs. 2 MStV)'),
    /** Where the site is hosted: the processor the Datenschutzerklärung names for the server logs. */
    hosting: z.strictObject(
      {
        name: requiredText('der Name des Hosting-Anbieters'),
        address: requiredText('die Anschrift des Hosting-Anbieters in einer Zeile'),
        privacyUrl: webAddress('die Datenschutzerklärung des Hosting-Anbieters').optional(),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? undefined
            : issue.input === undefined
              ? 'Pflichtfeld fehlt: der Hosting-Anbieter mit „name“ und „address“ (für die Datenschutzerklärung)'
              : 'muss „name“ und „address“ des Hosting-Anbieters enthalten (optional „privacyUrl“)',
      },
    ),
    /** How long the web server keeps its logs, as the Datenschutzerklärung states it („7 Tagen“). */
    logRetention: requiredText('wie lange die Server-Protokolle gespeichert werden, z. B. „7 Tage“'),
    /** Only if one is appointed (Art. 37 DSGVO): the data protection officer's contact. */
    dataProtectionOfficer: z
      .strictObject(
        { name: requiredText('der Name der oder des Datenschutzbeauftragten'), email: emailField },
        { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'muss „name“ und „email“ enthalten (nur wenn eine Person benannt ist)') },
      )
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? undefined
        : 'muss Felder der Form „name: Wert“ enthalten: name, address, email, responsible, hosting, logRetention (siehe docs/legal.md)',
  },
);

export type OperatorInput = z.input<typeof operatorSchema>;

/** A postal address as the pages print it. */
export type PostalAddress = z.output<typeof addressSchema>;

/** The operator details as the pages read them, with the fields that are still placeholders. */
export type Operator = z.output<typeof operatorSchema> & {
  /** Every field still holding a placeholder, as editors see it (`address.street`); empty when complete. */
  readonly placeholders: readonly string[];
};

/** The fields still holding a placeholder, as paths into the data, in the order of the schema. */
export function placeholderPaths(value: unknown, at: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return isPlaceholder(value) ? [[...at]] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderPaths(item, [...at, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...at, key]));
  }
  return [];
}

/** The validated details with their placeholders listed. */
export function toOperator(data: z.output<typeof operatorSchema>): Operator {
  return { ...data, placeholders: placeholderPaths(data).map((path) => fieldName(path)) };
}

/** The warning `check:content` gives for one placeholder. */
export function placeholderWarning(value: string): string {
  return `Platzhalter „${value}“ ist noch nicht ersetzt – bis dahin zeigen Impressum und Datenschutzerklärung „Angaben noch nicht vollständig“ (welche Angaben das Gesetz verlangt: docs/legal.md)`;
}
