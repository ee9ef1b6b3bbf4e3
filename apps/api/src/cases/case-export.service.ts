import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  bankCodes,
  type CaseFileColumnKey,
  caseFileColumns,
  type CaseFileValues,
  isValidTimeZone,
  type Language,
  clientLanguages,
  oneOf,
  reasonCodes,
} from '@waiji/domain';
import type { CaseExportQuery } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import type { SqlRunner } from '../database/sql-runner';
import { TenantDatabase } from '../database/tenant-database';
import { csvLine } from './imports/csv';
import { BOM } from './imports/import-template';
import { listCasePage, mergeFilters, viewFilters } from './case-list';
import type { CaseRow } from './case-rows';

/** The client columns the list's rows do not carry, read per page. */
type ClientDetails = {
  id: string;
  externalRef: string | null;
  nationality: string | null;
  birthDate: string | null;
  passportExpiry: string | null;
  visaType: string | null;
  visaExpiry: string | null;
  phone: string | null;
  email: string | null;
  preferredLanguage: string;
};

async function clientDetails(
  sql: SqlRunner,
  organizationId: string,
  ids: string[],
): Promise<Map<string, ClientDetails>> {
  if (ids.length === 0) return new Map();
  const rows = await sql.$queryRaw<ClientDetails[]>`
    SELECT id, "externalRef", nationality, to_char("birthDate", 'YYYY-MM-DD') AS "birthDate",
           to_char("passportExpiry", 'YYYY-MM-DD') AS "passportExpiry", "visaType",
           to_char("visaExpiry", 'YYYY-MM-DD') AS "visaExpiry", phone, email, "preferredLanguage"
    FROM "client" WHERE "organizationId" = ${organizationId}::uuid AND id = ANY(${ids}::uuid[])`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** "2026-03-01 14:05" in the organization's time zone: a moment a spreadsheet shows as it is. */
function momentWriter(timeZone: string): (moment: Date | null) => string | null {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (moment) => {
    if (!moment) return null;
    const part = Object.fromEntries(format.formatToParts(moment).map((entry) => [entry.type, entry.value]));
    return `${part['year']}-${part['month']}-${part['day']} ${part['hour']}:${part['minute']}`;
  };
}

type Row = { [K in CaseFileColumnKey]?: CaseFileValues[K] | null };

/** One case and its client as the case file's columns hold them (the passport number is never exported). */
function fileRow(row: CaseRow, client: ClientDetails | undefined, moment: (value: Date | null) => string | null): Row {
  return {
    externalRef: client?.externalRef,
    passportName: row.passportName,
    bankName: row.clientBankName,
    nationality: client?.nationality,
    birthDate: client?.birthDate,
    passportExpiry: client?.passportExpiry,
    visaType: client?.visaType,
    visaExpiry: client?.visaExpiry,
    phone: client?.phone,
    email: client?.email,
    preferredLanguage: oneOf(clientLanguages, client?.preferredLanguage) ? client.preferredLanguage : null,
    caseType: row.type,
    bank: oneOf(bankCodes, row.bank) ? row.bank : null,
    cardLast4: row.cardLast4,
    tags: row.tags,
    priority: row.priority,
    clientId: row.clientId,
    caseId: row.id,
    state: row.state,
    assignee: row.assigneeName,
    passportLast4: row.passportLast4,
    nextDueAt: moment(row.nextDueAt),
    retryAfter: moment(row.retryAfter),
    lastReason: oneOf(reasonCodes, row.lastReasonCode) ? row.lastReasonCode : null,
    createdAt: moment(row.createdAt),
    updatedAt: moment(row.updatedAt),
  };
}

/** The row's cells in the columns' order, each written by its column (labels in `language`). */
function cells(row: Row, language: Language): (string | null)[] {
  return caseFileColumns.map((column) => {
    const value = row[column.key];
    if (value === null || value === undefined) return null;
    return (column.write as (value: unknown, language: Language) => string)(value, language);
  });
}

/**
 * The case list as a CSV file in the case file's columns (the same list the import reads, so an export imported
 * again recognises every row by its Client ID and Case ID and creates nothing): UTF-8 with a byte-order mark and
 * CRLF, which Excel opens as it is; headers and labels in English or Chinese.
 */
@Injectable()
export class CaseExportService {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * The filtered list as CSV, streamed page by page (each page its own short transaction). The saved view and the
   * first page are read before the stream is handed over, so a refusal (no such view, a bad filter) is answered as
   * a JSON error, not as a file that fails once its headers are out.
   */
  async exportCsv(auth: AuthContext, query: CaseExportQuery): Promise<Readable> {
    const db = this.db;
    const now = new Date();
    const { view, cursor: _cursor, limit: _limit, lang: language, ...rest } = query;
    const filters = mergeFilters(
      view ? await db.run(auth, ({ sql }) => viewFilters(sql, auth, view), { readOnly: true }) : undefined,
      rest,
    );
    const pageAfter = (cursor: string | undefined) =>
      db.run(
        auth,
        async ({ sql }) => {
          const page = await listCasePage(
            sql,
            { organizationId: auth.organizationId, userId: auth.userId },
            filters,
            { cursor, limit: 1000 },
            now,
          );
          const clients = await clientDetails(sql, auth.organizationId, [
            ...new Set(page.rows.map((row) => row.clientId)),
          ]);
          return { ...page, clients };
        },
        { readOnly: true },
      );
    const [organization] = await db.run(
      auth,
      async ({ sql }) =>
        await sql.$queryRaw<{ timezone: string }[]>`
          SELECT timezone FROM "organization" WHERE id = ${auth.organizationId}::uuid`,
      { readOnly: true },
    );
    const moment = momentWriter(isValidTimeZone(organization?.timezone) ? organization.timezone : 'UTC');
    const first = await pageAfter(undefined);
    async function* lines(): AsyncGenerator<string> {
      yield BOM + csvLine(caseFileColumns.map((column) => column.label[language]));
      let page = first;
      for (;;) {
        let chunk = '';
        for (const row of page.rows)
          chunk += csvLine(cells(fileRow(row, page.clients.get(row.clientId), moment), language));
        yield chunk;
        if (!page.nextCursor) return;
        page = await pageAfter(page.nextCursor);
      }
    }
    return Readable.from(lines());
  }
}
