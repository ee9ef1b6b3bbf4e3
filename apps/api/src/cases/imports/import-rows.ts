import type { z } from 'zod';
import {
  type Bilingual,
  type CaseFileColumn,
  type CaseFileColumnKey,
  caseFileColumn,
  type CaseFileValues,
  type CaseType,
  caseTypeShortLabels,
  type DateOrder,
  type Language,
  looksLikeBank,
  readHeader,
} from '@waiji/domain';
import { createClientRequest, tag } from '@waiji/contract';
import { CsvError, type CsvRecord } from './csv';

/**
 * What makes a row of an import file valid, without I/O. The header names columns of the case file (domain's
 * `caseFileColumns`: key, English or Chinese label, or a synonym); each cell is read by its column's reader (labels,
 * synonyms, dates, phones, tags) and the client is checked by the API's own create-client schema. Every problem is
 * worded for a person, in the uploader's language: the row as a spreadsheet numbers it, the column as the file
 * names it, the value, and an accepted value close to it.
 *
 * A row names its client by a Reference (externalRef), or by the Client ID or Case ID an export wrote; one row per
 * client and case type (or case ID), and the rows of one client agree on the client's details.
 */

export const MAX_ROWS = 100_000;

export type ImportError = {
  line: number;
  row?: number;
  field?: string;
  column?: string;
  message: string;
  suggestion?: string;
};

export type ImportSettings = { language: Language; dateOrder?: DateOrder | undefined };

