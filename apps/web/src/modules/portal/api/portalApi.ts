// Types only from the contract (see modules/api).
import type { PortalCaseDetailResponse, PortalCaseListResponse } from '@waiji/contract';
import { api } from '../../api/client';
import type { PortalCase, PortalCaseDetail } from './portalTypes';

export type { PortalCase, PortalCaseDetail, PortalTimelineEntry } from './portalTypes';

/** Where the portal reads from: CLIENT users have /api/portal; individuals own their organization and use /api/cases. */
export type PortalSource = 'client' | 'personal';

export const portalSourceOf = (role: string | null): PortalSource => (role === 'CLIENT' ? 'client' : 'personal');

/**
 * Under `caseKeys.all` (['cases']): an individual changes their case on the case page, and every change there
 * invalidates that root, so "My case" never shows the state from before (the app keeps answers fresh for 10 s).
 */
export const portalKeys = {
  list: (source: PortalSource) => ['cases', 'portal', source, 'list'] as const,
  detail: (source: PortalSource, caseId: string) => ['cases', 'portal', source, 'detail', caseId] as const,
};

/** An individual's portal (its own chunk: see personalPortal.ts). */
const personal = () => import('./personalPortal').then((module) => module.personalPortal);

export const portalApi = {
  list: async (source: PortalSource, signal?: AbortSignal): Promise<PortalCase[]> => {
    if (source === 'personal') return (await personal()).list(signal);
    return (await api.get<PortalCaseListResponse>('/portal/cases', signal ? { signal } : {})).items;
  },
  detail: async (source: PortalSource, caseId: string, signal?: AbortSignal): Promise<PortalCaseDetail> => {
    if (source === 'personal') return (await personal()).detail(caseId, signal);
    return api.get<PortalCaseDetailResponse>(`/portal/cases/${encodeURIComponent(caseId)}`, signal ? { signal } : {});
  },
};
