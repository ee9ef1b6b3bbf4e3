// Types only from the contract (see modules/api); the domain is pure TypeScript and tree-shakes.
import type {
  CaseListResponse,
  CaseResponse,
  PortalCaseDetailResponse,
  PortalCaseListResponse,
  ReminderList,
  TimelineEntry,
  TimelineResponse,
} from '@waiji/contract';
import {
  type CaseSnapshot,
  type ClientTimelineAction,
  clientDeadlines,
  clientTimelineActions,
  type NextStep,
  nextSteps,
  oneOf,
} from '@waiji/domain';
import { api } from '../../api/client';

export type PortalCase = PortalCaseListResponse['items'][number];
export type PortalCaseDetail = PortalCaseDetailResponse;
export type PortalTimelineEntry = PortalCaseDetail['timeline'][number];
type PortalTimelineMessage = NonNullable<PortalTimelineEntry['message']>;

/** Where the portal reads from: CLIENT users have /api/portal; individuals own their organization and use /api/cases. */
export type PortalSource = 'client' | 'personal';

/**
 * Under `caseKeys.all` (['cases']): an individual changes their case on the case page, and every change there
 * invalidates that root, so "My case" never shows the state from before (the app keeps answers fresh for 10 s).
 */
export const portalKeys = {
  list: (source: PortalSource) => ['cases', 'portal', source, 'list'] as const,
  detail: (source: PortalSource, caseId: string) => ['cases', 'portal', source, 'detail', caseId] as const,
};

const dateOrNull = (value: string | null): Date | null => (value ? new Date(value) : null);

const snapshotOf = (row: CaseResponse): CaseSnapshot => ({
  type: row.type,
  state: row.state,
  stateEnteredAt: new Date(row.stateEnteredAt),
  attempt: row.attempt,
  submittedAt: dateOrNull(row.submittedAt),
  bank: row.bank,
  cardLast4: row.cardLast4,
  cardNetwork: row.cardNetwork,
  cardIssuingCountry: row.cardIssuingCountry,
  cardDeclines: row.cardDeclines,
  retryAfter: dateOrNull(row.retryAfter),
  lastReasonCode: row.lastReasonCode,
});

/** The portal's shape from a staff case row, with the next steps the API would have computed (same domain function). */
export const portalCaseFrom = (row: CaseResponse, now = new Date()): PortalCase => ({
  id: row.id,
  type: row.type,
  state: row.state,
  attempt: row.attempt,
  stateEnteredAt: row.stateEnteredAt,
  retryAfter: row.retryAfter,
  nextDueAt: row.nextDueAt,
  updatedAt: row.updatedAt,
  nextSteps: nextSteps(snapshotOf(row), now).map((step: NextStep) => ({ ...step, source: [...step.source] })),
});

/** A CONVERSATION entry's message as the portal API words it (the staff timeline keeps it in `data`). */
const conversationMessageOf = (event: TimelineEntry): PortalTimelineMessage => ({
  body: typeof event.data['body'] === 'string' ? event.data['body'] : '',
  fromClient: event.data['fromClient'] === true,
  authorName: event.actor?.displayName ?? null,
});

/** The deadlines the portal API would answer, from the staff reminder list (same domain rule). */
const deadlinesOf = (reminders: ReminderList): PortalCaseDetail['deadlines'] =>
  clientDeadlines(
    reminders.items
      .filter((item) => item.status === 'pending')
      .map((item) => ({ ...item, key: item.key ?? null, dueAt: new Date(item.effectiveDueAt) })),
  ).map(({ dueAt, ...deadline }) => ({ ...deadline, dueAt: dueAt.toISOString() }));

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

export const portalApi = {
  list: async (source: PortalSource, signal?: AbortSignal): Promise<PortalCase[]> => {
    const options = signal ? { signal } : {};
    if (source === 'client') return (await api.get<PortalCaseListResponse>('/portal/cases', options)).items;
    const page = await api.get<CaseListResponse>('/cases', {
      ...options,
      query: { limit: 50, sort: 'updatedAt', order: 'desc' },
    });
    return page.items.map((row) => portalCaseFrom(row));
  },
  detail: async (source: PortalSource, caseId: string, signal?: AbortSignal): Promise<PortalCaseDetail> => {
    const options = signal ? { signal } : {};
    if (source === 'client')
      return api.get<PortalCaseDetailResponse>(`/portal/cases/${encodeURIComponent(caseId)}`, options);
    const [row, events, reminders] = await Promise.all([
      api.get<CaseResponse>(casePath(caseId), options),
      api.get<TimelineResponse>(`${casePath(caseId)}/events`, options),
      api.get<ReminderList>(`${casePath(caseId)}/reminders`, options),
    ]);
    return {
      ...portalCaseFrom(row),
      deadlines: deadlinesOf(reminders),
      timeline: events.items
        // What the portal API shows a client of the timeline; an individual sees the same of their own case.
        .filter((event): event is TimelineEntry & { action: ClientTimelineAction } =>
          oneOf(clientTimelineActions, event.action),
        )
        .map((event) => ({
          id: event.id,
          action: event.action,
          fromState: event.fromState,
          toState: event.toState,
          at: event.at,
          reasonCode: event.reasonCode,
          originalMessage: event.originalMessage,
          interpretations: event.interpretations,
          ...(event.action === 'CONVERSATION' ? { message: conversationMessageOf(event) } : {}),
        })),
    };
  },
};