/** A valid row: the client as the API creates one (the passport number still in clear) and its case, if any. */
export type ValidRow = {
  externalRef: string | null;
  /** A client of the organization the row names (from an export); checked against the database when staged. */
  clientId: string | null;
  /** A case of the organization the row names (from an export): it exists already, nothing is created for it. */
  caseId: string | null;
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

/** One column of the file as read from its header; null for columns the import skips (the export's information). */
type FileColumn = { column: CaseFileColumn; header: string } | null;

const say = (language: Language, text: Bilingual) => text[language];

/** "Row 7, column 'Bank': 'Bank of Chna' is not a bank we know — did you mean 'Bank of China'?" */
export function rowProblem(
  settings: ImportSettings,
  at: { line: number; row: number },
  column: { key: string; header: string } | undefined,
  problem: Bilingual,
  suggestion?: string,
): ImportError {
  const { language } = settings;
  const where = column
    ? say(language, {
        en: `Row ${at.row}, column '${column.header}': `,
        zh: `第 ${at.row} 行，“${column.header}”列：`,
      })
    : say(language, { en: `Row ${at.row}: `, zh: `第 ${at.row} 行：` });
  const hint =
    suggestion === undefined
      ? ''
      : say(language, { en: ` — did you mean '${suggestion}'?`, zh: `——是不是“${suggestion}”？` });
  return {
    line: at.line,
    row: at.row,
    ...(column ? { field: column.key, column: column.header } : {}),
    message: `${where}${problem[language]}${hint}`,
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

const label = (key: CaseFileColumnKey, language: Language) => caseFileColumn(key).label[language];

/**
 * The header: every column known (a near miss gets its "did you mean"), none twice, the passport name present and a
 * way to name each row's client (Reference, Client ID or Case ID). Empty header cells are columns to skip.
 */
export function readFileHeader(fields: string[], settings: ImportSettings): FileColumn[] {
  const { language } = settings;
  const problems: string[] = [];
  const seen = new Map<CaseFileColumnKey, string>();
  const columns = fields.map((raw): FileColumn => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    if (header === '') return null;
    const found = readHeader(header);
    if (found.key === undefined) {
      problems.push(
        found.suggestion === undefined
          ? say(language, { en: `unknown column '${header}'`, zh: `未知的列“${header}”` })
          : say(language, {
              en: `unknown column '${header}' — did you mean '${found.suggestion}'?`,
              zh: `未知的列“${header}”——是不是“${found.suggestion}”？`,
            }),
      );
      return null;
    }
    const earlier = seen.get(found.key);
    if (earlier !== undefined) {
      problems.push(
        say(language, {
          en: `the columns '${earlier}' and '${header}' are the same column (${label(found.key, 'en')})`,
          zh: `“${earlier}”和“${header}”是同一列（${label(found.key, 'zh')}）`,
        }),
      );
    }
    seen.set(found.key, header);
    const column = caseFileColumn(found.key);
    return column.role === 'info' ? null : { column, header };
  });
  if (!seen.has('passportName')) {
    problems.push(
      say(language, {
        en: `the column '${label('passportName', 'en')}' is missing (the name exactly as on the passport)`,
        zh: `缺少“${label('passportName', 'zh')}”列（与护照上完全一致的姓名）`,
      }),
    );
  }
  if (!seen.has('externalRef') && !seen.has('clientId') && !seen.has('caseId')) {
    problems.push(
      say(language, {
        en: `the column '${label('externalRef', 'en')}' is missing: your own number for each client (student number…), how a later import recognises them`,
        zh: `缺少“${label('externalRef', 'zh')}”列：你为每位客户编的号码（学号等），之后再次导入时据此识别客户`,
      }),
    );
  }
  if (problems.length > 0) {
    const list = problems.join(say(language, { en: '; ', zh: '；' }));
    throw new CsvError(
      say(language, {
        en: `The first row must name the columns: ${list}. The template lists every column Waiji reads.`,
        zh: `第一行须为列名：${list}。模板列出了 Waiji 能读取的所有列。`,
      }),
      1,
    );
  }
  return columns;
}

/** A zod issue of the create-client schema, in words (never repeating a passport number). */
function clientIssue(issue: z.core.$ZodIssue, value: string | undefined, key: string): Bilingual {
  if (issue.code === 'too_big') {
    return { en: `is longer than ${String(issue.maximum)} characters`, zh: `超过 ${String(issue.maximum)} 个字符` };
  }
  if (issue.code === 'too_small' || value === undefined) return { en: 'is required', zh: '必填' };
  if (issue.code === 'custom') {
    return {
      en: 'contains control characters, line breaks or invisible characters',
      zh: '含有控制字符、换行或不可见字符',
    };
  }
  if (key === 'email') return { en: `'${value}' is not an email address`, zh: `“${value}”不是有效的邮箱地址` };
  if (key === 'passportNumber') return { en: 'must be 3–20 letters and digits', zh: '须为 3–20 位字母和数字' };
  return { en: `'${value}' ${issue.message}`, zh: `“${value}”${issue.message}` };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cell as a spreadsheet may hand it back: trimmed, and the ' the export put before = + - @ taken off again. */
const cellText = (raw: string | undefined) => {
  const text = (raw ?? '').trim();
  return text.startsWith("'") ? text.replace(/^'(?=[=+\-@\t\r])/, '') : text;
};

const headers = new WeakMap<FileColumn[], Map<CaseFileColumnKey, { key: string; header: string }>>();

/** Each column's key and header as the file writes it, worked out once per file. */
function headersOf(columns: FileColumn[]): Map<CaseFileColumnKey, { key: string; header: string }> {
  let found = headers.get(columns);
  if (!found) {
    found = new Map();
    for (const entry of columns)
      if (entry) found.set(entry.column.key, { key: entry.column.key, header: entry.header });
    headers.set(columns, found);
  }
  return found;
}

/** One row on its own: a client and an optional case, or every problem of the row. */
export function validateRow(columns: FileColumn[], record: CsvRecord, settings: ImportSettings): RowOutcome {
  const at = { line: record.line, row: record.row };
  const { fields } = record;
  const errors: ImportError[] = [];
  const extra = fields.slice(columns.length).filter((field) => field.trim() !== '');
  if (extra.length > 0) {
    return {
      errors: [
        rowProblem(settings, at, undefined, {
          en: `has ${fields.length} values but the first row names ${columns.length} columns (a comma inside a value needs quotes)`,
          zh: `有 ${fields.length} 个值，但第一行只有 ${columns.length} 列（值中的逗号需要加引号）`,
        }),
      ],
    };
  }
  const values: Partial<CaseFileValues> = {};
  const raw: Partial<Record<CaseFileColumnKey, string>> = {};
  const where = headersOf(columns);
  columns.forEach((entry, index) => {
    if (!entry) return;
    const { column } = entry;
    const text = cellText(fields[index]);
    if (text === '') return;
    raw[column.key] = text;
    const cell = column.read(text, settings);
    if (cell.ok) (values as Record<string, unknown>)[column.key] = cell.value;
    else errors.push(rowProblem(settings, at, where.get(column.key), cell.problem.message, cell.problem.suggestion));
  });
  const columnOf = (key: CaseFileColumnKey) =>
    where.get(key) ?? { key, header: caseFileColumn(key).label[settings.language] };

  for (const key of ['clientId', 'caseId'] as const) {
    const id = values[key];
    if (id !== undefined && !UUID.test(id)) {
      delete values[key];
      errors.push(
        rowProblem(settings, at, columnOf(key), {
          en: `'${id}' is not an ID Waiji wrote; leave it empty for a new ${key === 'clientId' ? 'client' : 'case'}`,
          zh: `“${id}”不是 Waiji 导出的 ID；新${key === 'clientId' ? '客户' : '案件'}请留空`,
        }),
      );
    }
  }
  if (
    values.externalRef === undefined &&
    values.clientId === undefined &&
    values.caseId === undefined &&
    !raw.clientId &&
    !raw.caseId
  ) {
    errors.push(
      rowProblem(settings, at, columnOf('externalRef'), {
        en: 'is required for a new client: your own number for them, how a later import recognises them',
        zh: '新客户必填：你为客户编的号码，之后再次导入时据此识别',
      }),
    );
  }
  const bankAsName = values.bankName === undefined ? undefined : looksLikeBank(values.bankName);
  if (bankAsName) {
    errors.push(
      rowProblem(settings, at, columnOf('bankName'), {
        en: `'${values.bankName ?? ''}' is a bank, not the client’s name at the bank: the bank goes in the column '${label('bank', 'en')}'`,
        zh: `“${values.bankName ?? ''}”是银行名称，不是客户在银行的姓名：银行请填在“${label('bank', 'zh')}”列`,
      }),
    );
  }

  const client = createClientRequest.safeParse({
    passportName: values.passportName,
    bankName: values.bankName,
    nationality: values.nationality,
    birthDate: values.birthDate,
    passportNumber: values.passportNumber,
    passportExpiry: values.passportExpiry,
    visaType: values.visaType,
    visaExpiry: values.visaExpiry,
    phone: values.phone,
    email: values.email,
    preferredLanguage: values.preferredLanguage,
    externalRef: values.externalRef,
  });
  if (!client.success) {
    for (const issue of client.error.issues) {
      const key = String(issue.path[0] ?? '') as CaseFileColumnKey;
      // A cell its reader refused is already reported.
      if (raw[key] !== undefined && values[key] === undefined) continue;
      errors.push(rowProblem(settings, at, columnOf(key), clientIssue(issue, raw[key], key)));
    }
  }

  const tags = values.tags ?? [];
  for (const text of tags) {
    if (!tag.safeParse(text).success) {
      errors.push(
        rowProblem(settings, at, columnOf('tags'), {
          en: `the tag '${text}' is longer than 40 characters`,
          zh: `标签“${text}”超过 40 个字符`,
        }),
      );
    }
  }
  if (tags.length > 20) {
    errors.push(
      rowProblem(settings, at, columnOf('tags'), {
        en: `has ${tags.length} tags; a case takes at most 20`,
        zh: `有 ${tags.length} 个标签；一个案件最多 20 个`,
      }),
    );
  }
  const caseDetails = (['bank', 'cardLast4', 'tags', 'priority'] as const).filter((key) => raw[key] !== undefined);
  if (values.caseType === undefined && raw.caseType === undefined && caseDetails.length > 0) {
    errors.push(
      rowProblem(settings, at, columnOf('caseType'), {
        en: `is needed with ${caseDetails.map((key) => `'${columnOf(key).header}'`).join(', ')} (those belong to a case)`,
        zh: `填写了${caseDetails.map((key) => `“${columnOf(key).header}”`).join('、')}时必填（这些属于案件）`,
      }),
    );
  }
  if (errors.length > 0 || !client.success) {
    // In the file's column order, as a person reads the row.
    const position = (error: ImportError) =>
      columns.findIndex((entry) => entry !== null && entry.column.key === error.field);
    return { errors: errors.sort((a, b) => position(a) - position(b)) };
  }
  const c = client.data;
  return {
    row: {
      externalRef: c.externalRef ?? null,
      clientId: values.clientId ?? null,
      caseId: values.caseId ?? null,
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
      case: values.caseType
        ? {
            type: values.caseType,
            bank: values.bank ?? null,
            cardLast4: values.cardLast4 ?? null,
            tags,
            priority: values.priority ?? 'NORMAL',
          }
        : null,
    },
  };
}

/** A row whose Client ID or Case ID (and no Reference) names nothing the organization has. */
export function unknownIdProblem(
  settings: ImportSettings,
  at: { line: number; row: number },
  column: { key: string; header: string },
  key: 'clientId' | 'caseId',
  id: string,
): ImportError {
  return rowProblem(
    settings,
    at,
    column,
    key === 'clientId'
      ? {
          en: `'${id}' is not a client of this organization (deleted, or the file comes from another one); give a Reference to add them as a new client`,
          zh: `“${id}”不是本机构的客户（已删除，或文件来自其他机构）；填写编号即可作为新客户导入`,
        }
      : {
          en: `'${id}' is not a case of this organization; give a Reference to add the client and the case`,
          zh: `“${id}”不是本机构的案件；填写编号即可导入客户和案件`,
        },
  );
}

/** The client columns whose values the rows of one client must share. */
const CLIENT_KEYS = [
  'passportName',
  'bankName',
  'nationality',
  'birthDate',
  'passportNumber',
  'passportExpiry',
  'visaType',
  'visaExpiry',
  'phone',
  'email',
  'preferredLanguage',
] as const satisfies readonly (keyof ValidRow['client'])[];

/** FNV-1a: the import remembers a hash per client detail, not the detail (a file may hold 100,000 clients). */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value;
}

/** How the row's client and case are known within the file. */
function keysOf(row: ValidRow): { client: string | null; case: string | null } {
  const client = row.clientId ? `id:${row.clientId}` : row.externalRef !== null ? `ref:${row.externalRef}` : null;
  if (row.caseId) return { client, case: `case:${row.caseId}` };
  return { client, case: client === null ? null : `${client}|${row.case?.type ?? ''}` };
}

/**
 * The records of one file in order: the header, then rows. Records whose first cell starts with # are notes (the
 * template's list of allowed values) and skipped, as is Excel's `sep=` line. A file that cannot be imported at all (a
 * bad header, too many rows, no header) throws CsvError; a bad row is an outcome with its errors, and so is a second
 * row for one client and case type, or a row giving one client other details than an earlier row.
 */
export class ImportFile {
  private header: FileColumn[] | null = null;
  private readonly cases = new Map<string, number>();
  private readonly clients = new Map<string, { row: number; details: Int32Array }>();
  /** Data rows read so far (the header and notes not counted). */
  rows = 0;

  constructor(
    private readonly settings: ImportSettings = { language: 'en' },
    private readonly maxRows = MAX_ROWS,
  ) {}

  /** undefined for the header and for notes. */
  read(record: CsvRecord): RowOutcome | undefined {
    const first = (record.fields[0] ?? '').trim();
    if (first.startsWith('#') || (!this.header && /^sep=.?$/i.test(first) && record.fields.length <= 2))
      return undefined;
    if (!this.header) {
      this.header = readFileHeader(record.fields, this.settings);
      return undefined;
    }
    this.rows += 1;
    if (this.rows > this.maxRows) {
      throw new CsvError(
        say(this.settings.language, {
          en: `More than ${this.maxRows} rows; split the file`,
          zh: `超过 ${this.maxRows} 行；请拆分文件`,
        }),
        record.line,
      );
    }
    const outcome = validateRow(this.header, record, this.settings);
    if ('errors' in outcome) return outcome;
    return this.repeated(outcome.row, record) ?? outcome;
  }

  /** A column as the file names it (its header), or by its label when the file has no such column. */
  columnOf(key: CaseFileColumnKey): { key: string; header: string } {
    const entry = this.header?.find((candidate) => candidate?.column.key === key);
    return { key, header: entry ? entry.header : caseFileColumn(key).label[this.settings.language] };
  }

  /** A second row for a client and case type seen before, or with other details for a client seen before. */
  private repeated(row: ValidRow, record: CsvRecord): RowOutcome | undefined {
    const { language } = this.settings;
    const at = { line: record.line, row: record.row };
    const keys = keysOf(row);
    const columnOf = (key: CaseFileColumnKey) => this.columnOf(key);
    if (keys.case !== null) {
      const earlier = this.cases.get(keys.case);
      if (earlier !== undefined) {
        const type = row.case ? caseTypeShortLabels[row.case.type as CaseType][language] : undefined;
        return {
          errors: [
            rowProblem(
              this.settings,
              at,
              row.case ? columnOf('caseType') : columnOf('externalRef'),
              type
                ? {
                    en: `row ${earlier} already has a ${type} case for this client (one case of a type per client)`,
                    zh: `第 ${earlier} 行已有该客户的“${type}”案件（每位客户每种类型一个案件）`,
                  }
                : { en: `this client is already on row ${earlier}`, zh: `该客户已在第 ${earlier} 行` },
            ),
          ],
        };
      }
      this.cases.set(keys.case, record.row);
    }
    if (keys.client === null) return undefined;
    const details = new Int32Array(CLIENT_KEYS.length);
    for (let index = 0; index < CLIENT_KEYS.length; index += 1) {
      details[index] = hash(row.client[CLIENT_KEYS[index] as (typeof CLIENT_KEYS)[number]] ?? '');
    }
    const known = this.clients.get(keys.client);
    if (!known) {
      this.clients.set(keys.client, { row: record.row, details });
      return undefined;
    }
    const differs = CLIENT_KEYS.findIndex((_key, index) => details[index] !== known.details[index]);
    if (differs < 0) return undefined;
    const key = CLIENT_KEYS[differs] as (typeof CLIENT_KEYS)[number];
    const shown = key === 'passportNumber' ? '' : (row.client[key] ?? '');
    return {
      errors: [
        rowProblem(this.settings, at, columnOf(key), {
          en: `${shown === '' ? 'differs' : `'${shown}' differs`} from row ${known.row}, which has the same client; a client’s details must be the same on each of their rows`,
          zh: `${shown === '' ? '' : `“${shown}”`}与同一客户所在的第 ${known.row} 行不同；同一客户各行的客户信息必须一致`,
        }),
      ],
    };
  }

  /** At the end of the file: one without even a header is refused. */
  finish(): void {
    if (!this.header) {
      throw new CsvError(
        say(this.settings.language, {
          en: 'The file is empty; the first row must name the columns',
          zh: '文件为空；第一行须为列名',
        }),
        1,
      );
    }
  }
}
