import { Button, Checkbox, Chip, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { MemberResponse } from '@waiji/contract';
import {
  bankCodes,
  banks,
  type CaseState,
  caseStateLabels,
  caseStates,
  caseTypes,
  oneOf,
  priorities,
  priorityLabels,
} from '@waiji/domain';
import { useMediaQuery } from '@mantine/hooks';
import { memo, useEffect, useId, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { activeFilterCount, caseSorts, defaultListFilters, type ListFilters } from '../utils/listQuery';
import { AssigneeScope, type AssigneeScopeValue } from './AssigneeScope';
import { TagFilterInput } from './TagFilterInput';

export type CaseFiltersBarProps = {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  members: readonly Pick<MemberResponse, 'userId' | 'displayName' | 'role'>[];
  /** Typing waits this long before the search runs. */
  searchDelay?: number;
};

type OptionalFilter = 'assignee' | 'bank' | 'tag' | 'dueBy' | 'q' | 'archived';

const mostUrgentFirst = [...priorities].reverse();

/**
 * Search, filters and sort of the case list; every change goes straight to `onChange` (the page's URL).
 * Memoised: the list page re-renders whenever a page of cases arrives, which changes none of these props.
 */
export const CaseFiltersBar = memo(function CaseFiltersBar({
  filters,
  onChange,
  members,
  searchDelay = 300,
}: CaseFiltersBarProps) {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const stateLegend = useId();
  const priorityLegend = useId();
  const [search, setSearch] = useState(filters.q ?? '');
  // On a phone the filters fold away behind a button, so the list is on the first screen.
  // Read during the first render (no server rendering here): read in an effect, phones drew the filters unfolded,
  // then folded them in a second render right after the first paint.
  const isPhone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  const [unfolded, setUnfolded] = useState(false);
  const folded = isPhone && !unfolded;
  const filtersId = useId();

  // A saved view or the back button may change the filters under the inputs.
  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);

  useEffect(() => {
    const wanted = search.trim();
    if (wanted === (filters.q ?? '')) return undefined;
    const timer = setTimeout(() => {
      const next: ListFilters = { ...filters };
      delete next.q;
      onChange(wanted === '' ? next : { ...next, q: wanted });
    }, searchDelay);
    return () => clearTimeout(timer);
  }, [search, filters, onChange, searchDelay]);

  const set = (patch: Partial<ListFilters>, remove: OptionalFilter[] = []) => {
    const next: ListFilters = { ...filters, ...patch };
    for (const key of remove) delete next[key];
    onChange(next);
  };

  const applyTag = (tag: string | undefined) => (tag ? set({ tag }) : set({}, ['tag']));
  const applyScope = (scope: AssigneeScopeValue) => (scope ? set({ assignee: scope }) : set({}, ['assignee']));

  const memberOptions = [
    { value: '', label: t('caseList.anyone') },
    { value: 'me', label: t('caseList.me') },
    { value: 'none', label: t('caseList.nobody') },
    ...members
      .filter((member) => member.role !== 'CLIENT')
      .map((member) => ({ value: member.userId, label: member.displayName })),
  ];
  const bankOptions = [
    { value: '', label: t('caseList.anyBank') },
    ...bankCodes.map((code) => ({ value: code, label: text(banks[code].name) })),
  ];
  const typeOptions = [
    { value: '', label: t('caseList.allTypes') },
    ...caseTypes.map((type) => ({ value: type, label: t(`caseCommon.typeShort.${type}`) })),
  ];

  return (
    <Stack gap="sm" component="section" aria-label={t('caseList.filtersLabel')}>
      <TextInput
        type="search"
        label={t('caseList.search')}
        placeholder={t('caseList.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maxLength={100}
      />
      {/* Outside the folded filters: on a phone too, "mine" is one tap away. */}
      <AssigneeScope value={filters.assignee} onChange={applyScope} />
      {isPhone && (
        <Button
          variant="default"
          onClick={() => setUnfolded((value) => !value)}
          aria-expanded={!folded}
          aria-controls={filtersId}
          style={{ alignSelf: 'flex-start' }}
        >
          {folded ? t('caseList.showFilters', { count: activeFilterCount(filters) }) : t('caseList.hideFilters')}
        </Button>
      )}
      <Stack gap="sm" id={filtersId} hidden={folded} display={folded ? 'none' : undefined}>
        <fieldset aria-labelledby={stateLegend} style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" id={stateLegend} size="sm" fw={500} mb={4}>
            {t('caseList.state')}
          </Text>
          <Chip.Group
            multiple
            value={filters.state}
            onChange={(value) => set({ state: caseStates.filter((state) => value.includes(state)) })}
          >
            <Group gap={6}>
              {caseStates.map((state: CaseState) => (
                <Chip key={state} value={state} size="sm" variant="outline">
                  {text(caseStateLabels[state])}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </fieldset>
        <fieldset aria-labelledby={priorityLegend} style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" id={priorityLegend} size="sm" fw={500} mb={4}>
            {t('caseList.priority')}
          </Text>
          <Chip.Group
            multiple
            value={filters.priority}
            onChange={(value) => set({ priority: mostUrgentFirst.filter((priority) => value.includes(priority)) })}
          >
            <Group gap={6}>
              {mostUrgentFirst.map((priority) => (
                <Chip key={priority} value={priority} size="sm" variant="outline">
                  {text(priorityLabels[priority])}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </fieldset>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('caseList.type')}
            data={typeOptions}
            value={filters.type[0] ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set({ type: oneOf(caseTypes, value) ? [value] : [] });
            }}
          />
          <NativeSelect
            label={t('caseList.assignee')}
            data={memberOptions}
            value={filters.assignee ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === '') set({}, ['assignee']);
              else set({ assignee: value });
            }}
          />
          <NativeSelect
            label={t('caseList.bank')}
            data={bankOptions}
            value={filters.bank ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (oneOf(bankCodes, value)) set({ bank: value });
              else set({}, ['bank']);
            }}
          />
          <TagFilterInput value={filters.tag} onApply={applyTag} />
          <TextInput
            type="date"
            label={t('caseList.dueBy')}
            value={filters.dueBy ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === '') set({}, ['dueBy']);
              else set({ dueBy: value });
            }}
            w={170}
          />
          <NativeSelect
            label={t('caseList.sort')}
            data={caseSorts.map((sort) => ({ value: sort, label: t(`caseList.sorts.${sort}`) }))}
            value={filters.sort}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (oneOf(caseSorts, value)) set({ sort: value });
            }}
          />
          <NativeSelect
            label={t('caseList.order')}
            data={[
              { value: 'asc', label: t('caseList.orders.asc') },
              { value: 'desc', label: t('caseList.orders.desc') },
            ]}
            value={filters.order}
            onChange={(event) => set({ order: event.currentTarget.value === 'asc' ? 'asc' : 'desc' })}
          />
          <NativeSelect
            label={t('caseList.archived')}
            data={(['exclude', 'include', 'only'] as const).map((value) => ({
              value,
              label: t(`caseList.archivedFilter.${value}`),
            }))}
            value={filters.archived ?? 'exclude'}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === 'include' || value === 'only') set({ archived: value });
              else set({}, ['archived']);
            }}
          />
          <Checkbox
            label={t('caseList.overdue')}
            checked={filters.overdue}
            onChange={(event) => set({ overdue: event.currentTarget.checked })}
            mb={8}
          />
          {activeFilterCount(filters) > 0 && (
            <Button
              variant="subtle"
              onClick={() => onChange({ ...defaultListFilters, sort: filters.sort, order: filters.order })}
            >
              {t('caseList.clear')}
            </Button>
          )}
        </Group>
      </Stack>
    </Stack>
  );
});
