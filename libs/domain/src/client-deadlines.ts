import { isUsableDate } from './common';
import { oneOf } from './one-of';
import { type ReminderKind, reminderKinds } from './reminder-kinds';

// What the client's "what happens next" box shows: of a case's pending reminders, the deadlines that concern the
// client, named by their reminder kind (reminder-kinds.ts), soonest first; and of those, the one to lead with.

/** A pending reminder as stored: kind and audience are text columns; `key` is the planner's (null when manual). */
export type ReminderFact = { kind: string; dueAt: Date; audience: string; manual: boolean; key: string | null };

export const expiringDocuments = ['PASSPORT', 'VISA'] as const;
export type ExpiringDocument = (typeof expiringDocuments)[number];

export type ClientDeadline = {
  kind: ReminderKind;
  dueAt: Date;
  /** DOCUMENT_EXPIRING: which document, and the day it expires (YYYY-MM-DD; dueAt is the warning before it). */
  document?: ExpiringDocument;
  expiresOn?: string;
};

/** Deadlines that are the helper's own business: the deposit chase, and manual reminders (a helper's notes). */
const helperOnly = (fact: ReminderFact) => fact.manual || fact.kind === 'DEPOSIT_OVERDUE';

/** The client's deadlines among a case's pending reminders, soonest first. Never throws; odd rows are skipped. */
export function clientDeadlines(facts: readonly ReminderFact[]): ClientDeadline[] {
  if (!Array.isArray(facts)) return [];
  const deadlines: ClientDeadline[] = [];
  for (const fact of facts) {
    if (!fact || !oneOf(reminderKinds, fact.kind) || !isUsableDate(fact.dueAt) || helperOnly(fact)) continue;
    const deadline: ClientDeadline = { kind: fact.kind, dueAt: fact.dueAt };
    if (fact.kind === 'DOCUMENT_EXPIRING') {
      // The planner's key: DOCUMENT_EXPIRING:<document>:<expiry day>.
      const [, document, expiresOn] = (fact.key ?? '').split(':');
      if (oneOf(expiringDocuments, document) && /^\d{4}-\d{2}-\d{2}$/.test(expiresOn ?? '')) {
        deadline.document = document;
        deadline.expiresOn = expiresOn;
      }
    }
    deadlines.push(deadline);
  }
  return deadlines.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/**
 * The deadline "what happens next" leads with: the soonest one of the case itself (a deposit, a review, a retry
 * day, a re-upload window), and a document's expiry only when the case has none — never a far-off visa
 * reminder while a nearer case deadline exists.
 */
export function leadingDeadline(deadlines: readonly ClientDeadline[]): ClientDeadline | null {
  if (!Array.isArray(deadlines)) return null;
  return deadlines.find((deadline) => deadline?.kind !== 'DOCUMENT_EXPIRING') ?? deadlines[0] ?? null;
}
