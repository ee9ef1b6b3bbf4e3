// @waiji/domain — Alipay rules, case machines, message interpreter and deadlines. Pure; never throws.
export { type Bilingual, type Result, type SourceInfo, type SourceTag, sources } from './common';
export {
  type CaseAction,
  caseActionLabels,
  caseActions,
  type CaseState,
  caseStateLabels,
  caseStates,
  type CaseType,
  caseTypeLabels,
  caseTypes,
} from './cases';
export { type MessageCode, messageCodes, type ReasonCode, reasonCodeLabels, reasonCodes } from './reasons';
export { type BankCode, bankCodes, type BankInfo, banks, type BankSupport } from './banks';
export {
  type ChecklistItem,
  documentChecklist,
  type DocumentKind,
  documentKindLabels,
  documentKinds,
} from './documents';
export {
  type ActionPayload,
  type AllowedActionsContext,
  allowedActions,
  applyAction,
  type ApplyResult,
  type CaseEventRecord,
  type CaseMachine,
  type CaseSnapshot,
  type Guard,
  type GuardCode,
  initialSnapshot,
  type PayloadField,
  type PayloadFieldName,
  type PayloadFieldType,
  sameCardCooldown,
  type Transition,
  type TransitionError,
} from './machines';
export { guards, machineFor, machines } from './machine-table';
export { parseDepositAmount } from './action-payload';
export {
  type AccountKind,
  accountKinds,
  type ApplicationField,
  type ApplicationInput,
  type CardKind,
  cardKinds,
  type Finding,
  type FindingCode,
  type Severity,
  type Suggestion,
} from './check-input';
export { checkApplication } from './checks';
export { nameVariants } from './names';
export { type Interpretation, type InterpretOptions, interpretAlipayMessage } from './interpreter';
export { type InterpretationKind, messageKnowledge } from './message-knowledge';
export { type Audience, type Deadline, deadlinesFor } from './deadlines';
export { type DeadlineKind, deadlineKinds, type ReminderKind, reminderKindLabel, reminderKindLabels, reminderKinds } from './reminder-kinds';
export { defaultPolicy, type Policy, type PolicyError, policySources, validatePolicy } from './policy';
export { addDuration, ALIPAY_TIME_ZONE, type Duration, type DurationUnit, isValidTimeZone } from './time';
export { type Contact, contacts, glossary, type GlossaryEntry, glossaryEntry } from './glossary';
export { type AlipayButton, type NextStep, nextSteps } from './next-steps';
