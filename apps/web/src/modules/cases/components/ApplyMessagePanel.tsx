import { Alert, Stack, Text } from '@mantine/core';
import type { ApplyMessageResponse, CaseResponse } from '@waiji/contract';
import { caseStateLabels } from '@waiji/domain';
import type { ReactNode } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { BEIJING_TIME_ZONE, formatDay, formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { MessageInterpreter } from '../../messages/components/MessageInterpreter';
import { ScreenshotReader } from '../../screenshots/components/ScreenshotReader';
import { useApplyMessage } from '../hooks/useApplyMessage';
import { useReminders } from '../hooks/useCaseQueries';
import { useReminderReason, useReminderTitle } from './RemindersPanel';
import { isStaleDate } from '../utils/staleDate';
import { StaleDateQuestion } from './StaleDateQuestion';

export type ApplyMessagePanelProps = { caseRecord: CaseResponse; canEdit: boolean };

export type AppliedResultProps = {
  result: ApplyMessageResponse;
  /** When the apply succeeded (useApplyMessage's appliedAt). */
  appliedAt: number;
  /** Below the result, e.g. a link to the case. */
  children?: ReactNode;
};

/** What an applied message did: the state now, the same-card date, and the reminder that now waits. */
export const AppliedResult = ({ result, appliedAt, children }: AppliedResultProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const reminders = useReminders(result.case.id);
  const title = useReminderTitle();
  const reason = useReminderReason();
  const state = text(caseStateLabels[result.case.state]);
  // Until the reminders are read again after the apply, the cache holds the previous state's (a deposit chase, say):
  // showing one of those as "the reminder that now waits" would be wrong, so the line waits for the fresh list.
  const fresh = reminders.dataUpdatedAt >= appliedAt ? (reminders.data?.items ?? []) : [];
  const pending = fresh
    .filter((reminder) => reminder.status === 'pending')
    .sort((a, b) =>
      a.kind === 'RETRY_ALLOWED'
        ? -1
        : b.kind === 'RETRY_ALLOWED'
          ? 1
          : a.effectiveDueAt.localeCompare(b.effectiveDueAt),
    );
  const next = pending[0];
  return (
    <Alert
      color="teal"
      variant="light"
      title={result.action ? t('casePage.message.applied', { state }) : t('casePage.message.appliedNoMove', { state })}
      data-testid="apply-result"
    >
      <Stack gap={4}>
        {result.case.retryAfter && (
          <Text size="sm" fw={600} data-testid="apply-retry">
            {t('casePage.message.retry', {
              date: formatDay(new Date(result.case.retryAfter), locale, BEIJING_TIME_ZONE),
            })}
          </Text>
        )}
        {next && (
          <Text size="sm" data-testid="apply-reminder" data-kind={next.kind}>
            {t('casePage.message.reminder', {
              reason: reason(next) ?? title(next),
              when: formatMoment(new Date(next.effectiveDueAt), locale),
            })}
          </Text>
        )}
        {children}
      </Stack>
    </Alert>
  );
};

/**
 * "Paste an Alipay message": the interpreter explains it as it is typed; Apply sends the whole message to
 * the API, which records it, performs the transition it implies and plans its reminder.
 */
export const ApplyMessagePanel = ({ caseRecord, canEdit }: ApplyMessagePanelProps) => {
  const { t } = useCasesTranslation();
  const apply = useApplyMessage();

  return (
    <Panel title={t('casePage.message.title')} testId="apply-message">
      <Text size="sm">{t('casePage.message.intro')}</Text>
      <MessageInterpreter
        {...(canEdit ? { onApply: (_interpretation, pasted) => apply.mutate({ target: caseRecord, pasted }) } : {})}
        applying={apply.isPending}
        imageInput={(put) => <ScreenshotReader onRead={put} />}
      />
      {apply.isError && isStaleDate(apply.error) && apply.variables ? (
        <StaleDateQuestion
          error={apply.error}
          busy={apply.isPending}
          onConfirm={() => apply.variables && apply.mutate({ ...apply.variables, confirmStaleDate: true })}
          onCancel={() => apply.reset()}
        />
      ) : apply.isError ? (
        <Alert color="red" variant="light" role="alert" title={t('caseCommon.notSaved')}>
          {apply.error.message}
        </Alert>
      ) : null}
      {apply.isSuccess && <AppliedResult result={apply.data} appliedAt={apply.appliedAt} />}
    </Panel>
  );
};
