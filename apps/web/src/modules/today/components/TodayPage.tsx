import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import { reasonCodeLabels } from '@waiji/domain';
import { type ReactNode, useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { resultsTargetId } from '../../../ui/SkipLink';
import {
  ActionButtons,
  AssigneeScope,
  type AssigneeScopeValue,
  DueText,
  defaultListFilters,
  formatSpan,
  type ListFilters,
  listSearchFromFilters,
  QueryState,
  snapshotOf,
  StateBadge,
  toApiQuery,
  useCasePage,
  useCaseTransition,
} from '../../cases';
import { UnreadMessagesToday } from '../../conversations/components/UnreadMessages';
import { ReadyToSubmitSection } from '../../documents/lazy';
import { ClientReportsToday } from '../../proposals/components/ClientReportsToday';
import { UnmatchedMailToday } from '../../inbox/components/UnmatchedMailToday';
import { useSession } from '../../session';

const localDay = (date: Date): string => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

type Section = 'overdue' | 'dueToday' | 'waiting' | 'rejected';

/** The list filters behind each section, for everyone's cases or `assignee`'s; "See all" opens the list with them. */
export const todayFilters = (section: Section, now: Date, assignee?: AssigneeScopeValue): ListFilters => {
  const sectionFilters = sectionOnly(section, now);
  return assignee ? { ...sectionFilters, assignee } : sectionFilters;
};

const sectionOnly = (section: Section, now: Date): ListFilters => {
  switch (section) {
    case 'overdue':
      return { ...defaultListFilters, overdue: true, sort: 'nextDueAt', order: 'asc' };
    case 'dueToday':
      return { ...defaultListFilters, dueBy: localDay(now), sort: 'nextDueAt', order: 'asc' };
    case 'waiting':
      // The list cannot sort by time in state; the oldest changes come first and are then ordered by it.
      return {
        ...defaultListFilters,
        state: ['SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW'],
        sort: 'updatedAt',
        order: 'asc',
      };
    case 'rejected':
      return { ...defaultListFilters, state: ['REJECTED'], sort: 'updatedAt', order: 'desc' };
  }
};

const SHOWN = 10;

type RowProps = { caseRecord: CaseResponse; detail: ReactNode; canEdit: boolean };

const TodayRow = ({ caseRecord, detail, canEdit }: RowProps) => {
  const { t } = useCasesTranslation();
  const transition = useCaseTransition();
  return (
    <Stack
      component="li"
      gap={6}
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      data-case-id={caseRecord.id}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={paths.case(caseRecord.id)}
            fw={600}
            aria-label={t('caseCommon.openCase', { name: caseRecord.client.passportName })}
          >
            {caseRecord.client.passportName}
          </Anchor>
          <StateBadge state={caseRecord.state} size="xs" />
          <Text size="xs" c="dimmed">
            {t(`caseCommon.typeShort.${caseRecord.type}`)}
          </Text>
        </Group>
        {detail}
      </Group>
      {canEdit && (
        <ActionButtons
          caseType={caseRecord.type}
          state={caseRecord.state}
          snapshot={snapshotOf(caseRecord)}
          size="xs"
          onSubmit={(action, payload) => transition.mutateAsync({ caseRecord, action, payload })}
        />
      )}
    </Stack>
  );
};

type SectionProps = { section: Section; now: Date; canEdit: boolean; assignee: AssigneeScopeValue };

const TodaySection = ({ section, now, canEdit, assignee }: SectionProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const filters = useMemo(() => todayFilters(section, now, assignee), [section, now, assignee]);
  const query = useCasePage(
    toApiQuery(filters, { limit: section === 'waiting' || section === 'dueToday' ? 50 : SHOWN }),
  );

  const rows = (items: readonly CaseResponse[]): CaseResponse[] => {
    if (section === 'dueToday')
      return items
        .filter((item) => item.nextDueAt && new Date(item.nextDueAt).getTime() >= now.getTime())
        .slice(0, SHOWN);
    if (section === 'waiting')
      return [...items].sort((a, b) => a.stateEnteredAt.localeCompare(b.stateEnteredAt)).slice(0, SHOWN);
    return items.slice(0, SHOWN);
  };

  const detailOf = (item: CaseResponse): ReactNode => {
    if (section === 'waiting') {
      return (
        <Text
          size="sm"
          title={t('caseCommon.inStateSince', { when: new Date(item.stateEnteredAt).toLocaleString(locale) })}
        >
          {t('today.waitingFor', {
            duration: formatSpan(now.getTime() - new Date(item.stateEnteredAt).getTime(), locale),
          })}
        </Text>
      );
    }
    if (section === 'rejected') {
      return item.lastReasonCode ? (
        <Text size="sm">{t('today.lastReason', { reason: text(reasonCodeLabels[item.lastReasonCode]) })}</Text>
      ) : (
        <DueText dueAt={item.nextDueAt} now={now} />
      );
    }
    return <DueText dueAt={item.nextDueAt} now={now} />;
  };

  const shown = rows(query.data?.items ?? []);
  return (
    <Panel
      title={t(`today.${section}.title`)}
      testId={`today-${section}`}
      aside={
        query.isSuccess ? (
          <Badge variant="outline" color="gray.8" tt="none" aria-hidden="true">
            {shown.length}
            {query.data.nextCursor && section !== 'dueToday' && section !== 'waiting' ? '+' : ''}
          </Badge>
        ) : null
      }
    >
      <QueryState query={query}>
        {() =>
          shown.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t(`today.${section}.empty`)}
            </Text>
          ) : (
            <Stack gap={0}>
              <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
                {shown.map((item) => (
                  <TodayRow key={item.id} caseRecord={item} detail={detailOf(item)} canEdit={canEdit} />
                ))}
              </Stack>
              <Anchor
                component={Link}
                to={`${paths.cases}?${listSearchFromFilters(filters).toString()}`}
                size="sm"
                mt="xs"
              >
                {t('today.seeAll')}
              </Anchor>
            </Stack>
          )
        }
      </QueryState>
    </Panel>
  );
};

/** /today: the staff start page — what is overdue, due today, longest with Alipay, and just rejected. */
export const TodayPage = () => {
  const { t } = useCasesTranslation();
  const session = useSession();
  // One "now" per visit keeps the sections consistent with each other.
  const now = useMemo(() => new Date(), []);
  // Mine / unassigned / everyone, in the address so that a bookmark or the back button keeps it.
  const [searchParams, setSearchParams] = useSearchParams();
  const scope = searchParams.get('assignee');
  const assignee: AssigneeScopeValue = scope === 'me' || scope === 'none' ? scope : undefined;
  const setAssignee = useCallback(
    (next: AssigneeScopeValue) => setSearchParams(next ? { assignee: next } : {}, { replace: true }),
    [setSearchParams],
  );
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('today.title')}</Title>
        <Text>{t('today.intro')}</Text>
      </Stack>
      {!session.canEdit && session.status === 'signed-in' && (
        <Text size="sm" c="dimmed">
          {t('caseCommon.readOnly')}
        </Text>
      )}
      <AssigneeScope value={assignee} onChange={setAssignee} />
      <Stack gap="md" id={resultsTargetId} tabIndex={-1}>
        <ClientReportsToday />
        <UnmatchedMailToday />
        <UnreadMessagesToday />
        <ReadyToSubmitSection assignee={assignee} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {(['overdue', 'dueToday', 'waiting', 'rejected'] as const).map((section) => (
            <TodaySection key={section} section={section} now={now} canEdit={session.canEdit} assignee={assignee} />
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
};
