import type { CaseListResponse } from '@waiji/contract';
import { aCase } from '../../cases/test/fixtures';
import { type CaseState, caseStates } from '@waiji/domain';
import { defaultListFilters, type ListFilters } from '../../cases';
import { boardColumns, boardLayout, type ColumnData, findCard, withCard, withoutCard } from './boardCache';

const pages = (...lists: string[][]): ColumnData => ({
  pageParams: lists.map((_, index) => (index === 0 ? undefined : `cursor-${index}`)),
  pages: lists.map((ids, index): CaseListResponse => ({
    items: ids.map((id) => aCase({ id })),
    nextCursor: index < lists.length - 1 ? `cursor-${index + 1}` : null,
  })),
});
const ids = (data: ColumnData | undefined) => data?.pages.map((page) => page.items.map((item) => item.id));

describe('board columns and their cached pages', () => {
  const filters = (patch: Partial<ListFilters>): ListFilters => ({ ...defaultListFilters, ...patch });
  it.each<[string, ListFilters, CaseState[]]>([
    ['none', filters({}), [...caseStates]],
    [
      'two 2026 types',
      filters({ type: ['PASSPORT_SCAN_VERIFICATION', 'DOCUMENT_UPDATE'] }),
      ['PREPARING', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED', 'SCAN_LOCKED', 'FACE_CHECK'],
    ],
    ['two states', filters({ state: ['REJECTED', 'PREPARING'] }), ['PREPARING', 'REJECTED']],
    [
      'an appeal (no deposit)',
      filters({ type: ['RESTRICTION_APPEAL'] }),
      ['PREPARING', 'SUBMITTED', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED'],
    ],
    [
      'two types',
      filters({ type: ['RESTRICTION_APPEAL', 'BANK_CARD_VERIFICATION'] }),
      ['PREPARING', 'SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED'],
    ],
  ])('filters by %s: the columns', (_name, given, columns) => {
    expect(boardColumns(given)).toEqual(columns);
  });

  it('takes a card out and puts it back where it was, across pages', () => {
    const column = pages(['a', 'b'], ['c', 'd']);
    const position = findCard(column, 'c');
    expect(position).toEqual({ page: 1, index: 0 });
    const without = withoutCard(column, 'c');
    expect(ids(without)).toEqual([['a', 'b'], ['d']]);
    expect(ids(withCard(without, aCase({ id: 'c' }), position))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    // A moved card goes first, and never twice.
    expect(ids(withCard(column, aCase({ id: 'd' })))).toEqual([['d', 'a', 'b'], ['c']]);
    expect(withoutCard(column, 'z')).toBe(column);
    expect(withCard(undefined, aCase({ id: 'x' }))).toBeUndefined();
  });
});

describe('board layout without a type filter', () => {
  const inUse = [
    { state: 'PREPARING' as const, count: 3 },
    { state: 'APPROVED' as const, count: 0 },
    { state: 'ISSUER_DECLINED' as const, count: 1 },
  ];
  it('opens the states in use and collapses the others, in the list’s order', () => {
    const layout = boardLayout(defaultListFilters, inUse);
    expect(layout.open).toEqual(['PREPARING', 'APPROVED', 'ISSUER_DECLINED']);
    expect(layout.collapsed).toHaveLength(caseStates.length - 3);
    expect(layout.collapsed).toContain('FACE_CHECK');
  });
  it('opens every column without the counts (loading failed), with a type, or with archived cases', () => {
    expect(boardLayout(defaultListFilters, undefined).collapsed).toEqual([]);
    expect(boardLayout({ ...defaultListFilters, archived: 'include' }, inUse).collapsed).toEqual([]);
    expect(boardLayout({ ...defaultListFilters, type: ['RESTRICTION_APPEAL'] }, inUse).open).toEqual(
      boardColumns({ ...defaultListFilters, type: ['RESTRICTION_APPEAL'] }),
    );
  });
});
