import { z } from 'zod';
import { reminderKinds } from '@waiji/domain';

/** How the API names a reminder's status (CLAIMED — being sent right now — reads as pending). */
export const reminderStatuses = ['pending', 'sent', 'cancelled', 'failed', 'dismissed'] as const;
export type ReminderStatusName = (typeof reminderStatuses)[number];

export const reminderAudiences = ['helper', 'client', 'both'] as const;

const instant = z.iso.datetime({ offset: true });

export const reminderItem = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  /** A deadline kind from the domain (DEPOSIT_EXPECTED, REVIEW_DUE, …) or MANUAL. */
  kind: z.enum(reminderKinds),
  /** The planner's stable key (e.g. DOCUMENT_EXPIRING:VISA:2027-03-01); null for a manual reminder. Always sent. */
  key: z.string().nullable().optional(),
  audience: z.enum(reminderAudiences),
  dueAt: z.string(),
  snoozedUntil: z.string().nullable(),
  /** snoozedUntil when snoozed, else dueAt: when the reminder goes out. */
  effectiveDueAt: z.string(),
  status: z.enum(reminderStatuses),
  manual: z.boolean(),
  /** The deadline's reason, or the helper's note for a manual reminder. */
  reason: z.string().nullable(),
  reasonZh: z.string().nullable(),
  createdById: z.uuid().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ReminderItem = z.infer<typeof reminderItem>;

export const reminderList = z.object({ items: z.array(reminderItem), nextDueAt: z.string().nullable() });
export type ReminderList = z.infer<typeof reminderList>;

export const createReminderRequest = z.strictObject({
  dueAt: instant,
  note: z.string().trim().min(1).max(500),
});
export type CreateReminderRequest = z.infer<typeof createReminderRequest>;

export const snoozeReminderRequest = z.strictObject({ until: instant });
export type SnoozeReminderRequest = z.infer<typeof snoozeReminderRequest>;
