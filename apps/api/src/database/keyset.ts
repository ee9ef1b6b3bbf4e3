import { ApiError } from '../common/api-error';

/**
 * Keyset pages: a list ordered by a key (a time, a state) and the row id reads the rows after the last one it
 * answered, so a page costs the same at any depth. Opaque keyset cursors: base64url of JSON. Every list reads its cursor through `decodeCursor`, which checks each
 * part before it reaches SQL, so an altered or forged cursor is a 400 INVALID_CURSOR and never a query error (a
 * malformed uuid or an out-of-range date made PostgreSQL fail the statement: a 500).
 */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** `read` returns the cursor from the parsed JSON, or undefined when it is not one of this list's. */
export function decodeCursor<T>(text: string, read: (value: unknown) => T | undefined): T {
  let found: T | undefined;
  try {
    found = read(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    found = undefined;
  }
  if (found === undefined)
    throw new ApiError('INVALID_CURSOR', 'Invalid cursor: pass back the nextCursor of the previous page, unchanged', {
      field: 'cursor',
    });
  return found;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * A moment as our cursors write it (`toISOString`), within what PostgreSQL's timestamptz holds: JavaScript dates
 * reach ±275760 years, PostgreSQL's end at 294276 AD and begin at 4713 BC, and a cursor only ever holds row times.
 */
export function instantOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) || at.toISOString() !== value ? undefined : at;
}

/** The cursor of a list ordered by (time, id), newest first: the last row's time and id. */
export const encodeTimeCursor = (row: { at: Date; id: string }) => encodeCursor([row.at.toISOString(), row.id]);

export function decodeTimeCursor(text: string): { at: Date; id: string } {
  return decodeCursor(text, (value) => {
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const at = instantOf(value[0]);
    return at && isUuid(value[1]) ? { at, id: value[1] } : undefined;
  });
}

/** Rows after a time cursor: older, or as old with a smaller id. */
type AfterTime<K extends string> = { OR: [{ [F in K]: { lt: Date } }, { [F in K]: Date } & { id: { lt: string } }] };

/** Rows after a time cursor, as a Prisma condition on the list's time field (ordered by it and id, newest first). */
export function afterTime<K extends string>(
  field: K,
  cursor: { at: Date; id: string } | null | undefined,
): AfterTime<K> | Record<string, never> {
  if (!cursor) return {};
  const before = { [field]: { lt: cursor.at } } as { [F in K]: { lt: Date } };
  const same = { [field]: cursor.at, id: { lt: cursor.id } } as { [F in K]: Date } & { id: { lt: string } };
  return { OR: [before, same] };
}

/**
 * One page of a time-ordered list read with `take: limit + 1`: the first `limit` rows, and the cursor of the next
 * page when the extra row says there is one.
 */
export function timePage<T extends { id: string }>(
  rows: T[],
  limit: number,
  at: (row: T) => Date,
): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last ? encodeTimeCursor({ at: at(last), id: last.id }) : null };
}
