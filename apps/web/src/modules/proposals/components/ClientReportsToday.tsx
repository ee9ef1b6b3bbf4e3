import { Alert, Badge, Button, Loader, Stack, Text } from '@mantine/core';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { Panel } from '../../../ui/Panel';
import { useSession } from '../../session';
import { usePendingProposals } from '../hooks/useProposals';
import { ProposalItem } from './ProposalItem';

/** Today: what clients reported from the portal and nobody confirmed yet, each one click from done. */
export const ClientReportsToday = () => {
  const { t } = useProposalsTranslation();
  const session = useSession();
  // An individual's own organization has no portal clients.
  const relevant = !session.isPersonal;
  const query = usePendingProposals(relevant);
  if (!relevant) return null;
  return (
    <Panel
      title={t('staff.todayTitle')}
      testId="today-reports"
      aside={
        query.isSuccess ? (
          <Badge variant="outline" color="gray.8" tt="none" aria-hidden="true">
            {query.data.length}
          </Badge>
        ) : null
      }
    >
      {query.isPending ? (
        <Loader size="sm" aria-label={t('staff.loading')} />
      ) : query.isError ? (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('staff.error')}</Text>
            <Button size="xs" variant="light" onClick={() => void query.refetch()}>
              {t('staff.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : query.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('staff.todayEmpty')}
        </Text>
      ) : (
        <Stack gap={0}>
          {session.canEdit ? null : (
            <Text size="sm" c="dimmed">
              {t('staff.readOnly')}
            </Text>
          )}
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
            {query.data.map((proposal) => (
              <ProposalItem key={proposal.id} proposal={proposal} canEdit={session.canEdit} showCase />
            ))}
          </Stack>
        </Stack>
      )}
    </Panel>
  );
};
