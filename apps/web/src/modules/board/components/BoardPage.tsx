import {
  Alert,
  Anchor,
  Button,
  Card,
  CloseButton,
  Group,
  Loader,
  Menu,
  NativeSelect,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { CaseListResponse, CaseResponse } from '@waiji/contract';
import { type QueryKey, useQueries, useQueryClient } from '@tanstack/react-query';
import {
  type ActionPayload,
  type CaseAction,
  caseActionLabels,
  type CaseState,
  caseStateLabels,
  caseStates,
  type CaseType,
  caseTypes,
  machineFor,
  oneOf,
} from '@waiji/domain';
import { type DragEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { BEIJING_TIME_ZONE, formatDay } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { isApiError } from '../../api';
import {
  ActionForm,
  casesApi,
  caseKeys,
  DueText,
  defaultListFilters,
  listSearchFromFilters,
  PriorityBadge,
  putCaseInCache,
  snapshotOf,
  StateBadge,
  stateColor,
  toApiQuery,
} from '../../cases';
import { useSession } from '../../session';
import { planMove } from '../utils/planMove';
import classes from './BoardPage.module.css';

const COLUMN_LIMIT = 50;
const DRAG_TYPE = 'application/x-waiji-case';

type Refusal = { caseRecord: CaseResponse; to: CaseState; allowed: CaseAction[] };
type PendingMove = { caseRecord: CaseResponse; action: CaseAction; to: CaseState };

/** The query of one column: that state's live cases, most recently changed first. */
const columnQuery = (state: CaseState, type: CaseType | null) =>
  toApiQuery({ ...defaultListFilters, state: [state], type: type ? [type] : [] }, { limit: COLUMN_LIMIT });

type CardProps = {
  caseRecord: CaseResponse;
  columns: readonly CaseState[];
  canEdit: boolean;
  onMove: (caseRecord: CaseResponse, to: CaseState) => void;
};

const BoardCard = ({ caseRecord, columns, canEdit, onMove }: CardProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const name = caseRecord.client.passportName;
  const targets = columns.filter((state) => state !== caseRecord.state);
  return (
    <Card
      component="li"
      withBorder
      padding="xs"
      radius="sm"
      className={classes.card}
      draggable={canEdit}
      onDragStart={(event: DragEvent<HTMLLIElement>) => {
        event.dataTransfer.setData(DRAG_TYPE, caseRecord.id);
        event.dataTransfer.setData('text/plain', name);
        event.dataTransfer.effectAllowed = 'move';
      }}
      data-case-id={caseRecord.id}
      title={canEdit ? t('board.dragHint') : undefined}
    >
      <Stack gap={4}>
        <Anchor component={Link} to={paths.case(caseRecord.id)} fw={600} size="sm" draggable={false}>
          {name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t(`caseCommon.typeShort.${caseRecord.type}`)}
          {caseRecord.assigneeName ? ` · ${caseRecord.assigneeName}` : ''}
        </Text>
        <PriorityBadge priority={caseRecord.priority} />
        <DueText dueAt={caseRecord.nextDueAt} size="xs" />
        {canEdit && (
          <Menu withinPortal position="bottom-start">
            <Menu.Target>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={t('board.moveMenu', { name })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('board.moveTo')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {targets.map((state) => (
                <Menu.Item key={state} onClick={() => onMove(caseRecord, state)}>
                  {text(caseStateLabels[state])}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Stack>
    </Card>
  );
};

/**
 * /board: one column per state. Dropping a card (or choosing "Move to…") plans the move with the
 * domain's machine: a move it does not allow is refused with the reason; an allowed one opens the
 * action's form, then moves the card at once and puts it back if the server answers 409.
 */
export const BoardPage = () => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const session = useSession();
  const canEdit = session.canEdit;
  const queryClient = useQueryClient();
  const [type, setType] = useState<CaseType | null>(null);
  const [dragOver, setDragOver] = useState<CaseState | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [rollback, setRollback] = useState<string | null>(null);

  const columns = useMemo<CaseState[]>(
    () => (type ? (machineFor(type)?.states ?? [...caseStates]) : [...caseStates]),
    [type],
  );
  const queries = useMemo(() => columns.map((state) => ({ state, query: columnQuery(state, type) })), [columns, type]);
  const results = useQueries({
    queries: queries.map(({ query }) => ({
      queryKey: caseKeys.list(query.toString()) as QueryKey,
      queryFn: ({ signal }: { signal: AbortSignal }) => casesApi.list(query, signal),
    })),
  });

  const keyOf = (state: CaseState): QueryKey | undefined => {
    const found = queries.find((entry) => entry.state === state);
    return found ? caseKeys.list(found.query.toString()) : undefined;
  };

  const findCase = (caseId: string): CaseResponse | undefined => {
    for (const result of results) {
      const found = result.data?.items.find((item) => item.id === caseId);
      if (found) return found;
    }
    return undefined;
  };

  const requestMove = (caseRecord: CaseResponse, to: CaseState) => {
    setRollback(null);
    const plan = planMove(caseRecord.type, caseRecord.state, to);
    if (plan.kind === 'same') return;
    if (plan.kind === 'refused') {
      setRefusal({ caseRecord, to, allowed: plan.allowed });
      return;
    }
    setRefusal(null);
    setPending({ caseRecord, action: plan.action, to });
    setFormOpen(true);
  };

  /** Moves the card in the cached columns now; returns how to put everything back. */
  const moveOptimistically = (caseRecord: CaseResponse, to: CaseState): (() => void) => {
    const fromKey = keyOf(caseRecord.state);
    const toKey = keyOf(to);
    const before: [QueryKey, CaseListResponse | undefined][] = [fromKey, toKey]
      .filter((key): key is QueryKey => key !== undefined)
      .map((key) => [key, queryClient.getQueryData<CaseListResponse>(key)]);
    if (fromKey) {
      queryClient.setQueryData<CaseListResponse>(fromKey, (data) =>
        data ? { ...data, items: data.items.filter((item) => item.id !== caseRecord.id) } : data,
      );
    }
    if (toKey) {
      queryClient.setQueryData<CaseListResponse>(toKey, (data) =>
        data ? { ...data, items: [{ ...caseRecord, state: to }, ...data.items] } : data,
      );
    }
    return () => {
      for (const [key, data] of before) queryClient.setQueryData(key, data);
    };
  };

  const submitMove = async (action: CaseAction, payload: ActionPayload) => {
    if (!pending) return;
    const { caseRecord, to } = pending;
    const restore = moveOptimistically(caseRecord, to);
    try {
      const result = await casesApi.transition(caseRecord.id, action, caseRecord.version, payload);
      putCaseInCache(queryClient, result.case);
      setAnnouncement(
        t('board.moved', { name: caseRecord.client.passportName, state: text(caseStateLabels[result.case.state]) }),
      );
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    } catch (error) {
      restore();
      if (isApiError(error)) {
        setRollback(t('board.rolledBack', { message: error.message }));
        if (error.isConflict) void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      }
      // The form stays open and shows the server's explanation.
      throw error;
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>, state: CaseState) => {
    event.preventDefault();
    setDragOver(null);
    const caseId = event.dataTransfer.getData(DRAG_TYPE);
    const caseRecord = caseId ? findCase(caseId) : undefined;
    if (caseRecord) requestMove(caseRecord, state);
  };

  const refusalText = (value: Refusal): string => {
    const from = text(caseStateLabels[value.caseRecord.state]);
    const parts = [t('board.refused', { from, to: text(caseStateLabels[value.to]) })];
    parts.push(
      value.allowed.length > 0
        ? t('board.allowedFrom', {
            from,
            actions: value.allowed.map((action) => text(caseActionLabels[action])).join(', '),
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
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('board.title')}</Title>
          <Text size="sm">{t('board.intro')}</Text>
        </Stack>
        <NativeSelect
          label={t('board.type')}
          value={type ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setType(oneOf(caseTypes, value) ? value : null);
          }}
          data={[
            { value: '', label: t('caseList.allTypes') },
            ...caseTypes.map((value) => ({ value, label: t(`caseCommon.typeShort.${value}`) })),
          ]}
        />
      </Group>
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

      <div className={classes.board}>
        {queries.map(({ state }, index) => {
          const result = results[index];
          const items = result?.data?.items ?? [];
          const label = text(caseStateLabels[state]);
          return (
            <section
              key={state}
              className={classes.column}
              data-over={dragOver === state}
              data-state={state}
              aria-label={t('board.columnLabel', { state: label, count: items.length })}
              onDragOver={(event) => {
                if (!canEdit || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (dragOver !== state) setDragOver(state);
              }}
              onDragLeave={() => setDragOver((current) => (current === state ? null : current))}
              onDrop={(event) => onDrop(event, state)}
              style={{ borderTopColor: `var(--mantine-color-${stateColor[state].replace('.', '-')})` }}
            >
              <Group justify="space-between" gap="xs" mb="xs">
                <StateBadge state={state} />
                <Text size="sm" fw={600} aria-hidden="true">
                  {items.length}
                  {result?.data?.nextCursor ? '+' : ''}
                </Text>
              </Group>
              {result?.isPending && <Loader size="xs" aria-label={t('caseCommon.loading')} />}
              {result?.isError && (
                <Alert color="red" variant="light" p="xs">
                  {t('caseCommon.loadError', { message: result.error.message })}
                </Alert>
              )}
              {result?.isSuccess && items.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('board.empty')}
                </Text>
              )}
              <ul className={classes.cards}>
                {items.map((item) => (
                  <BoardCard key={item.id} caseRecord={item} columns={columns} canEdit={canEdit} onMove={requestMove} />
                ))}
              </ul>
              {result?.data?.nextCursor && (
                <Anchor
                  component={Link}
                  to={`${paths.cases}?${listSearchFromFilters({ ...defaultListFilters, state: [state], type: type ? [type] : [] }).toString()}`}
                  size="xs"
                >
                  {t('board.more', { count: items.length })}
                </Anchor>
              )}
            </section>
          );
        })}
      </div>

      {pending && (
        <ActionForm
          opened={formOpen}
          onClose={() => setFormOpen(false)}
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
