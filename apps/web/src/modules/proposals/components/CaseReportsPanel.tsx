import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { Panel } from '../../../ui/Panel';
import { useSession } from '../../session';
import { useCaseProposals } from '../hooks/useProposals';
import { ProposalItem } from './ProposalItem';

const SHOWN_DECIDED = 5;

/** The case page's client reports: those waiting with Confirm / Reject, then the last few decided ones. */
export const CaseReportsPanel = ({ caseId, canEdit }: { caseId: string; canEdit: boolean }) => {
  const { t } = useProposalsTranslation();
  const { isPersonal } = useSession();
  const query = useCaseProposals(caseId, !isPersonal);
  // An individual's case has no portal client to report on it.
  if (isPersonal) return null;
  const items = query.data ?? [];
  const pending = items.filter((item) => item.status === 'PENDING');
  const decided = items.filter((item) => item.status !== 'PENDING').slice(0, SHOWN_DECIDED);
  return (
    <Panel title={t('staff.caseTitle')} testId="case-reports">
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
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('staff.caseEmpty')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {[...pending, ...decided].map((proposal) => (
            <ProposalItem key={proposal.id} proposal={proposal} canEdit={canEdit} />
          ))}
        </Stack>
      )}
    </Panel>
  );
};
