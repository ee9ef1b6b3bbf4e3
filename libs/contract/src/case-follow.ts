import { z } from 'zod';
import { staleMessageFields } from '@waiji/domain';

// Keeping track of a case without owning it: following it (case watchers), snoozing its chases, and the question a
// pasted message with old dates asks before it is applied.

const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time with a zone, e.g. 2026-01-31T09:00:00+08:00',
});

/** `GET|PUT|DELETE /api/cases/:id/watchers(/me)`: who follows the case, and whether the caller does. */
export const caseWatchersResponse = z.object({
  watching: z.boolean(),
  watchers: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
});
export type CaseWatchersResponse = z.infer<typeof caseWatchersResponse>;

/**
 * `PUT /api/cases/:id/snooze`: the case's chase reminders (deposit expected and overdue, review due) and stuck-case
 * notices wait until `until`; other deadlines (a retry allowed, a re-upload window, a document expiring) do not.
 * `DELETE` ends the snooze.
 */
export const caseSnoozeRequest = z.strictObject({ until: instant });
export type CaseSnoozeRequest = z.infer<typeof caseSnoozeRequest>;
export const caseSnoozeResponse = z.object({
  /** Null when the case is not snoozed (or its snooze has passed). */
  snoozedUntil: z.string().nullable(),
  /** The case's next due moment after the change. */
  nextDueAt: z.string().nullable(),
});
export type CaseSnoozeResponse = z.infer<typeof caseSnoozeResponse>;

/**
 * `details` of a 409 STALE_MESSAGE_DATE: the message arrived (receivedAt) or gives a retry date (retryAfter) more
 * than `staleAfterDays` in the past; resend with `confirmStaleDate: true` (a report's confirm: ?confirmStaleDate=true).
 */
export const staleMessageDateDetails = z.object({
  receivedAt: z.string(),
  staleAfterDays: z.number().int(),
  dates: z.array(z.object({ field: z.enum(staleMessageFields), date: z.string() })),
});
export type StaleMessageDateDetails = z.infer<typeof staleMessageDateDetails>;

/** `POST /api/proposals/:id/confirm?confirmStaleDate=true`: the helper confirmed the dates of a reported message. */
export const confirmProposalQuery = z.strictObject({ confirmStaleDate: z.enum(['true', 'false']).optional() });
export type ConfirmProposalQuery = z.infer<typeof confirmProposalQuery>;
