import type { InfiniteData } from '@tanstack/react-query';
import type { CaseListResponse, CaseResponse } from '@waiji/contract';
import { type CaseState, caseStates, machineFor } from '@waiji/domain';
import { caseKeys, type ListFilters, toApiQuery } from '../../cases';

/** Cards per column on the first page and per "Load more". */
export const BOARD_PAGE = 25;

export type ColumnData = InfiniteData<CaseListResponse, string | undefined>;

/**
 * The columns: the states the filters ask for, else those of the case types filtered by (one type: its machine's
 * order; several: every state of theirs, in the list's order), else every state.
 */
export const boardColumns = (filters: ListFilters): CaseState[] => {
  if (filters.state.length > 0) return caseStates.filter((state) => filters.state.includes(state));
  const [onlyType, ...others] = filters.type;
  if (onlyType && others.length === 0) return [...(machineFor(onlyType)?.states ?? caseStates)];
  if (onlyType) {
    const used = new Set(filters.type.flatMap((type) => machineFor(type)?.states ?? []));
    return caseStates.filter((state) => used.has(state));
  }
  return [...caseStates];
};

/**
 * Without a state or type filter the board would draw every state of every machine (17 columns, a list request
 * each). It asks the reports summary's `casesByState` once instead (one request: the organization's live cases per
 * state, with the first machine's states always listed) and opens only those columns.
 */
export const needsStatesInUse = (filters: ListFilters): boolean =>
  // The counts are of live cases: with archived ones asked for, every column stays open.
  filters.state.length === 0 && filters.type.length === 0 && !filters.archived;

/** The open columns and the collapsed ones (states no live case is in: a narrow drop target, no request). */
export type BoardLayout = { open: CaseState[]; collapsed: CaseState[] };

export const boardLayout = (
  filters: ListFilters,
  inUse: readonly { state: CaseState; count: number }[] | undefined,
): BoardLayout => {
  const all = boardColumns(filters);
  if (!needsStatesInUse(filters) || !inUse) return { open: all, collapsed: [] };
  const listed = new Set(inUse.map((row) => row.state));
  return { open: all.filter((state) => listed.has(state)), collapsed: all.filter((state) => !listed.has(state)) };
};

/** One column's list filters: the board's, narrowed to its state. */
export const columnFilters = (filters: ListFilters, state: CaseState): ListFilters => ({ ...filters, state: [state] });

/** A column's query (a page of the list API), cursor aside. */
export const columnQuery = (filters: ListFilters, state: CaseState, cursor?: string) =>
  toApiQuery(columnFilters(filters, state), { cursor, limit: BOARD_PAGE });

/** A column's cache key: under the lists' key, so every list update and invalidation reaches the board too. */
export const columnKey = (filters: ListFilters, state: CaseState) =>
  caseKeys.list(`board?${columnQuery(filters, state).toString()}`);

/** Where a card is in a column's pages. */
export type CardPosition = { page: number; index: number };

export const findCard = (data: ColumnData | undefined, caseId: string): CardPosition | undefined => {
  for (const [page, answer] of (data?.pages ?? []).entries()) {
    const index = answer.items.findIndex((item) => item.id === caseId);
    if (index !== -1) return { page, index };
  }
  return undefined;
};

export const withoutCard = (data: ColumnData | undefined, caseId: string): ColumnData | undefined =>
  data && findCard(data, caseId)
    ? {
        ...data,
        pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== caseId) })),
      }
    : data;

/** The column with `card` at `at` (default: first), replacing any card with its id. */
export const withCard = (
  data: ColumnData | undefined,
  card: CaseResponse,
  at: CardPosition = { page: 0, index: 0 },
): ColumnData | undefined => {
  const without = withoutCard(data, card.id);
  if (!without || without.pages.length === 0) return without;
  const page = Math.min(at.page, without.pages.length - 1);
  return {
    ...without,
    pages: without.pages.map((answer, index) =>
      index === page
        ? { ...answer, items: [...answer.items.slice(0, at.index), card, ...answer.items.slice(at.index)] }
        : answer,
    ),
  };
};

/**
 * Cards whose move is on its way to the server: drawn as busy and not draggable, so a second move cannot start from
 * a version the first is changing. The optimistic copy is added; the server's answer (or the rollback) replaces it.
 */
export const movingCards = new WeakSet<CaseResponse>();
