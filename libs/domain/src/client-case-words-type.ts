import type { CaseState, CaseType } from './cases';
import type { DocumentFindingTemplates } from './document-findings';
import type { ChecklistStatus, DocumentKind } from './documents';
import type { ReasonCode } from './reasons';
import type { ReminderKind } from './reminder-kinds';

/** A case's words for a client in one language (client-case-words-<code>.ts): states, types, reminders, documents, reasons, Alipay's words. */
export type ClientCaseWords = {
  states: Readonly<Record<CaseState, string>>;
  types: Readonly<Record<CaseType, string>>;
  /** The reminders' names, in the portal and in the reminder emails alike. */
  reminderKinds: Readonly<Record<ReminderKind, string>>;
  /** The documents a case asks for, in the portal and in the review emails alike. */
  documentKinds: Readonly<Record<DocumentKind, string>>;
  /** Where a requested document stands (the portal's checklist). */
  checklistStatuses: Readonly<Record<ChecklistStatus, string>>;
  /** What the checks found on an uploaded photo, as templates (document-findings.ts fills them). */
  documentFindings: DocumentFindingTemplates;
  /** What Alipay's reason for a rejection means (`clientReason` puts Alipay's Chinese beside it). */
  reasons: Readonly<Record<ReasonCode, string>>;
  /** What each Alipay word means in the language, by its Chinese (alipayWordsIn: the client glossary's column). */
  alipayWords: Readonly<Record<string, string>>;
};
