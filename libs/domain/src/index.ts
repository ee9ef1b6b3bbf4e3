// @waiji/domain — Alipay rules, case machines, message interpreter and deadlines. Pure; never throws.
export { type Bilingual, type Result } from './common';
export { type SourceInfo, type SourceTag, sources, sourceTags } from './sources';
export { oneOf } from './one-of';
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
  caseTypeShortLabels,
  caseOutcome,
  type CaseOutcome,
  caseOutcomeLabels,
  caseOutcomes,
  legacyCaseTypes,
  priorities,
  type Priority,
  priorityLabels,
} from './cases';
export {
  clientLanguageInfo,
  type ClientLanguageInfo,
  type ClientLanguage,
  clientLanguageOf,
  clientLanguages,
  helperLanguageOf,
  isClientLanguage,
  type Language,
  languageLabels,
  languages,
  type OtherClientLanguage,
} from './languages';
export { clientGlossary, type ClientTerm, meaningIn } from './client-glossary';
export {
  type ClientCaseWords,
  clientCaseWords,
  clientKindName,
  clientStateName,
  clientTypeName,
} from './client-case-words';
export { clientReason } from './client-reason';
export { type ClientTexts, clientText, textKey } from './client-text-lookup';
export { clientTexts, textIn } from './client-texts';
export { textsKo } from './client-texts-ko';
export { textsRu } from './client-texts-ru';
export { textsJa } from './client-texts-ja';
export { textsTh } from './client-texts-th';
export { textsId } from './client-texts-id';
export { textsEs } from './client-texts-es';
export { textsFr } from './client-texts-fr';
export { textsDe } from './client-texts-de';
export { textsAr } from './client-texts-ar';
export { caseWordsKo } from './client-case-words-ko';
export { caseWordsRu } from './client-case-words-ru';
export { caseWordsJa } from './client-case-words-ja';
export { caseWordsTh } from './client-case-words-th';
export { caseWordsId } from './client-case-words-id';
export { caseWordsEs } from './client-case-words-es';
export { caseWordsFr } from './client-case-words-fr';
export { caseWordsDe } from './client-case-words-de';
export { caseWordsAr } from './client-case-words-ar';
export { type Role, roleLabels, roles } from './roles';
export { type EmailStatus, emailStatusLabels, emailStatuses } from './email-statuses';
export {
  type CaseFileColumn,
  type CaseFileColumnKey,
  type CaseFileColumnRole,
  caseFileColumn,
  caseFileColumns,
  type CaseFileValues,
  looksLikeBank,
  readHeader,
  type ReadOptions,
  requiredCaseFileColumns,
} from './case-file-columns';
export {
  type Cell,
  type CellProblem,
  closestSpelling,
  type DateOrder,
  dateOrders,
  editDistance,
  foldSpelling,
  readBank,
  readCardLast4,
  readCaseType,
  readDate,
  readLanguage,
  readPhone,
  readPriority,
  readTags,
  writePhone,
  writeTags,
} from './case-file-values';
export {
  caseRecordActions,
  type ClientTimelineAction,
  clientTimelineActions,
  type TimelineAction,
  timelineActions,
  undoWindowMs,
} from './timeline';
export { type MessageCode, messageCodes, type ReasonCode, reasonCodeLabels, reasonCodes } from './reasons';
export { type BankCode, bankCodes, type BankInfo, banks, type BankSupport } from './banks';
export {
  type ChecklistItem,
  type ChecklistStatus,
  checklistStatuses,
  checklistStatusLabels,
  documentChecklist,
  type DocumentKind,
  documentKindLabels,
  documentKinds,
  type DocumentStatus,
  documentStatuses,
  documentStatusLabels,
  type MrzStatus,
  mrzStatuses,
  settledChecklistStatuses,
} from './documents';
export {
  compareNameWithMrz,
  describeDocumentFinding,
  type DocumentFinding,
  type DocumentFindingCode,
  documentFindingCodes,
  type DocumentFindingParams,
  type DocumentFindingSeverity,
  documentFindingSeverities,
  documentFindingWording,
  type DocumentFindingTemplates,
  describeDocumentFindingWith,
  documentFindingPlaceholders,
  type MrzNameComparison,
  PASSPORT_EXPIRY_WARN_DAYS,
  sortDocumentFindings,
} from './document-findings';
export {
  type ActionPayload,
  type AllowedActionsContext,
  allowedActions,
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
export { type ApplyResult, applyAction } from './apply-action';
export {
  actionLabel,
  type CardNetwork,
  cardNetworkLabels,
  cardNetworks,
  guards,
  machineFor,
  machines,
} from './machine-table';
export {
  type AccountTier,
  accountTierInfo,
  accountTierLabels,
  accountTiers,
  DOCUMENT_UPDATE_LEAD_DAYS,
  higherTier,
  type IdentityDocumentType,
  identityDocumentTypeLabels,
  identityDocumentTypes,
  offerDocumentUpdate,
  paymentLimits,
  paymentLimitsText,
  tierFromApproval,
} from './account-tiers';
export { parseDepositAmount } from './action-payload';
export {
  type AccountKind,
  accountKinds,
  type ApplicationField,
  applicationFields,
  type ApplicationInput,
  type CardKind,
  cardKinds,
  type Finding,
  type FormUsed,
  formsUsed,
  type FindingCode,
  findingCodes,
  type Severity,
  severities,
  type Suggestion,
} from './check-input';
export { checkApplication } from './checks';
export { nameVariants } from './names';
export { type Interpretation, type InterpretOptions, interpretAlipayMessage } from './interpreter';
export { type InterpretationKind, messageKnowledge } from './message-knowledge';
export {
  STALE_MESSAGE_DAYS,
  type StaleMessageDate,
  staleMessageDates,
  type StaleMessageField,
  staleMessageFields,
} from './message-dates';
export { type Audience, type Deadline, deadlinesFor, pastWhenRecorded } from './deadlines';
export {
  adminReminderKinds,
  type DeadlineKind,
  deadlineKinds,
  type ReminderKind,
  reminderKindLabel,
  reminderKindLabels,
  reminderKinds,
  snoozableKinds,
} from './reminder-kinds';
export {
  type CaseRelation,
  inAppNotifyScopes,
  type NotifyChannel,
  notifyChannelLabels,
  notifyChannels,
  type NotifyScope,
  notifyScopeLabels,
  notifyScopes,
  scopeCovers,
} from './notification-scopes';
export {
  defaultPolicy,
  isPolicyDurationField,
  type Policy,
  type PolicyDurationField,
  type PolicyError,
  type PolicyField,
  policyFields,
  policyOffWhenZero,
  policySources,
  stuckPolicyFields,
  validatePolicy,
} from './policy';
export {
  addDuration,
  ALIPAY_TIME_ZONE,
  type Duration,
  type DurationUnit,
  durationUnits,
  isValidTimeZone,
  type LocalDate,
} from './time';
export { type Contact, contacts, glossary, type GlossaryEntry, glossaryEntry } from './glossary';
export { type AlipayButton, DECLINES_BEFORE_SWITCH, type NextStep, nextSteps } from './next-steps';
export { alipayButtons } from './alipay-buttons';
export {
  type CaseTypeAnswers,
  type CaseTypeRecommendation,
  type ChooserQuestion,
  type ChooserReason,
  chooserQuestions,
  questionsFor,
  recommendCaseType,
  type StayKind,
  stayKinds,
  stayLabels,
  yesNoLabels,
} from './case-type-chooser';
export {
  type ActionProposalKind,
  offeredProposalKinds,
  type ProposalKind,
  proposalKindLabels,
  proposalKinds,
  proposalRoutes,
  type ProposalStatus,
  proposalStatusLabels,
  proposalStatuses,
  proposalSteps,
} from './proposals';
export {
  alarmOffsetMinutes,
  type CalendarAlarm,
  calendarAlarmLabels,
  calendarAlarms,
  type CalendarScope,
  calendarScopeLabels,
  calendarScopes,
  type FeedReminder,
  organizationScopeRoles,
  reminderDueDay,
} from './calendar-feed';
export {
  type ClientDeadline,
  clientDeadlines,
  type ExpiringDocument,
  expiringDocuments,
  leadingDeadline,
  type ReminderFact,
} from './client-deadlines';
