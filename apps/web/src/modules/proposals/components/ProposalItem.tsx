import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { caseActionLabels, caseStateLabels, proposalKindLabels } from '@waiji/domain';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { isStaleDate, StaleDateQuestion, StateBadge } from '../../cases';
import type { Proposal } from '../api/proposalsApi';
import { useDecideProposal } from '../hooks/useProposals';
import { ProposalDetails } from './ProposalDetails';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

type Props = {
  proposal: Proposal;
  canEdit: boolean;
  /** On Today: the client's name (a link to the case) and the case's state. */
  showCase?: boolean;
};

/** One client report for helpers: what the client said, what confirming does now, and Confirm / Reject. */
export const ProposalItem = ({ proposal, canEdit, showCase = false }: Props) => {
  const { t } = useProposalsTranslation();
  const pick = useBilingual();
  const { locale } = useLanguage();
  const decide = useDecideProposal();
  const titleId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const kind = pick(proposalKindLabels[proposal.kind]);
  const pending = proposal.status === 'PENDING';
  const possible = proposal.steps.length > 0 || proposal.kind === 'MESSAGE';

  const confirm = (confirmStaleDate = false) => {
    setOutcome(null);
    decide.mutate(
      { proposalId: proposal.id, confirmStaleDate },
      { onSuccess: (result) => setOutcome(t('staff.confirmed', { state: pick(caseStateLabels[result.case.state]) })) },
    );
  };
  const reject = () => {
    setOutcome(null);
    decide.mutate(
      { proposalId: proposal.id, reject: { reason } },
      {
        onSuccess: () => {
          setRejecting(false);
          setOutcome(t('staff.rejected'));
        },
      },
    );
  };

  return (
    <Stack
      component="li"
      gap={6}
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      {...(showCase
        ? { 'aria-label': t('staff.says', { name: proposal.case.clientName, kind }) }
        : { 'aria-labelledby': titleId })}
      data-testid="proposal"
      data-proposal-id={proposal.id}
      data-status={proposal.status}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        {showCase ? (
          <Group gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to={paths.case(proposal.case.id)}
              fw={600}
              aria-label={t('staff.openCase', { name: proposal.case.clientName })}
            >
              {proposal.case.clientName}
            </Anchor>
            <StateBadge state={proposal.case.state} size="xs" />
          </Group>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('staff.reportedAt', { date: formatMoment(new Date(proposal.createdAt), locale) })}
        </Text>
      </Group>
      <Text fw={600} size="sm" id={titleId}>
        {t('staff.clientSays', { kind })}
      </Text>
      <ProposalDetails kind={proposal.kind} payload={proposal.payload} interpretations={proposal.interpretations} />

      {pending ? (
        <Text size="sm" c={possible ? undefined : 'orange'} data-testid="proposal-outcome">
          {proposal.steps.length > 0
            ? t('staff.willRecord', {
                actions: proposal.steps.map((action) => pick(caseActionLabels[action])).join(' → '),
              })
            : proposal.kind === 'MESSAGE'
              ? t('staff.messageOnly')
              : t('staff.notPossible')}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {proposal.status === 'REJECTED'
            ? t('staff.status.REJECTED', { name: proposal.decidedBy?.displayName ?? '' })
            : proposal.decidedBy
              ? t('staff.status.APPLIED', { name: proposal.decidedBy.displayName })
              : t('staff.status.APPLIED_DIRECTLY')}
          {proposal.rejectionReason ? ` · ${t('staff.rejectionReason', { reason: proposal.rejectionReason })}` : ''}
        </Text>
      )}

      {decide.isError && isStaleDate(decide.error) ? (
        <StaleDateQuestion
          error={decide.error}
          busy={decide.isPending}
          onConfirm={() => confirm(true)}
          onCancel={() => decide.reset()}
        />
      ) : decide.isError ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {t('staff.failed', { message: decide.error.message })}
        </Alert>
      ) : null}
      {outcome ? (
        <Text size="sm" role="status" c="green">
          {outcome}
        </Text>
      ) : null}

      {pending && canEdit && !rejecting ? (
        <Group gap="xs">
          <Button size="xs" onClick={() => confirm()} loading={decide.isPending} disabled={!possible}>
            {t('staff.confirm')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setRejecting(true)} disabled={decide.isPending}>
            {t('staff.reject')}
          </Button>
        </Group>
      ) : null}
      {pending && canEdit && rejecting ? (
        <Stack gap="xs">
          <GrowingTextarea
            label={t('staff.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={500}
            minRows={2}
          />
          <Group gap="xs">
            <Button size="xs" color="red" onClick={reject} loading={decide.isPending}>
              {t('staff.rejectSend')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setRejecting(false)} disabled={decide.isPending}>
              {t('staff.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
};
