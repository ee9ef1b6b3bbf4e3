import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { MemberResponse } from '@waiji/contract';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useLanguage } from '../../../i18n/useBilingual';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { resultsTargetId } from '../../../ui/SkipLink';
import { useSession } from '../../session';
import { casesApi } from '../api/casesApi';
import { useCaseList, useMembers } from '../hooks/useCaseQueries';
import {
  activeFilterCount,
  type ListFilters,
  listSearchFromFilters,
  parseListSearch,
  toApiQuery,
} from '../utils/listQuery';
import { BulkActionsBar } from './BulkActionsBar';
import { CaseFiltersBar } from './CaseFiltersBar';
import { CaseTable } from './CaseTable';
import { ImportDialog } from './ImportDialog';
import { SavedViewsMenu } from './SavedViewsMenu';

/** Until the members arrive: one array for every render, so the memoised bars below see no change in it. */
const noMembers: readonly MemberResponse[] = [];

type CaseListHeaderProps = {
  filters: ListFilters;
  onApply: (filters: ListFilters) => void;
  canEdit: boolean;
  onImport: () => void;
};

/**
 * The title row: saved views, export, import, new case. Memoised, as are the filters and bulk actions bars, because
 * none of it depends on the list's data: React Query delivers each page of cases in a blocking render of the whole
 * page, which re-rendered the Mantine menu, buttons and filter inputs with it (~60–90 ms on a phone-class CPU).
 */
const CaseListHeader = memo(function CaseListHeader({ filters, onApply, canEdit, onImport }: CaseListHeaderProps) {
  const { t } = useCasesTranslation();
  const { language } = useLanguage();
  return (
    <Group justify="space-between" align="center" wrap="wrap">
      <Title order={1}>{t('caseList.title')}</Title>
      <Group gap="sm" wrap="wrap">
        <SavedViewsMenu filters={filters} onApply={onApply} />
        <Anchor
          href={casesApi.exportUrl(toApiQuery(filters), language)}
          download
          title={t('caseList.exportHint')}
          underline="always"
          size="sm"
        >
          {t('caseList.export')}
        </Anchor>
        {canEdit && (
          <Button variant="default" onClick={onImport}>
            {t('caseList.import')}
          </Button>
        )}
        {canEdit && (
          <Button component={Link} to={paths.caseNew}>
            {t('caseList.newCase')}
          </Button>
        )}
      </Group>
    </Group>
  );
});

/** /cases: every case of the organization, filtered by the URL, windowed and loaded page by page. */
export const CaseListPage = () => {
  const { t } = useCasesTranslation();
  const session = useSession();
  const canEdit = session.canEdit;
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseListSearch(searchParams), [searchParams]);
  const list = useCaseList(filters);
  const members = useMembers(session.status === 'signed-in');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [importing, setImporting] = useState(false);

  const setFilters = useCallback(
    (next: ListFilters) => {
      setSearchParams(listSearchFromFilters(next), { replace: true });
      setSelected(new Set());
    },
    [setSearchParams],
  );

  const cases = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  // The rows are drawn in a background render React can interrupt (React Query delivers data in a blocking
  // update): on a slow phone one long task becomes many short ones, and typing in the filters stays responsive.
  const shownCases = useDeferredValue(cases);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const onEndReached = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const toggle = useCallback((caseId: string) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(caseId)) next.delete(caseId);
      else next.add(caseId);
      return next;
    });
  }, []);
  const toggleAll = useCallback(
    (select: boolean) => setSelected(select ? new Set(cases.map((item) => item.id)) : new Set()),
    [cases],
  );

  const memberList = members.data?.members ?? noMembers;
  const selectedIds = useMemo(() => [...selected], [selected]);
  const clearSelection = useCallback(() => setSelected(new Set()), []);
  const openImport = useCallback(() => setImporting(true), []);

  const renderBody = () => {
    if (list.isPending || (shownCases.length === 0 && cases.length > 0)) {
      return (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('caseCommon.loading')}</Text>
        </Group>
      );
    }
    if (list.isError) {
      return (
        <Alert color="red" variant="light" title={t('caseCommon.loadError', { message: list.error.message })}>
          <Button variant="light" color="red.9" onClick={() => void list.refetch()}>
            {t('caseCommon.retry')}
          </Button>
        </Alert>
      );
    }
    if (cases.length === 0) {
      return <Text>{activeFilterCount(filters) > 0 ? t('caseList.empty') : t('caseList.emptyNone')}</Text>;
    }
    return (
      <Stack gap="xs">
        <CaseTable
          cases={shownCases}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          onEndReached={onEndReached}
          complete={!hasNextPage}
          selectable={canEdit}
        />
        <Group gap="sm" justify="space-between">
          <Text size="sm" role="status" aria-live="polite">
            {t('caseList.loaded', { count: cases.length })}
            {hasNextPage ? ` — ${t('caseList.more')}` : ''}
          </Text>
          {isFetchingNextPage && (
            <Group gap={6}>
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">{t('caseList.loadingMore')}</Text>
            </Group>
          )}
          {hasNextPage && !isFetchingNextPage && (
            <Button variant="subtle" size="compact-sm" onClick={() => void fetchNextPage()}>
              {t('caseList.loadMore')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  };

  return (
    <Stack gap="md">
      <CaseListHeader filters={filters} onApply={setFilters} canEdit={canEdit} onImport={openImport} />
      <CaseFiltersBar filters={filters} onChange={setFilters} members={memberList} />
      {canEdit && selected.size > 0 && (
        <BulkActionsBar selectedIds={selectedIds} members={memberList} onClear={clearSelection} />
      )}
      {/* "Skip to results" (the layout's first link) lands here, past the header, title row and filters. */}
      <div id={resultsTargetId} tabIndex={-1}>
        {renderBody()}
      </div>
      {/* Mounted only while open: closed, Mantine's modal still mounted a portal that re-rendered on mount. */}
      {canEdit && importing && <ImportDialog opened onClose={() => setImporting(false)} />}
    </Stack>
  );
};
