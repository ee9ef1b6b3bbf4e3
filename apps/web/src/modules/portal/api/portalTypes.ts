import type { PortalCaseDetailResponse, PortalCaseListResponse } from '@waiji/contract';

/** The portal's shapes: what the portal API answers a client, and what personalPortal.ts makes for an individual. */
export type PortalCase = PortalCaseListResponse['items'][number];
export type PortalCaseDetail = PortalCaseDetailResponse;
export type PortalTimelineEntry = PortalCaseDetail['timeline'][number];
