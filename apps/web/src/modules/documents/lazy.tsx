import { type ComponentProps, Suspense } from 'react';
import { lazyPage } from '../../ui/lazyPage';

// The documents module's face for other pages: each piece loads on its own when the page shows it (the image
// preparation, upload and review code and the documents' strings stay out of the pages' own chunks). A piece that
// has arrived renders without a Suspense round (lazyPage).

const DocumentRequestsPanel = lazyPage(() => import('./components/DocumentRequestsPanel'), 'DocumentRequestsPanel');
const PortalDocuments = lazyPage(() => import('./components/PortalDocuments'), 'PortalDocuments');
const ClientDataActions = lazyPage(() => import('./components/ClientDataActions'), 'ClientDataActions');
const ReadyToSubmitToday = lazyPage(() => import('./components/ReadyToSubmitToday'), 'ReadyToSubmitToday');
const DocumentEntryDetails = lazyPage(() => import('./components/DocumentEntryDetails'), 'DocumentEntryDetails');
const DocumentRetentionSetting = lazyPage(
  () => import('./components/DocumentRetentionSetting'),
  'DocumentRetentionSetting',
);

/** Asks for the portal's documents section's code ahead (the portal does before it draws the section). */
export const preloadPortalDocuments = (): Promise<unknown> => PortalDocuments.preload();

/** The case page's document requests (replaces the plain checklist). */
export const CaseDocumentsPanel = (props: ComponentProps<typeof DocumentRequestsPanel>) => (
  <Suspense fallback={null}>
    <DocumentRequestsPanel {...props} />
  </Suspense>
);

/** The portal's "Documents to send" (clients and individuals). */
export const PortalDocumentsSection = (props: ComponentProps<typeof PortalDocuments>) => (
  <Suspense fallback={null}>
    <PortalDocuments {...props} />
  </Suspense>
);

/** A client's page: export and erase (owners and admins). */
export const ClientDataSection = (props: ComponentProps<typeof ClientDataActions>) => (
  <Suspense fallback={null}>
    <ClientDataActions {...props} />
  </Suspense>
);

/** Settings → Organization: document retention. */
export const DocumentRetentionSection = (props: ComponentProps<typeof DocumentRetentionSetting>) => (
  <Suspense fallback={null}>
    <DocumentRetentionSetting {...props} />
  </Suspense>
);

/** A DOCUMENT entry of the staff timeline: what happened to which document (nothing for other entries). */
export const DocumentTimelineDetails = (props: ComponentProps<typeof DocumentEntryDetails>) =>
  props.action === 'DOCUMENT' ? (
    <Suspense fallback={null}>
      <DocumentEntryDetails {...props} />
    </Suspense>
  ) : null;

/** Today: the cases being prepared whose required documents are all accepted or waived. */
export const ReadyToSubmitSection = (props: ComponentProps<typeof ReadyToSubmitToday>) => (
  <Suspense fallback={null}>
    <ReadyToSubmitToday {...props} />
  </Suspense>
);
