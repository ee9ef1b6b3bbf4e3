import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { CaseListQuery } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { TenantDatabase } from '../database/tenant-database';
import { csvLine } from './imports/csv';
import { listCasePage, mergeFilters, viewFilters } from './case-list';

const EXPORT_COLUMNS = [
  'id',
  'clientName',
  'clientBankName',
  'passportLast4',
  'type',
  'state',
  'version',
  'attempt',
  'bank',
  'cardLast4',
  'tags',
  'priority',
  'assignee',
  'nextDueAt',
  'retryAfter',
  'lastReasonCode',
  'createdAt',
  'updatedAt',
];

/** The case list as a CSV file: the same filters as the list, every page of it. */
@Injectable()
export class CaseExportService {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * The filtered list as CSV, streamed page by page (each page its own short transaction). The saved view and the
   * first page are read before the stream is handed over, so a refusal (no such view, a bad filter) is answered as
   * a JSON error, not as a file that fails once its headers are out.
   */
  async exportCsv(auth: AuthContext, query: CaseListQuery): Promise<Readable> {
    const db = this.db;
    const now = new Date();
    const { view, cursor: _cursor, limit: _limit, ...rest } = query;
    const filters = mergeFilters(
      view ? await db.run(auth, ({ sql }) => viewFilters(sql, auth, view), { readOnly: true }) : undefined,
      rest,
    );
    const pageAfter = (cursor: string | undefined) =>
      db.run(
        auth,
        ({ sql }) =>
          listCasePage(
            sql,
            { organizationId: auth.organizationId, userId: auth.userId },
            filters,
            { cursor, limit: 1000 },
            now,
          ),
        { readOnly: true },
      );
    const first = await pageAfter(undefined);
    async function* lines(): AsyncGenerator<string> {
      yield csvLine(EXPORT_COLUMNS);
      let page = first;
      for (;;) {
        let chunk = '';
        for (const row of page.rows) {
          chunk += csvLine([
            row.id,
            row.passportName,
            row.clientBankName,
            row.passportLast4,
            row.type,
            row.state,
            row.version,
            row.attempt,
            row.bank,
            row.cardLast4,
            row.tags.join(';'),
            row.priority,
            row.assigneeName,
            row.nextDueAt?.toISOString(),
            row.retryAfter?.toISOString(),
            row.lastReasonCode,
            row.createdAt.toISOString(),
            row.updatedAt.toISOString(),
          ]);
        }
        yield chunk;
        if (!page.nextCursor) return;
        page = await pageAfter(page.nextCursor);
      }
    }
    return Readable.from(lines());
  }
}
