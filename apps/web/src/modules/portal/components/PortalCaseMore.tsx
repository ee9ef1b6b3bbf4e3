import { Stack } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { PortalConversation } from '../../conversations/components/ConversationPanel';
import { conversationQuery } from '../../conversations/hooks/useConversation';
import { caseDocumentsQuery } from '../../documents/hooks/useDocuments';
import { PortalDocumentsSection, preloadPortalDocuments } from '../../documents/lazy';
import { PortalForwardAddress } from '../../inbox/components/PortalForwardAddress';
import { portalAddressQuery } from '../../inbox/hooks/useInbox';
import { ReportWhatHappened } from '../../proposals/components/ReportWhatHappened';
import { portalProposalsQuery } from '../../proposals/hooks/useProposals';
import { useSession } from '../../session/hooks/useSession';
import type { PortalCaseDetail, PortalSource } from '../api/portalApi';
import { portalCaseQuery, usePortalCase } from '../hooks/usePortal';
import { CaseProgress } from './CaseProgress';
import { HelpContacts } from './HelpContacts';
import { PortalCalendar } from './PortalCalendar';
import { PortalLoadError } from './PortalLoadError';
import { PortalSection } from './PortalSection';
import { PortalTimeline } from './PortalTimeline';
import { WhatHappensNext } from './WhatHappensNext';
import { useStaged } from '../../../ui/useStaged';

/**
 * A case in the portal after "What to do now": documents, reporting what happened, the forwarding address, the
 * deadlines, the calendar, the progress, the conversation, the timeline and whom to ask. Below the first screen on a
 * phone, so PortalCaseView loads it as a chunk of its own once the first screen is drawn.
 */
export const PortalCaseMore = ({ detail }: { detail: PortalCaseDetail }) => {
  const { t } = useAccountTranslation();
  const { organization, isClient } = useSession();
  const sections = [
    <PortalDocumentsSection key="documents" caseId={detail.id} />,
    <ReportWhatHappened key="report" caseId={detail.id} type={detail.type} state={detail.state} />,
    <PortalForwardAddress key="address" caseId={detail.id} />,
    <PortalSection key="when" title={t('portal.sections.when')} id="portal-when">
      <WhatHappensNext detail={detail} />
    </PortalSection>,
    // Individuals find their feed in settings, as helpers do.
    isClient ? (
      <PortalSection key="calendar" title={t('portal.calendar.title')} id="portal-calendar">
        <PortalCalendar />
      </PortalSection>
    ) : null,
    <PortalSection key="progress" title={t('portal.sections.progress')} id="portal-progress">
      <CaseProgress type={detail.type} state={detail.state} />
    </PortalSection>,
    <PortalConversation key="conversation" caseId={detail.id} />,
    <PortalSection key="timeline" title={t('portal.sections.timeline')} id="portal-timeline">
      <PortalTimeline entries={detail.timeline} caseType={detail.type} />
    </PortalSection>,
    <PortalSection key="help" title={t('portal.sections.help')} id="portal-help">
      <HelpContacts organizationName={organization?.kind === 'PERSONAL' ? null : (organization?.name ?? null)} />
    </PortalSection>,
  ].filter((section) => section !== null);
  // Below the first screen on a phone: drawn a section at a time (useStaged), in order.
  const shown = useStaged(sections.length);
  return <>{sections.slice(0, shown)}</>;
};

/**
 * Asks for everything PortalCaseMore shows (the documents section's code, the documents, reports, forwarding address
 * and conversation), so that it is drawn once, complete, in an interruptible render, instead of each section
 * redrawing the page synchronously when its answer arrives. Failures stay in the queries, where the sections show
 * them.
 */
export const prefetchCaseMore = async (
  queryClient: QueryClient,
  caseId: string,
  source: PortalSource,
): Promise<void> => {
  await Promise.allSettled([
    preloadPortalDocuments(),
    queryClient.prefetchQuery(portalCaseQuery(source, caseId)),
    queryClient.prefetchQuery(caseDocumentsQuery(caseId)),
    // Reports, the forwarding address and the conversation are a client's (PortalCaseMore shows them to clients).
    ...(source === 'client'
      ? [
          queryClient.prefetchQuery(portalProposalsQuery(caseId)),
          queryClient.prefetchQuery(portalAddressQuery(caseId)),
          queryClient.prefetchQuery(conversationQuery('client', caseId)),
        ]
      : []),
  ]);
};

/** The rest of a case by its id: the case's own answer (deadlines, timeline) read, with its error and a retry. */
export const PortalCaseRest = ({ caseId }: { caseId: string }) => {
  const detail = usePortalCase(caseId);
  if (detail.isPending) return null; // asked for before this is drawn (prefetchCaseMore): only after an error
  if (detail.isError) {
    return (
      <Stack gap="sm" align="flex-start">
        <PortalLoadError error={detail.error} onRetry={() => void detail.refetch()} />
      </Stack>
    );
  }
  return <PortalCaseMore detail={detail.data} />;
};
