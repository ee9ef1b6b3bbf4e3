import { Stack, Text } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import { useInboxTranslation } from '../../../i18n/useInboxTranslation';
import { PlainList, QueryPanel } from '../../../ui/QueryPanel';
import { AppliedResult, isStaleDate, StaleDateQuestion } from '../../cases';
import { isApiError } from '../../api';
import { useCaseMail, useInboxActions } from '../hooks/useInbox';
import { ActionError, ApplyButtons, EmailMessageCard } from './EmailMessageCard';
import { CopyField } from '../../settings/components/CopyField';

/**
 * The case page's emails: the case's own address (copy it, forward Alipay's mail to it), then the emails it received,
 * each with its reading and, when the interpreter suggests a step the case allows now, Apply in one click (the same
 * path as a pasted message).
 */
export const CaseEmailPanel = ({ caseRecord, canEdit }: { caseRecord: CaseResponse; canEdit: boolean }) => {
  const { t } = useInboxTranslation();
  const query = useCaseMail(caseRecord.id);
  const { apply, dismiss } = useInboxActions();
  const busyId = apply.isPending ? apply.variables.messageId : dismiss.isPending ? dismiss.variables : null;
  return (
    <QueryPanel
      title={t('case.title')}
      testId="case-emails"
      query={query}
      count={(data) => data.items.length}
      isEmpty={() => false}
      labels={{ loading: t('common.loading'), error: t('common.error'), retry: t('common.retry'), empty: '' }}
    >
      {(data) => (
        <Stack gap="sm">
          <CopyField
            label={t('case.addressLabel')}
            description={t('case.addressHint')}
            value={data.address}
            testId="inbound-address"
          />
          {data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('case.empty')}
            </Text>
          ) : (
            <PlainList>
              {data.items.map((message) => (
                <EmailMessageCard key={message.id} message={message} canKeepAttachments={canEdit}>
                  {canEdit && (
                    <ApplyButtons
                      message={message}
                      busy={busyId === message.id}
                      onApply={() => apply.mutate({ messageId: message.id, body: { version: caseRecord.version } })}
                      onDismiss={() => dismiss.mutate(message.id)}
                    />
                  )}
                  {apply.variables?.messageId === message.id && apply.isError ? (
                    isStaleDate(apply.error) ? (
                      <StaleDateQuestion
                        error={apply.error}
                        busy={apply.isPending}
                        onConfirm={() =>
                          apply.mutate({
                            messageId: message.id,
                            body: { version: caseRecord.version, confirmStaleDate: true },
                          })
                        }
                        onCancel={() => apply.reset()}
                      />
                    ) : (
                      <ActionError message={isApiError(apply.error) ? apply.error.message : String(apply.error)} />
                    )
                  ) : null}
                  {apply.isSuccess && apply.variables.messageId === message.id && (
                    <AppliedResult
                      result={{ ...apply.data, interpretations: message.interpretations }}
                      appliedAt={apply.submittedAt}
                    />
                  )}
                  {dismiss.isError && dismiss.variables === message.id && (
                    <ActionError message={isApiError(dismiss.error) ? dismiss.error.message : String(dismiss.error)} />
                  )}
                </EmailMessageCard>
              ))}
            </PlainList>
          )}
        </Stack>
      )}
    </QueryPanel>
  );
};
