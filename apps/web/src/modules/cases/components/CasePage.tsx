import { Alert, Anchor, CloseButton, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import { caseTypeLabels } from '@waiji/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { isApiError } from '../../api';
import { CaseConversation } from '../../conversations/components/ConversationPanel';
import { CaseDocumentsPanel } from '../../documents/lazy';
import { CaseReportsPanel } from '../../proposals/components/CaseReportsPanel';
import { CaseEmailPanel } from '../../inbox/components/CaseEmailPanel';
import { useSession } from '../../session';
import { useCase, useCaseEvents, useCaseTransition, useClient } from '../hooks/useCaseQueries';
import { snapshotOf } from '../utils/snapshot';
import { ActionButtons } from './ActionButtons';
import { ApplyMessagePanel } from './ApplyMessagePanel';
import { CaseAssignment } from './CaseAssignment';
import { CaseChecksPanel } from './CaseChecksPanel';
import { CaseFollowUp } from './CaseFollowUp';
import { CaseStateDiagram } from './CaseStateDiagram';
import { CaseTimeline } from './CaseTimeline';
import { CaseArchivedNotice, CaseDetailsPanel } from './CaseDetailsPanel';
import { ClientSummary } from './ClientSummary';
import { DueText } from './DueText';
import { NotesPanel } from './NotesPanel';
import { QueryState } from './QueryState';
import { RemindersPanel } from './RemindersPanel';
import { StateBadge } from './StateBadge';
import { UndoButton } from './UndoButton';

/** An individual comes here from "My case" and goes back there; staff go back to the case list. */
const useBackLink = (): { to: string; label: 'casePage.back' | 'casePage.backToMine' } =>
  useSession().isPersonal
    ? { to: paths.portal, label: 'casePage.backToMine' }
    : { to: paths.cases, label: 'casePage.back' };

/** Shown for a missing case and for a case of another organization alike (the API answers 404 for both). */
export const CaseNotFound = () => {
  const { t } = useCasesTranslation();
  const back = useBackLink();
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('casePage.notFoundTitle')}</Title>
      <Text>{t('casePage.notFoundBody')}</Text>
      <Anchor component={Link} to={back.to} underline="always">
        {t(back.label)}
      </Anchor>
    </Stack>
  );
};

type CaseViewProps = { caseRecord: CaseResponse };

const CaseView = ({ caseRecord }: CaseViewProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const session = useSession();
  const canEdit = session.canEdit;
  const transition = useCaseTransition();
  const events = useCaseEvents(caseRecord.id);
  const client = useClient(caseRecord.clientId);
  const [conflict, setConflict] = useState<string | null>(null);
  const back = useBackLink();

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to={back.to} size="sm">
          ← {t(back.label)}
        </Anchor>
        <Title order={1}>{caseRecord.client.passportName}</Title>
        <Group gap="sm" wrap="wrap">
          <StateBadge state={caseRecord.state} size="lg" />
          <Text size="sm">{text(caseTypeLabels[caseRecord.type])}</Text>
          <Text size="sm" c="dimmed">
            {t('casePage.attempt', { count: caseRecord.attempt })}
          </Text>
          <DueText dueAt={caseRecord.nextDueAt} />
        </Group>
        <CaseAssignment caseRecord={caseRecord} canEdit={canEdit} />
        <CaseFollowUp caseId={caseRecord.id} canEdit={canEdit} />
      </Stack>

      {canEdit && <UndoButton caseRecord={caseRecord} />}
      <CaseArchivedNotice caseRecord={caseRecord} canEdit={canEdit} />

      {conflict && (
        <Alert color="orange" variant="light" role="alert" data-testid="conflict">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{t('casePage.conflict', { message: conflict })}</Text>
            <CloseButton size="sm" onClick={() => setConflict(null)} aria-label={t('board.dismiss')} />
          </Group>
        </Alert>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Panel title={t('casePage.actionsTitle')} testId="actions">
              {canEdit ? (
                <ActionButtons
                  caseType={caseRecord.type}
                  state={caseRecord.state}
                  snapshot={snapshotOf(caseRecord)}
                  onSubmit={async (action, payload) => {
                    setConflict(null);
                    try {
                      await transition.mutateAsync({ caseRecord, action, payload });
                    } catch (error) {
                      if (isApiError(error) && error.isConflict) setConflict(error.message);
                      throw error;
                    }
                  }}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('caseCommon.readOnly')}
                </Text>
              )}
            </Panel>
            <CaseReportsPanel caseId={caseRecord.id} canEdit={canEdit} />
            <Panel title={t('casePage.diagramTitle')} testId="diagram">
              <CaseStateDiagram caseType={caseRecord.type} currentState={caseRecord.state} />
            </Panel>
            <ApplyMessagePanel caseRecord={caseRecord} canEdit={canEdit} />
            <CaseEmailPanel caseRecord={caseRecord} canEdit={canEdit} />
            <CaseConversation caseId={caseRecord.id} />
            <Panel title={t('casePage.timeline.title')} testId="timeline">
              <QueryState query={events}>
                {() => <CaseTimeline entries={events.data?.items ?? []} caseType={caseRecord.type} />}
              </QueryState>
            </Panel>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ClientSummary caseRecord={caseRecord} canReveal={canEdit} />
            <CaseDetailsPanel caseRecord={caseRecord} canEdit={canEdit} />
            <RemindersPanel caseId={caseRecord.id} canEdit={canEdit} />
            <CaseDocumentsPanel caseRecord={caseRecord} client={client.data} canEdit={canEdit} />
            <CaseChecksPanel caseRecord={caseRecord} client={client.data} />
            <NotesPanel caseId={caseRecord.id} events={events.data?.items ?? []} canEdit={canEdit} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
};

/** /cases/:caseId — everything about one case on one screen. */
export const CasePage = () => {
  const { caseId = '' } = useParams();
  const caseQuery = useCase(caseId);
  if (caseQuery.isError && isApiError(caseQuery.error) && (caseQuery.error.isNotFound || caseQuery.error.isForbidden))
    return <CaseNotFound />;
  return (
    <QueryState query={caseQuery}>
      {() => (caseQuery.data ? <CaseView caseRecord={caseQuery.data} /> : null)}
    </QueryState>
  );
};
