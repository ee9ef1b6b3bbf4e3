// Types only from the contract; values and labels come from the domain.
import type {
  ApplyInboundMessageRequest,
  ApplyInboundMessageResponse,
  AssignInboundMessageRequest,
  CaseInboundMailResponse,
  CaseListResponse,
  InboundMessageListResponse,
  InboundMessageResponse,
  InboundSenderRequest,
  InboundSettingsRequest,
  InboundSettingsResponse,
  PortalInboundAddressResponse,
  SaveInboundAttachmentRequest,
  UploadDocumentResponse,
} from '@waiji/contract';
import { api, buildApiUrl } from '../../api/client';

export type InboundMessage = InboundMessageResponse;

/** Under `['cases']`, so a change of a case (a transition, an undo) reads a case's emails again. */
export const inboxKeys = {
  unmatched: ['cases', 'inbound-mail', 'unmatched'] as const,
  forCase: (caseId: string) => ['cases', 'inbound-mail', 'case', caseId] as const,
  portal: (caseId: string) => ['cases', 'inbound-mail', 'portal', caseId] as const,
  settings: ['inbound-mail', 'settings'] as const,
  caseSearch: (q: string) => ['cases', 'inbound-mail', 'search', q] as const,
};

const part = (id: string) => encodeURIComponent(id);
const signalOf = (signal?: AbortSignal) => (signal ? { signal } : {});

export const inboxApi = {
  unmatched: async (signal?: AbortSignal) =>
    (await api.get<InboundMessageListResponse>('/inbound-mail/messages', signalOf(signal))).items,
  forCase: (caseId: string, signal?: AbortSignal) =>
    api.get<CaseInboundMailResponse>(`/cases/${part(caseId)}/inbound-mail`, signalOf(signal)),
  portalAddress: (caseId: string, signal?: AbortSignal) =>
    api.get<PortalInboundAddressResponse>(`/portal/cases/${part(caseId)}/inbound-address`, signalOf(signal)),
  assign: (messageId: string, body: AssignInboundMessageRequest) =>
    api.post<InboundMessageResponse>(`/inbound-mail/messages/${part(messageId)}/assign`, body),
  apply: (messageId: string, body: ApplyInboundMessageRequest) =>
    api.post<ApplyInboundMessageResponse>(`/inbound-mail/messages/${part(messageId)}/apply`, body),
  dismiss: (messageId: string) => api.post<InboundMessageResponse>(`/inbound-mail/messages/${part(messageId)}/dismiss`),
  attachmentUrl: (messageId: string, attachmentId: string) =>
    buildApiUrl(`/inbound-mail/messages/${part(messageId)}/attachments/${part(attachmentId)}`),
  saveAttachment: (messageId: string, attachmentId: string, body: SaveInboundAttachmentRequest) =>
    api.post<UploadDocumentResponse>(
      `/inbound-mail/messages/${part(messageId)}/attachments/${part(attachmentId)}/save`,
      body,
    ),
  settings: (signal?: AbortSignal) => api.get<InboundSettingsResponse>('/inbound-mail/settings', signalOf(signal)),
  updateSettings: (body: InboundSettingsRequest) => api.put<InboundSettingsResponse>('/inbound-mail/settings', body),
  setSender: (body: InboundSenderRequest) => api.post<InboundSettingsResponse>('/inbound-mail/senders', body),
  retryParked: (id: string) => api.post<InboundSettingsResponse>(`/inbound-mail/parked/${part(id)}/retry`),
  /** Live cases matching a client name, passport last 4 or tag, for filing an email. */
  searchCases: async (q: string, signal?: AbortSignal) =>
    (await api.get<CaseListResponse>('/cases', { query: { q, limit: 10 }, ...signalOf(signal) })).items,
};
