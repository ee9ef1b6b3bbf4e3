import type { CaseFilters } from '@waiji/contract';
import {
  type BankCode,
  bankCodes,
  type CaseState,
  caseStates,
  type CaseType,
  caseTypes,
  oneOf,
  priorities,
  type Priority,
} from '@waiji/domain';

// Mirrors of the contract's lists, kept here so the list page does not load the contract's zod schemas.
export const caseSorts = ['updatedAt', 'nextDueAt', 'createdAt', 'state', 'priority'] as const;
export type CaseSort = (typeof caseSorts)[number];
export type SortOrder = 'asc' | 'desc';

/** What the list shows, as the page's URL holds it; `dueBy` is a calendar day (YYYY-MM-DD) in the browser's zone. */
export type ListFilters = {
  state: CaseState[];
  type: CaseType[];
  priority: Priority[];
  /** A user id, `me` or `none`. */
  assignee?: string;
  bank?: BankCode;
  tag?: string;
  overdue: boolean;
  dueBy?: string;
  q?: string;
  /** Archived cases with the others, or only they; without it they are left out. */
  archived?: 'include' | 'only';
  sort: CaseSort;
  order: SortOrder;
};

export const defaultListFilters: ListFilters = {
  state: [],
  type: [],
  priority: [],
  overdue: false,
  sort: 'updatedAt',
  order: 'desc',
};

const listOf = <T extends string>(list: readonly T[], raw: string[]): T[] => {
  const found = raw.flatMap((item) => item.split(',')).map((item) => item.trim());
  return [...new Set(found.filter((item): item is T => oneOf(list, item)))];
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

const isAssignee = (value: string | null): value is string =>
  value === 'me' || value === 'none' || (value !== null && uuidPattern.test(value));

const trimmed = (value: string | null, max: number): string | undefined => {
  const text = value?.trim() ?? '';
  return text === '' ? undefined : text.slice(0, max);
};

/** Reads the list's filters from the page's query string; anything unknown or malformed is ignored. */
export const parseListSearch = (params: URLSearchParams): ListFilters => {
  const assignee = params.get('assignee');
  const bank = params.get('bank');
  const dueBy = params.get('dueBy');
  const sort = params.get('sort');
  const order = params.get('order');
  const tag = trimmed(params.get('tag'), 40);
  const q = trimmed(params.get('q'), 100);
  const archived = params.get('archived');
  return {
    state: listOf(caseStates, params.getAll('state')),
    type: listOf(caseTypes, params.getAll('type')),
    // most urgent first, whatever order the URL lists them in
    priority: listOf(priorities, params.getAll('priority')).sort(
      (a, b) => priorities.indexOf(b) - priorities.indexOf(a),
    ),
    ...(isAssignee(assignee) ? { assignee } : {}),
    ...(oneOf(bankCodes, bank) ? { bank } : {}),
    ...(tag ? { tag } : {}),
    overdue: params.get('overdue') === 'true',
    ...(dueBy && datePattern.test(dueBy) ? { dueBy } : {}),
    ...(q ? { q } : {}),
    ...(archived === 'include' || archived === 'only' ? { archived } : {}),
    sort: oneOf(caseSorts, sort) ? sort : defaultListFilters.sort,
    order: order === 'asc' || order === 'desc' ? order : defaultListFilters.order,
  };
};

/** The page's query string for these filters; defaults are left out so a plain /cases stays plain. */
export const listSearchFromFilters = (filters: ListFilters): URLSearchParams => {
  const params = new URLSearchParams();
  if (filters.state.length > 0) params.set('state', filters.state.join(','));
  if (filters.type.length > 0) params.set('type', filters.type.join(','));
  if (filters.priority.length > 0) params.set('priority', filters.priority.join(','));
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.bank) params.set('bank', filters.bank);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.dueBy) params.set('dueBy', filters.dueBy);
  if (filters.q) params.set('q', filters.q);
  if (filters.archived) params.set('archived', filters.archived);
  if (filters.sort !== defaultListFilters.sort) params.set('sort', filters.sort);
  if (filters.order !== defaultListFilters.order) params.set('order', filters.order);
  return params;
};

/** "Due by 2026-03-05": a reminder due before the start of the next day, in the browser's zone. */
export const dueByToInstant = (day: string): string | undefined => {
  if (!datePattern.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const nextMidnight = new Date(year, month - 1, date + 1);
  return Number.isNaN(nextMidnight.getTime()) ? undefined : nextMidnight.toISOString();
};

/** The calendar day whose end is `instant` (the inverse of `dueByToInstant`). */
export const instantToDueBy = (instant: string): string | undefined => {
  const date = new Date(new Date(instant).getTime() - 1);
  if (Number.isNaN(date.getTime())) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** `GET /api/cases` query: the filters in the API's names, plus paging. */
export const toApiQuery = (
  filters: ListFilters,
  paging: { cursor?: string | undefined; limit?: number } = {},
): URLSearchParams => {
  const params = listSearchFromFilters(filters);
  params.delete('dueBy');
  const dueBefore = filters.dueBy ? dueByToInstant(filters.dueBy) : undefined;
  if (dueBefore) params.set('dueBefore', dueBefore);
  // Sort and order always go explicitly, so the server's default can change without changing this list.
  params.set('sort', filters.sort);
  params.set('order', filters.order);
  if (paging.cursor) params.set('cursor', paging.cursor);
  params.set('limit', String(paging.limit ?? 100));
  return params;
};

/** The filters as a saved view stores them (the contract's `caseFilters`). */
export const toSavedFilters = (filters: ListFilters): CaseFilters => {
  const dueBefore = filters.dueBy ? dueByToInstant(filters.dueBy) : undefined;
  return {
    ...(filters.state.length > 0 ? { state: filters.state } : {}),
    ...(filters.type.length > 0 ? { type: filters.type } : {}),
    ...(filters.priority.length > 0 ? { priority: filters.priority } : {}),
    ...(filters.assignee ? { assignee: filters.assignee as CaseFilters['assignee'] } : {}),
    ...(filters.bank ? { bank: filters.bank } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(dueBefore ? { dueBefore } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.archived ? { archived: filters.archived } : {}),
    sort: filters.sort,
    order: filters.order,
  };
};

/** A saved view's filters as the list page's. */
export const fromSavedFilters = (saved: CaseFilters): ListFilters => {
  const dueBy = saved.dueBefore ? instantToDueBy(saved.dueBefore) : undefined;
  return {
    state: saved.state ?? [],
    type: saved.type ?? [],
    priority: saved.priority ?? [],
    ...(saved.assignee ? { assignee: saved.assignee } : {}),
    ...(saved.bank ? { bank: saved.bank } : {}),
    ...(saved.tag ? { tag: saved.tag } : {}),
    overdue: saved.overdue ?? false,
    ...(dueBy ? { dueBy } : {}),
    ...(saved.q ? { q: saved.q } : {}),
    ...(saved.archived === 'include' || saved.archived === 'only' ? { archived: saved.archived } : {}),
    sort: saved.sort ?? defaultListFilters.sort,
    order: saved.order ?? defaultListFilters.order,
  };
};

/** How many filters narrow the list (sort and order do not count). */
export const activeFilterCount = (filters: ListFilters): number =>
  [
    filters.state.length > 0,
    filters.type.length > 0,
    filters.priority.length > 0,
    filters.assignee,
    filters.bank,
    filters.tag,
    filters.overdue,
    filters.dueBy,
    filters.q,
    filters.archived,
  ].filter(Boolean).length;
