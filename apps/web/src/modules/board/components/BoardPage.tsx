import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { CaseListResponse, CaseResponse, MemberResponse } from '@waiji/contract';
import { type QueryClient, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  actionLabel,
  type ActionPayload,
  type CaseAction,
  type CaseState,
  caseStateLabels,
  type CaseType,
  caseTypes,
  priorityLabels,
} from '@waiji/domain';
import { type DragEvent, memo, useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { type CasesT, useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { BEIJING_TIME_ZONE, formatDay } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { PriorityChip } from '../../../ui/PriorityChip';
import { resultsTargetId } from '../../../ui/SkipLink';
import { isApiError } from '../../api';
import { reportKeys, type ReportRange, reportsApi } from '../../reports/api/reportsApi';
import { todayIn } from '../../reports/utils/dates';
import {
  ActionForm,
  CaseFiltersBar,
  casesApi,
  caseKeys,
  describeDue,
  DueLabel,
  type ListFilters,
  listSearchFromFilters,
  parseListSearch,
  putCaseInCache,
  SavedViewsMenu,
  snapshotOf,
  StateBadge,
  stateColor,
  useMembers,
} from '../../cases';
import { useSession } from '../../session';
import {
  boardLayout,
  type CardPosition,
  type ColumnData,
  columnFilters,
  columnKey,
  columnQuery,
  findCard,
  movingCards,
  needsStatesInUse,
  withCard,
  withoutCard,
} from '../utils/boardCache';
import { planMove } from '../utils/planMove';
import classes from './BoardPage.module.css';

const DRAG_TYPE = 'application/x-waiji-case';
const noMembers: readonly MemberResponse[] = [];

type Refusal = { caseRecord: CaseResponse; to: CaseState; allowed: CaseAction[] };
type PendingMove = { caseRecord: CaseResponse; action: CaseAction; to: CaseState };

/** What the columns call back; stable for the board's life, so a dialog opening re-renders no column. */
type BoardActions = {
  dropCase: (caseId: string, to: CaseState) => void;
  chooseMove: (caseRecord: CaseResponse) => void;
};

/** Labels every card repeats, made once per language rather than once per card. */
type CardLabels = {
  t: CasesT;
  locale: string;
  type: Record<CaseType, string>;
  priority: Record<CaseResponse['priority'], string>;
  dragHint: string;
  moveTo: string;
};

type CardProps = { caseRecord: CaseResponse; canEdit: boolean; labels: CardLabels; actions: BoardActions };

/** A card as plain elements: the board draws up to 25 per column before "Load more", and each redraw counts. */
const BoardCard = memo(function BoardCard({ caseRecord, canEdit, labels, actions }: CardProps) {
  const name = caseRecord.client.passportName;
  const moving = movingCards.has(caseRecord);
  return (
    <li
      className={classes.card}
      draggable={canEdit && !moving}
      onDragStart={(event: DragEvent<HTMLLIElement>) => {
        event.dataTransfer.setData(DRAG_TYPE, caseRecord.id);
        event.dataTransfer.setData('text/plain', name);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragEnd={() => {
        for (const column of document.querySelectorAll<HTMLElement>('[data-over="true"]')) delete column.dataset.over;
      }}
      data-case-id={caseRecord.id}
      aria-busy={moving || undefined}
      title={canEdit ? labels.dragHint : undefined}
    >
      <PriorityChip
        priority={caseRecord.priority}
        label={labels.priority[caseRecord.priority]}
        className={classes.priority}
      />
      <Link to={paths.case(caseRecord.id)} className={classes.name} draggable={false}>
        {name}
      </Link>
      <span className={classes.sub}>
        {labels.type[caseRecord.type]}
        {caseRecord.assigneeName ? ` · ${caseRecord.assigneeName}` : ''}
      </span>
      <DueLabel
        due={describeDue(caseRecord.nextDueAt, new Date(), labels.locale, labels.t)}
        locale={labels.locale}
        style={{ fontSize: 'var(--mantine-font-size-xs)' }}
      />
      {canEdit && (
        <button
          type="button"
          className={classes.move}
          // Starts with the words it shows (WCAG 2.5.3); while saving it just says so.
          aria-label={moving ? undefined : labels.t('board.moveMenu', { name })}
          onClick={() => actions.chooseMove(caseRecord)}
          disabled={moving}
        >
          {moving ? labels.t('board.saving') : labels.moveTo}
        </button>
      )}
    </li>
  );
});

type ColumnProps = {
  state: CaseState;
  filters: ListFilters;
  canEdit: boolean;
  labels: CardLabels;
  actions: BoardActions;
};

/** One state's cases, a page at a time ("Load more"), through the list API's cursor. A drop target. */
const BoardColumn = memo(function BoardColumn({ state, filters, canEdit, labels, actions }: ColumnProps) {
  const { t } = labels;
  const text = useBilingual();
  const column = useInfiniteQuery({
    queryKey: columnKey(filters, state),
    queryFn: ({ pageParam, signal }) => casesApi.list(columnQuery(filters, state, pageParam), signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: CaseListResponse) => last.nextCursor ?? undefined,
  });
  const items = useMemo(() => column.data?.pages.flatMap((page) => page.items) ?? [], [column.data]);
  const label = text(caseStateLabels[state]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = column;

  // The drop highlight is set on the element itself: React state would redraw the column on every drag step.
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!canEdit || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    event.currentTarget.dataset.over = 'true';
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
      delete event.currentTarget.dataset.over;
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    delete event.currentTarget.dataset.over;
    const caseId = event.dataTransfer.getData(DRAG_TYPE);
    if (caseId) actions.dropCase(caseId, state);
  };

  return (
    <section
      className={classes.column}
      data-state={state}
      aria-label={t('board.columnLabel', { state: label, count: items.length })}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      style={{ borderTopColor: `var(--mantine-color-${stateColor[state].replace('.', '-')})` }}
    >
      <div className={classes.head}>
        <StateBadge state={state} />
        <span className={classes.count} aria-hidden="true">
          {items.length}
          {hasNextPage ? '+' : ''}
        </span>
      </div>
      {column.isPending && <Loader size="xs" aria-label={t('caseCommon.loading')} />}
      {column.isError && (
        <Alert color="red" variant="light" p="xs">
          <Stack gap={4}>
            <Text size="sm">{t('caseCommon.loadError', { message: column.error.message })}</Text>
            <Button size="compact-xs" variant="light" color="red.9" onClick={() => void column.refetch()}>
              {t('caseCommon.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {column.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('board.empty')}
        </Text>
      )}
      <ul className={classes.cards}>
        {items.map((item) => (
          <BoardCard key={item.id} caseRecord={item} canEdit={canEdit} labels={labels} actions={actions} />
        ))}
      </ul>
      {hasNextPage && (
        <div className={classes.foot}>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => void fetchNextPage()}
            loading={isFetchingNextPage}
            aria-label={`${t('board.loadMore')}: ${label}`}
          >
            {t('board.loadMore')}
          </Button>
          <Anchor
            component={Link}
            to={`${paths.cases}?${listSearchFromFilters(columnFilters(filters, state)).toString()}`}
            size="xs"
          >
            {t('board.openList')}
          </Anchor>
        </div>
      )}
    </section>
  );
});

type CollapsedProps = { state: CaseState; canEdit: boolean; labels: CardLabels; actions: BoardActions };

/**
 * A state no live case is in: a narrow strip with its name, still a drop target (a move into it reopens it as a
 * column once the counts are read again), and no list request of its own.
 */
const CollapsedColumn = memo(function CollapsedColumn({ state, canEdit, labels, actions }: CollapsedProps) {
  const text = useBilingual();
  const label = text(caseStateLabels[state]);
  return (
    <section
      className={classes.collapsed}
      data-state={state}
      data-collapsed="true"
      aria-label={labels.t('board.collapsedLabel', { state: label })}
      onDragOver={(event) => {
        if (!canEdit || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        event.currentTarget.dataset.over = 'true';
      }}
      onDragLeave={(event) => delete event.currentTarget.dataset.over}
      onDrop={(event) => {
        event.preventDefault();
        delete event.currentTarget.dataset.over;
        const caseId = event.dataTransfer.getData(DRAG_TYPE);
        if (caseId) actions.dropCase(caseId, state);
      }}
      style={{ borderTopColor: `var(--mantine-color-${stateColor[state].replace('.', '-')})` }}
    >
      <span className={classes.collapsedName}>{label}</span>
    </section>
  );
});

/** Finds a card in the board's columns (the cache is the board's memory of them). */
const cardIn = (
  queryClient: QueryClient,
  filters: ListFilters,
  columns: readonly CaseState[],
  caseId: string,
): { caseRecord: CaseResponse; position: CardPosition } | undefined => {
  for (const state of columns) {
    const data = queryClient.getQueryData<ColumnData>(columnKey(filters, state));
    const position = findCard(data, caseId);
    const caseRecord = position ? data?.pages[position.page]?.items[position.index] : undefined;
    if (position && caseRecord) return { caseRecord, position };
  }
  return undefined;
};

/**
 * Without a state or type filter: which states live cases are in, from the reports summary's `casesByState` (one
 * request, today's range, the board's tag). Disabled otherwise; on an error the board opens every column.
 */
const useStatesInUse = (filters: ListFilters) => {
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const range: ReportRange = { from: today, to: today, type: null, tag: filters.tag ?? null };
  const query = useQuery({
    queryKey: reportKeys.summary(range),
    queryFn: ({ signal }) => reportsApi.summary(range, signal),
    enabled: needsStatesInUse(filters),
    select: (summary) => summary.casesByState.counts,
    staleTime: 30_000,
  });
  return { data: query.data, isPending: needsStatesInUse(filters) && query.isPending };
};

/**
 * /board: one column per state, with the case list's filters (in the address, so a link or a saved view opens the
 * same board) and "Load more" per column. Dropping a card (or its "Move to…") plans the move with the domain's machine:
 * a move it does not allow is refused with the reason; an allowed one opens the action's form, whose Save moves the
 * card at once and sends the transition; a refusal from the server (409: the case changed meanwhile) puts the card
 * back with the server's words. Column and card components are memoised on stable props, so opening a dialog or
 * dragging redraws none of them, and a move redraws only the two columns it touches.
 */
export const BoardPage = () => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const { language, locale } = useLanguage();
  const session = useSession();
  const canEdit = session.canEdit;
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseListSearch(searchParams), [searchParams]);
  const statesInUse = useStatesInUse(filters);
  const layout = useMemo(() => boardLayout(filters, statesInUse.data), [filters, statesInUse.data]);
  const columns = layout.open;
  const allColumns = useMemo(() => [...layout.open, ...layout.collapsed], [layout]);
  const members = useMembers(session.status === 'signed-in');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [choosing, setChoosing] = useState<CaseResponse | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [rollback, setRollback] = useState<string | null>(null);

  const setFilters = useCallback(
    (next: ListFilters) => setSearchParams(listSearchFromFilters(next), { replace: true }),
    [setSearchParams],
  );

  const labels = useMemo<CardLabels>(
    () => ({
      t,
      locale,
      type: Object.fromEntries(caseTypes.map((type) => [type, t(`caseCommon.typeShort.${type}`)])) as Record<
        CaseType,
        string
      >,
      priority: {
        URGENT: priorityLabels.URGENT[language],
        HIGH: priorityLabels.HIGH[language],
        NORMAL: priorityLabels.NORMAL[language],
        LOW: priorityLabels.LOW[language],
      },
      dragHint: t('board.dragHint'),
      moveTo: t('board.moveTo'),
    }),
    [t, locale, language],
  );

  const requestMove = useCallback((caseRecord: CaseResponse, to: CaseState) => {
    setRollback(null);
    const plan = planMove(caseRecord.type, caseRecord.state, to);
    if (plan.kind === 'same') return;
    if (plan.kind === 'refused') {
      setRefusal({ caseRecord, to, allowed: plan.allowed });
      return;
    }
    setRefusal(null);
    setPending({ caseRecord, action: plan.action, to });
  }, []);

  const actions = useMemo<BoardActions>(
    () => ({
      dropCase: (caseId, to) => {
        const found = cardIn(queryClient, filters, columns, caseId);
        if (found && !movingCards.has(found.caseRecord)) requestMove(found.caseRecord, to);
      },
      chooseMove: setChoosing,
    }),
    [queryClient, filters, columns, requestMove],
  );

  /** Moves the card in the cached columns now; returns how to put it back where it was. */
  const moveOptimistically = (caseRecord: CaseResponse, to: CaseState): (() => void) => {
    const fromKey = columnKey(filters, caseRecord.state);
    const position = findCard(queryClient.getQueryData<ColumnData>(fromKey), caseRecord.id);
    const moved: CaseResponse = { ...caseRecord, state: to };
    movingCards.add(moved);
    queryClient.setQueryData<ColumnData>(fromKey, (data) => withoutCard(data, caseRecord.id));
    if (columns.includes(to))
      queryClient.setQueryData<ColumnData>(columnKey(filters, to), (data) => withCard(data, moved));
    return () => {
      queryClient.setQueryData<ColumnData>(columnKey(filters, to), (data) => withoutCard(data, caseRecord.id));
      queryClient.setQueryData<ColumnData>(fromKey, (data) => withCard(data, caseRecord, position));
    };
  };

  /** The transition, after the card has moved; on a refusal the card goes back and the board says why. */
  const sendMove = async (move: PendingMove, payload: ActionPayload, restore: () => void) => {
    const { caseRecord, action } = move;
    const name = caseRecord.client.passportName;
    try {
      const result = await casesApi.transition(caseRecord.id, action, caseRecord.version, payload);
      putCaseInCache(queryClient, result.case);
      setAnnouncement(t('board.moved', { name, state: text(caseStateLabels[result.case.state]) }));
      // Other pages' lists are out of date; the board's own columns already show the move.
      void queryClient.invalidateQueries({ queryKey: caseKeys.all, refetchType: 'none' });
      // A move into a collapsed state opens its column: the counts are read again (one request).
      if (!columns.includes(result.case.state))
        void queryClient.invalidateQueries({ queryKey: ['reports', 'summary'] });
    } catch (error) {
      restore();
      const message = error instanceof Error ? error.message : String(error);
      const conflict = isApiError(error) && error.isConflict;
      setRollback(
        conflict
          ? t('board.conflict', { name, state: text(caseStateLabels[caseRecord.state]), message })
          : t('board.rolledBack', { message }),
      );
      // The case moved on elsewhere: show where it stands now.
      if (conflict) void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    }
  };

  const submitMove = (_action: CaseAction, payload: ActionPayload): Promise<void> => {
    if (!pending) return Promise.resolve();
    const restore = moveOptimistically(pending.caseRecord, pending.to);
    void sendMove(pending, payload, restore);
    // Resolved at once: the form closes now, the card is already in its new column.
    return Promise.resolve();
  };

  const refusalText = (value: Refusal): string => {
    const from = text(caseStateLabels[value.caseRecord.state]);
    const parts = [t('board.refused', { from, to: text(caseStateLabels[value.to]) })];
    parts.push(
      value.allowed.length > 0
        ? t('board.allowedFrom', {
            from,
            actions: value.allowed
              .map((action) => text(actionLabel(value.caseRecord.type, action, value.caseRecord.state)))
              .join(', '),
          })
        : t('board.allowedNone', { from }),
    );
    if (value.caseRecord.cooldownUntil && value.to === 'SUBMITTED') {
      parts.push(
        t('board.cooldown', { date: formatDay(new Date(value.caseRecord.cooldownUntil), locale, BEIJING_TIME_ZONE) }),
      );
    }
    return parts.join(' ');
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('board.title')}</Title>
          <Text size="sm">{t('board.intro')}</Text>
        </Stack>
        <SavedViewsMenu filters={filters} onApply={setFilters} />
      </Group>
      <CaseFiltersBar filters={filters} onChange={setFilters} members={members.data?.members ?? noMembers} />
      {!canEdit && session.status === 'signed-in' && (
        <Text size="sm" c="dimmed">
          {t('caseCommon.readOnly')}
        </Text>
      )}

      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {refusal && (
        <Alert color="red" variant="light" role="alert" title={t('board.refusedTitle')} data-testid="board-refusal">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{refusalText(refusal)}</Text>
            <CloseButton size="sm" onClick={() => setRefusal(null)} aria-label={t('board.dismiss')} />
          </Group>
        </Alert>
      )}
      {rollback && (
        <Alert color="orange" variant="light" role="alert" data-testid="board-rollback">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{rollback}</Text>
            <CloseButton size="sm" onClick={() => setRollback(null)} aria-label={t('board.dismiss')} />
          </Group>
        </Alert>
      )}

      {/* "Skip to results" lands here, past the header and the filters. */}
      {statesInUse.isPending && <Loader size="sm" aria-label={t('caseCommon.loading')} />}
      <div className={classes.board} id={resultsTargetId} tabIndex={-1}>
        {!statesInUse.isPending &&
          allColumns.map((state) =>
            columns.includes(state) ? (
              <BoardColumn
                key={state}
                state={state}
                filters={filters}
                canEdit={canEdit}
                labels={labels}
                actions={actions}
              />
            ) : (
              <CollapsedColumn key={state} state={state} canEdit={canEdit} labels={labels} actions={actions} />
            ),
          )}
      </div>

      {choosing && (
        <Modal
          opened
          onClose={() => setChoosing(null)}
          title={t('board.moveTitle', { name: choosing.client.passportName })}
          centered
        >
          <Stack gap="xs">
            <Text size="sm">{t('board.moveIntro', { state: text(caseStateLabels[choosing.state]) })}</Text>
            {allColumns
              .filter((state) => state !== choosing.state)
              .map((state) => (
                <Button
                  key={state}
                  variant="default"
                  justify="flex-start"
                  onClick={() => {
                    setChoosing(null);
                    requestMove(choosing, state);
                  }}
                >
                  {text(caseStateLabels[state])}
                </Button>
              ))}
          </Stack>
        </Modal>
      )}
      {/* Mounted only while open, as every dialog here: a mounted Mantine modal redraws with the page. */}
      {pending && (
        <ActionForm
          opened
          onClose={() => setPending(null)}
          caseType={pending.caseRecord.type}
          state={pending.caseRecord.state}
          action={pending.action}
          snapshot={snapshotOf(pending.caseRecord)}
          onSubmit={submitMove}
        />
      )}
    </Stack>
  );
};
