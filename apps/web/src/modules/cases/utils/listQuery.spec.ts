import {
  activeFilterCount,
  defaultListFilters,
  dueByToInstant,
  fromSavedFilters,
  instantToDueBy,
  listSearchFromFilters,
  parseListSearch,
  toApiQuery,
  toSavedFilters,
} from './listQuery';

describe('case list filters and the query string', () => {
  it('reads the page URL, ignoring what it does not know', () => {
    const filters = parseListSearch(
      new URLSearchParams(
        'state=SUBMITTED,REJECTED&state=NOPE&type=RESTRICTION_APPEAL&assignee=me&bank=BOC&tag=%20vip%20&overdue=true&dueBy=2026-03-05&q=anna&sort=nextDueAt&order=asc&evil=1',
      ),
    );
    expect(filters).toEqual({
      state: ['SUBMITTED', 'REJECTED'],
      type: ['RESTRICTION_APPEAL'],
      priority: [],
      assignee: 'me',
      bank: 'BOC',
      tag: 'vip',
      overdue: true,
      dueBy: '2026-03-05',
      q: 'anna',
      sort: 'nextDueAt',
      order: 'asc',
    });
    expect(parseListSearch(new URLSearchParams('assignee=<script>&bank=XYZ&sort=drop&dueBy=tomorrow'))).toEqual(
      defaultListFilters,
    );
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    expect(listSearchFromFilters(defaultListFilters).toString()).toBe('');
    const filters = { ...defaultListFilters, state: ['AWAITING_DEPOSIT' as const], overdue: true, q: 'Müller' };
    const search = listSearchFromFilters(filters);
    expect(search.toString()).toBe('state=AWAITING_DEPOSIT&overdue=true&q=M%C3%BCller');
    expect(parseListSearch(search)).toEqual(filters);
  });

  it('asks the API with its own names: dueBefore is the end of the chosen day, sort and paging always explicit', () => {
    const query = toApiQuery(
      { ...defaultListFilters, dueBy: '2026-03-05', type: ['BANK_CARD_VERIFICATION'] },
      { cursor: 'abc', limit: 200 },
    );
    expect(query.get('dueBy')).toBeNull();
    expect(query.get('dueBefore')).toBe(new Date(2026, 2, 6).toISOString());
    expect(query.get('type')).toBe('BANK_CARD_VERIFICATION');
    expect(query.get('sort')).toBe('updatedAt');
    expect(query.get('order')).toBe('desc');
    expect(query.get('cursor')).toBe('abc');
    expect(query.get('limit')).toBe('200');
  });

  it('converts the due day to an instant and back', () => {
    const instant = dueByToInstant('2026-12-31');
    expect(instant).toBeDefined();
    expect(instantToDueBy(instant ?? '')).toBe('2026-12-31');
    expect(dueByToInstant('31.12.2026')).toBeUndefined();
  });

  it('stores filters as a saved view in the contract’s shape and applies them back', () => {
    const filters = {
      ...defaultListFilters,
      state: ['REJECTED' as const],
      bank: 'CMB' as const,
      tag: 'vip',
      dueBy: '2026-05-01',
    };
    const saved = toSavedFilters(filters);
    expect(saved).toEqual({
      state: ['REJECTED'],
      bank: 'CMB',
      tag: 'vip',
      dueBefore: dueByToInstant('2026-05-01'),
      sort: 'updatedAt',
      order: 'desc',
    });
    expect(fromSavedFilters(saved)).toEqual(filters);
  });

  it('filters and sorts by priority: most urgent first in the URL, the API query and a saved view', () => {
    const filters = parseListSearch(new URLSearchParams('priority=HIGH&priority=URGENT,SOON&sort=priority'));
    expect(filters).toEqual({ ...defaultListFilters, priority: ['URGENT', 'HIGH'], sort: 'priority' });
    expect(activeFilterCount(filters)).toBe(1);
    expect(listSearchFromFilters(filters).toString()).toBe('priority=URGENT%2CHIGH&sort=priority');
    const query = toApiQuery(filters);
    expect(query.get('priority')).toBe('URGENT,HIGH');
    expect(query.get('sort')).toBe('priority');
    expect(query.get('order')).toBe('desc');
    const saved = toSavedFilters(filters);
    expect(saved).toEqual({ priority: ['URGENT', 'HIGH'], sort: 'priority', order: 'desc' });
    expect(fromSavedFilters(saved)).toEqual(filters);
    expect(parseListSearch(new URLSearchParams('priority=SOON'))).toEqual(defaultListFilters);
  });

  it('carries the archived filter (with the others, or only archived) through the URL, the API query and saved views', () => {
    const filters = parseListSearch(new URLSearchParams('archived=only'));
    expect(filters).toEqual({ ...defaultListFilters, archived: 'only' });
    expect(listSearchFromFilters(filters).toString()).toBe('archived=only');
    expect(toApiQuery(filters).get('archived')).toBe('only');
    expect(activeFilterCount(filters)).toBe(1);
    const saved = toSavedFilters({ ...filters, archived: 'include' });
    expect(saved).toEqual({ archived: 'include', sort: 'updatedAt', order: 'desc' });
    expect(fromSavedFilters(saved)).toEqual({ ...defaultListFilters, archived: 'include' });
    // archived cases are hidden unless asked for: 'exclude' and anything unknown mean the default
    expect(parseListSearch(new URLSearchParams('archived=exclude'))).toEqual(defaultListFilters);
    expect(parseListSearch(new URLSearchParams('archived=all'))).toEqual(defaultListFilters);
    expect(fromSavedFilters({ archived: 'exclude' })).toEqual(defaultListFilters);
    expect(toApiQuery(defaultListFilters).has('archived')).toBe(false);
  });
});
