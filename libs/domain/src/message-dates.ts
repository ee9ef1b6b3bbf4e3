import { isUsableDate } from './common';
import type { Interpretation } from './interpreter';

// A pasted message whose dates lie far in the past is more often a mistake (an old screenshot, a wrong year typed
// or read) than news: before it is applied, the helper is asked whether the date is right.

/** How far in the past a date may lie before the helper is asked about it. */
export const STALE_MESSAGE_DAYS = 30;

const MS_PER_DAY = 86400000;

/** receivedAt: the message itself arrived that long ago. retryAfter: the date it gives (or implies) for a retry. */
export const staleMessageFields = ['receivedAt', 'retryAfter'] as const;
export type StaleMessageField = (typeof staleMessageFields)[number];

export type StaleMessageDate = { field: StaleMessageField; date: Date };

/**
 * The dates of a message that need a confirmation before it is applied: its arrival more than STALE_MESSAGE_DAYS
 * before `now`, and a retry date (stated, or counted from the arrival) more than STALE_MESSAGE_DAYS before the
 * arrival. [] when nothing looks stale (or the dates are unusable: nothing to ask about).
 */
export function staleMessageDates(
  interpretations: readonly Pick<Interpretation, 'retryAfter'>[],
  receivedAt: Date,
  now: Date,
): StaleMessageDate[] {
  if (!isUsableDate(receivedAt) || !isUsableDate(now)) return [];
  const limit = STALE_MESSAGE_DAYS * MS_PER_DAY;
  const stale: StaleMessageDate[] = [];
  if (now.getTime() - receivedAt.getTime() > limit) stale.push({ field: 'receivedAt', date: receivedAt });
  for (const found of interpretations) {
    const retryAfter = found.retryAfter;
    if (!isUsableDate(retryAfter) || receivedAt.getTime() - retryAfter.getTime() <= limit) continue;
    if (!stale.some((entry) => entry.field === 'retryAfter' && entry.date.getTime() === retryAfter.getTime()))
      stale.push({ field: 'retryAfter', date: retryAfter });
  }
  return stale;
}
