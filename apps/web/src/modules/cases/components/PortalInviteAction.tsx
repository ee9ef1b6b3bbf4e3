import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { BulkPortalInvitationResponse, PortalInvitationSkipReason } from '@waiji/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { ApiError } from '../../api/ApiError';
import { api } from '../../api/client';
import { settingsKeys } from '../../settings/api/settingsApi';

// The API's reasons, in the order the summary names them (types only come from the contract).
const skipReasons: readonly PortalInvitationSkipReason[] = [
  'NO_EMAIL',
  'ALREADY_MEMBER',
  'ALREADY_INVITED',
  'SAME_EMAIL',
  'OVER_QUOTA',
];

type PortalInviteActionProps = { caseIds: readonly string[]; disabled: boolean };

/**
 * "Invite to the portal" for the selected cases' clients (owners and admins): one confirmation, one request; the
 * answer says who was invited and why the others were not, and when the daily limit lets the rest be invited.
 */
export const PortalInviteAction = ({ caseIds, disabled }: PortalInviteActionProps) => {
  const { t } = useCasesTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const invite = useMutation({
    mutationFn: (ids: string[]) =>
      api.post<BulkPortalInvitationResponse>('/organization/invitations/portal', { caseIds: ids }),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: settingsKeys.invitations });
    },
  });

  const refusal =
    invite.error instanceof ApiError && invite.error.detailRecord['reason'] === 'EMAIL_NOT_VERIFIED'
      ? t('caseList.bulk.inviteUnverified')
      : invite.error
        ? t('caseList.bulk.inviteRefused', { message: invite.error.message })
        : null;

  return (
    <Stack gap="xs" mt="xs">
      {confirming ? (
        <Paper withBorder p="sm" radius="sm" bg="gray.0">
          <Text size="sm">{t('caseList.bulk.inviteConfirm', { count: caseIds.length })}</Text>
          <Group gap="sm" mt="sm">
            <Button size="sm" onClick={() => invite.mutate([...caseIds])} loading={invite.isPending}>
              {t('caseList.bulk.inviteSend')}
            </Button>
            <Button size="sm" variant="subtle" onClick={() => setConfirming(false)} disabled={invite.isPending}>
              {t('caseList.bulk.inviteCancel')}
            </Button>
          </Group>
        </Paper>
      ) : (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              invite.reset();
              setConfirming(true);
            }}
            disabled={disabled || caseIds.length === 0}
          >
            {t('caseList.bulk.invite')}
          </Button>
        </Group>
      )}
      {refusal ? (
        <Alert color="red" variant="light" role="alert">
          {refusal}
        </Alert>
      ) : null}
      {invite.data ? <PortalInviteSummary result={invite.data} /> : null}
    </Stack>
  );
};

/** Who was invited and, by reason, who was not; when the daily limit left some out, from when to try again. */
export const PortalInviteSummary = ({ result }: { result: BulkPortalInvitationResponse }) => {
  const { t } = useCasesTranslation();
  const { locale } = useLanguage();
  const counts = new Map<PortalInvitationSkipReason, number>();
  for (const row of result.skipped) counts.set(row.reason, (counts.get(row.reason) ?? 0) + 1);
  const notInvited = skipReasons.flatMap((reason) => {
    const count = counts.get(reason) ?? 0;
    return count > 0 ? [t(`caseList.bulk.skipped.${reason}`, { count })] : [];
  });
  return (
    <Stack gap={2} role="status">
      <Text size="sm">{t('caseList.bulk.invited', { count: result.invited.length })}</Text>
      {notInvited.length > 0 ? (
        <Text size="sm">
          {t('caseList.bulk.notInvited')} {notInvited.join(locale.startsWith('zh') ? '，' : ', ')}
        </Text>
      ) : null}
      {result.retryAfterSeconds ? (
        <Text size="sm">
          {t('caseList.bulk.overQuotaUntil', {
            time: formatMoment(new Date(Date.now() + result.retryAfterSeconds * 1000), locale),
          })}
        </Text>
      ) : null}
    </Stack>
  );
};
