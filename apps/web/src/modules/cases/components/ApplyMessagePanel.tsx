import { Alert, Stack, Text } from '@mantine/core';
import type { ApplyMessageResponse, CaseResponse } from '@waiji/contract';
import { caseStateLabels } from '@waiji/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { BEIJING_TIME_ZONE, formatDay, formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { isApiError } from '../../api';
import { MessageInterpreter, type PastedMessage } from '../../messages/components/MessageInterpreter';
import { casesApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { putCaseInCache, useReminders } from '../hooks/useCaseQueries';
import { useReminderReason, useReminderTitle } from './RemindersPanel';

export type ApplyMessagePanelProps = { caseRecord: CaseResponse; canEdit: boolean };

const MAX_MESSAGE = 5000;

/** What an applied message did: the state now, the same-card date, and the reminder that now waits. */
const AppliedResult = ({ result, appliedAt }: { result: ApplyMessageResponse; appliedAt: number }) => {
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
  const queryClient = useQueryClient();
  const [appliedAt, setAppliedAt] = useState(0);
  const apply = useMutation({
    mutationFn: (pasted: PastedMessage) =>
      casesApi.applyMessage(
        caseRecord.id,
        pasted.message.trim().slice(0, MAX_MESSAGE),
        caseRecord.version,
        pasted.receivedAt ?? undefined,
      ),
    onSuccess: (result) => {
      setAppliedAt(Date.now());
      putCaseInCache(queryClient, result.case);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
    onError: (error) => {
      if (isApiError(error) && error.isConflict)
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseRecord.id) });
    },
  });

  return (
    <Panel title={t('casePage.message.title')} testId="apply-message">
      <Text size="sm">{t('casePage.message.intro')}</Text>
      <MessageInterpreter
        {...(canEdit ? { onApply: (_interpretation, pasted) => apply.mutate(pasted) } : {})}
        applying={apply.isPending}
      />
      {apply.isError && (
        <Alert color="red" variant="light" role="alert" title={t('caseCommon.notSaved')}>
          {apply.error.message}
        </Alert>
      )}
      {apply.isSuccess && <AppliedResult result={apply.data} appliedAt={appliedAt} />}
    </Panel>
  );
};
