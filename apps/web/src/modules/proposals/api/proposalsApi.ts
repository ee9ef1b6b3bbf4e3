// Types only from the contract; values and labels come from the domain.
import type {
  CreateProposalRequest,
  PortalProposalListResponse,
  PortalProposalResponse,
  ProposalDecisionResponse,
  ProposalListResponse,
} from '@waiji/contract';
import { api } from '../../api/client';

export type PortalProposal = PortalProposalResponse;
export type Proposal = ProposalListResponse['items'][number];

/**
 * Under `caseKeys.all` (['cases']): every change of a case (a transition, an undo, a confirmed report) invalidates
 * that root, so what confirming a report would do is always read again.
 */
export const proposalKeys = {
  pending: ['cases', 'proposals', 'pending'] as const,
  forCase: (caseId: string) => ['cases', 'proposals', 'case', caseId] as const,
  portal: (caseId: string) => ['cases', 'proposals', 'portal', caseId] as const,
};

const casePart = (caseId: string) => encodeURIComponent(caseId);
const signalOf = (signal?: AbortSignal) => (signal ? { signal } : {});

export const proposalsApi = {
  portalList: async (caseId: string, signal?: AbortSignal): Promise<PortalProposal[]> =>
    (await api.get<PortalProposalListResponse>(`/portal/cases/${casePart(caseId)}/proposals`, signalOf(signal))).items,
  create: (caseId: string, body: CreateProposalRequest) =>
    api.post<PortalProposalResponse>(`/portal/cases/${casePart(caseId)}/proposals`, body),
  pending: async (signal?: AbortSignal): Promise<Proposal[]> =>
    (await api.get<ProposalListResponse>('/proposals', signalOf(signal))).items,
  forCase: async (caseId: string, signal?: AbortSignal): Promise<Proposal[]> =>
    (await api.get<ProposalListResponse>(`/cases/${casePart(caseId)}/proposals`, signalOf(signal))).items,
  /** `confirmStaleDate`: the helper confirmed a reported message's far-past dates (else 409 STALE_MESSAGE_DATE). */
  confirm: (proposalId: string, confirmStaleDate = false) =>
    api.post<ProposalDecisionResponse>(
      `/proposals/${encodeURIComponent(proposalId)}/confirm`,
      undefined,
      confirmStaleDate ? { query: { confirmStaleDate: 'true' } } : {},
    ),
  reject: (proposalId: string, reason: string) =>
    api.post<ProposalDecisionResponse>(
      `/proposals/${encodeURIComponent(proposalId)}/reject`,
      reason.trim() === '' ? {} : { reason: reason.trim() },
    ),
};
