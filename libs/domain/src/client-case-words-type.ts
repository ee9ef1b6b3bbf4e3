import type { CaseState, CaseType } from './cases';
import type { ReminderKind } from './reminder-kinds';

/** A case's words for a client in one language (client-case-words-<code>.ts): its states, types and reminders. */
export type ClientCaseWords = {
  states: Readonly<Record<CaseState, string>>;
  types: Readonly<Record<CaseType, string>>;
  /** The reminders' names, in the portal and in the reminder emails alike. */
  reminderKinds: Readonly<Record<ReminderKind, string>>;
};
