import { z } from 'zod';
import { bankCodes, caseTypes } from '@waiji/domain';
import { cardLast4, createClientRequest, importColumns, priorities, tag } from '@waiji/contract';
import { CsvError } from './csv';

/**
 * What makes a row of an import file valid, without I/O: the header names known columns, each row parses as a
 * client (the API's own create-client schema) with an optional case, and an externalRef appears once per file.
 */

export const MAX_ROWS = 100_000;

export type ImportColumn = (typeof importColumns)[number];

export type ImportError = { line: number; field?: string; message: string };

/** A valid row: the client as the API creates one (the passport number still in clear) and its case, if any. */
export type ValidRow = {
  externalRef: string;
  client: {
    passportName: string;
    bankName: string | null;
    nationality: string | null;
    birthDate: string | null;
    passportNumber: string | null;
    passportExpiry: string | null;
    visaType: string | null;
    visaExpiry: string | null;
    phone: string | null;
    email: string | null;
    preferredLanguage: string | null;
  };
  case: { type: string; bank: string | null; cardLast4: string | null; tags: string[]; priority: string } | null;
};

export type RowOutcome = { row: ValidRow } | { errors: ImportError[] };

const caseColumns = z.object({
  caseType: z.enum(caseTypes).optional(),
  bank: z.enum(bankCodes).optional(),
  cardLast4: cardLast4.optional(),
  tags: z.array(tag).max(20).optional(),
  priority: z.enum(priorities).optional(),
});

const known = new Map<string, ImportColumn>(importColumns.map((column) => [column.toLowerCase(), column]));

/** The first line: known column names (any case), none twice, externalRef and passportName present. */
export function readHeader(fields: string[]): ImportColumn[] {
  const columns = fields.map((name) => name.trim());
  const unknown = columns.filter((name) => !known.has(name.toLowerCase()));
  if (unknown.length > 0) {
    throw new CsvError(`Unknown column(s): ${unknown.join(', ')}. Known columns: ${importColumns.join(', ')}`, 1);
  }
  const header = columns.map((name) => known.get(name.toLowerCase()) as ImportColumn);
  const duplicate = header.find((name, index) => header.indexOf(name) !== index);
  if (duplicate) throw new CsvError(`Column ${duplicate} appears twice`, 1);
  for (const required of ['externalRef', 'passportName'] as const) {
    if (!header.includes(required)) throw new CsvError(`The column ${required} is required`, 1);
  }
  return header;
}

/** One row on its own: a client and an optional case, or every error of the row. */
export function validateRow(header: ImportColumn[], fields: string[], line: number): RowOutcome {
  if (fields.length !== header.length) {
    return { errors: [{ line, message: `Expected ${header.length} fields, found ${fields.length}` }] };
  }
  const values: Record<string, string> = {};
  header.forEach((name, index) => {
    const value = (fields[index] ?? '').trim();
    if (value !== '') values[name] = value;
  });
  const errors: ImportError[] = [];
  const { caseType, bank, cardLast4: card, tags, priority, ...clientValues } = values;
  const client = createClientRequest.safeParse(clientValues);
  if (!client.success) {
    for (const issue of client.error.issues)
      errors.push({ line, field: String(issue.path[0] ?? ''), message: issue.message });
  }
  if (!values['externalRef']) {
    errors.push({ line, field: 'externalRef', message: 'is required (it is how a re-import recognises the client)' });
  }
  const caseFields = caseColumns.safeParse({
    caseType,
    bank,
    cardLast4: card,
    tags: tags
      ?.split(/[;|]/)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
    priority: priority?.toUpperCase(),
  });
  if (!caseFields.success) {
    for (const issue of caseFields.error.issues)
      errors.push({ line, field: String(issue.path[0] ?? ''), message: issue.message });
  }
  if (caseFields.success && !caseFields.data.caseType && (bank || card || tags || priority)) {
    errors.push({ line, field: 'caseType', message: 'is required when bank, cardLast4, tags or priority is given' });
  }
  if (errors.length > 0 || !client.success || !caseFields.success) return { errors };
  const c = client.data;
  const kase = caseFields.data;
  return {
    row: {
      externalRef: c.externalRef as string,
      client: {
        passportName: c.passportName,
        bankName: c.bankName ?? null,
        nationality: c.nationality ?? null,
        birthDate: c.birthDate ?? null,
        passportNumber: c.passportNumber ?? null,
        passportExpiry: c.passportExpiry ?? null,
        visaType: c.visaType ?? null,
        visaExpiry: c.visaExpiry ?? null,
        phone: c.phone ?? null,
        email: c.email ?? null,
        preferredLanguage: c.preferredLanguage ?? null,
      },
      case: kase.caseType
        ? {
            type: kase.caseType,
            bank: kase.bank ?? null,
            cardLast4: kase.cardLast4 ?? null,
            tags: [...new Set(kase.tags ?? [])],
            priority: kase.priority ?? 'NORMAL',
          }
        : null,
    },
  };
}

/**
 * The records of one file in order: the header, then rows. A file that cannot be imported at all (a bad header,
 * too many rows, no header) throws CsvError; a bad row is an outcome with its errors, and so is a second row with
 * an externalRef seen before.
 */
export class ImportFile {
  private header: ImportColumn[] | null = null;
  private readonly seen = new Map<string, number>();
  /** Data rows read so far (the header not counted). */
  rows = 0;

  constructor(private readonly maxRows = MAX_ROWS) {}

  /** undefined for the header line. */
  read(record: { fields: string[]; line: number }): RowOutcome | undefined {
    if (!this.header) {
      this.header = readHeader(record.fields);
      return undefined;
    }
    this.rows += 1;
    if (this.rows > this.maxRows) throw new CsvError(`More than ${this.maxRows} rows; split the file`, record.line);
    const outcome = validateRow(this.header, record.fields, record.line);
    if ('errors' in outcome) return outcome;
    const { externalRef } = outcome.row;
    const firstLine = this.seen.get(externalRef);
    if (firstLine !== undefined) {
      return {
        errors: [
          {
            line: record.line,
            field: 'externalRef',
            message: `externalRef ${externalRef} already appears on line ${firstLine}`,
          },
        ],
      };
    }
    this.seen.set(externalRef, record.line);
    return outcome;
  }

  /** At the end of the file: one without even a header is refused. */
  finish(): void {
    if (!this.header) throw new CsvError('The file is empty; the first line must name the columns', 1);
  }
}
