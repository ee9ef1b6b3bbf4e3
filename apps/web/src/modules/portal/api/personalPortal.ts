// An individual's portal, read from the staff API of their own organization and shaped as the portal API answers a
// client (same domain functions). Loaded only for individuals (portalApi.ts): the next-steps machinery it needs is
// computed by the server for clients, and stays out of their first screen's code.
import type { CaseListResponse, CaseResponse, ReminderList, TimelineEntry, TimelineResponse } from '@waiji/contract';
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
import type { PortalCase, PortalCaseDetail, PortalTimelineEntry } from './portalTypes';

type PortalTimelineMessage = NonNullable<PortalTimelineEntry['message']>;

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
const portalCaseFrom = (row: CaseResponse, now = new Date()): PortalCase => ({
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

export const personalPortal = {
  list: async (signal?: AbortSignal): Promise<PortalCase[]> => {
    const page = await api.get<CaseListResponse>('/cases', {
      ...(signal ? { signal } : {}),
      query: { limit: 50, sort: 'updatedAt', order: 'desc' },
    });
    return page.items.map((row) => portalCaseFrom(row));
  },
  detail: async (caseId: string, signal?: AbortSignal): Promise<PortalCaseDetail> => {
    const options = signal ? { signal } : {};
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
