import { Stack, Text } from '@mantine/core';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { PlainList, QueryPanel } from '../../../ui/QueryPanel';
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
    <QueryPanel
      title={t('staff.todayTitle')}
      testId="today-reports"
      query={query}
      count={(data) => data.length}
      isEmpty={(data) => data.length === 0}
      labels={{
        loading: t('staff.loading'),
        error: t('staff.error'),
        retry: t('staff.retry'),
        empty: t('staff.todayEmpty'),
      }}
    >
      {(data) => (
        <Stack gap={0}>
          {session.canEdit ? null : (
            <Text size="sm" c="dimmed">
              {t('staff.readOnly')}
            </Text>
          )}
          <PlainList>
            {data.map((proposal) => (
              <ProposalItem key={proposal.id} proposal={proposal} canEdit={session.canEdit} showCase />
            ))}
          </PlainList>
        </Stack>
      )}
    </QueryPanel>
  );
};
