import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { PlainList, QueryPanel } from '../../../ui/QueryPanel';
import { useSession } from '../../session';
import { useCaseProposals } from '../hooks/useProposals';
import { ProposalItem } from './ProposalItem';

const SHOWN_DECIDED = 5;

/**
 * The case page's client reports: those waiting with Confirm / Reject, then the last few decided ones. A case
 * whose client never reported anything shows no panel at all (it was an empty box on every case page).
 */
export const CaseReportsPanel = ({ caseId, canEdit }: { caseId: string; canEdit: boolean }) => {
  const { t } = useProposalsTranslation();
  const { isPersonal } = useSession();
  const query = useCaseProposals(caseId, !isPersonal);
  // An individual's case has no portal client to report on it.
  if (isPersonal) return null;
  if (query.data?.length === 0) return null;
  return (
    <QueryPanel
      title={t('staff.caseTitle')}
      testId="case-reports"
      query={query}
      isEmpty={(items) => items.length === 0}
      labels={{
        loading: t('staff.loading'),
        error: t('staff.error'),
        retry: t('staff.retry'),
        empty: t('staff.caseEmpty'),
      }}
    >
      {(items) => (
        <PlainList>
          {[
            ...items.filter((item) => item.status === 'PENDING'),
            ...items.filter((item) => item.status !== 'PENDING').slice(0, SHOWN_DECIDED),
          ].map((proposal) => (
            <ProposalItem key={proposal.id} proposal={proposal} canEdit={canEdit} />
          ))}
        </PlainList>
      )}
    </QueryPanel>
  );
};
