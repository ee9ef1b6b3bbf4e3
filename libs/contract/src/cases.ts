import { z } from 'zod';
import {
  accountKinds,
  applicationFields,
  bankCodes,
  caseActions,
  cardNetworks,
  caseStates,
  caseTypes,
  cardKinds,
  clientTimelineActions,
  documentKinds,
  expiringDocuments,
  findingCodes,
  formsUsed,
  languages,
  messageCodes,
  priorities,
  reasonCodes,
  reminderKinds,
  severities,
  sourceTags,
  timelineActions,
} from '@waiji/domain';
import { calendarDate, duplicateClientMatch, passportNumber } from './clients';
import { portalTimelineMessage } from './conversations';
import { documentRequestResponse, updateDocumentRequestRequest } from './documents';
import { bulkPortalInvitationResponse } from './organization';

export { priorities };
export const caseSorts = ['updatedAt', 'nextDueAt', 'createdAt', 'state', 'priority'] as const;

const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time with a zone, e.g. 2026-01-31T09:00:00+08:00',
});
const bilingual = z.object({ en: z.string(), zh: z.string() });
const sources = z.array(z.enum(sourceTags));

/** Only ever the last four digits: a longer string of digits (a full card number) is refused. */
export const cardLast4 = z
  .string()
  .regex(/^\d{4}$/, 'must be exactly the last 4 digits of the card, never the full number');

export const tag = z.string().trim().min(1).max(40);
const tags = z
  .array(tag)
  .max(20)
  .transform((list) => [...new Set(list)]);

// ---------------------------------------------------------------------------------------------------- list

/** The list filters as stored in a saved view (and sent as JSON). */
export const caseFilters = z.strictObject({
  state: z.array(z.enum(caseStates)).min(1).optional(),
  type: z.array(z.enum(caseTypes)).min(1).optional(),
  /** A user id, `me` or `none` (unassigned). */
  assignee: z.union([z.uuid(), z.enum(['me', 'none'])]).optional(),
  bank: z.enum(bankCodes).optional(),
  tag: tag.optional(),
  priority: z.array(z.enum(priorities)).min(1).optional(),
  clientId: z.uuid().optional(),
  /** Cases whose next reminder is already due. */
  overdue: z.boolean().optional(),
  /** Cases with a reminder due before this instant. */
  dueBefore: instant.optional(),
  /** Cases whose required document requests are all accepted or waived (true), or not (false). */
  documentsReady: z.boolean().optional(),
  /** Client name (passport or bank), passport last 4, external reference or tag; case-insensitive. */
  q: z.string().trim().min(1).max(100).optional(),
  archived: z.enum(['exclude', 'include', 'only']).optional(),
  sort: z.enum(caseSorts).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type CaseFilters = z.infer<typeof caseFilters>;

const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((item) => item.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    )
    .pipe(z.array(z.enum(values)).min(1));

const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `GET /api/cases` and the CSV export: the same filters as a query string (lists comma-separated or repeated). */
export const caseListQuery = z.strictObject({
  state: commaList(caseStates).optional(),
  type: commaList(caseTypes).optional(),
  assignee: z.union([z.uuid(), z.enum(['me', 'none'])]).optional(),
  bank: z.enum(bankCodes).optional(),
  tag: tag.optional(),
  priority: commaList(priorities).optional(),
  clientId: z.uuid().optional(),
  overdue: queryBoolean.optional(),
  dueBefore: instant.optional(),
  /** With state=PREPARING: the cases ready to submit (Today), every required document accepted or waived. */
  documentsReady: queryBoolean.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  archived: z.enum(['exclude', 'include', 'only']).optional(),
  sort: z.enum(caseSorts).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  /** A saved view's filters, applied under the query's own. */
  view: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;
/** The CSV export: the list's filters, and the language of its headers and labels (the import reads either). */
export const caseExportQuery = caseListQuery.extend({ lang: z.enum(languages).default('en') });
export type CaseExportQuery = z.infer<typeof caseExportQuery>;

export const caseClientSummary = z.object({
  id: z.uuid(),
  passportName: z.string(),
  bankName: z.string().nullable(),
  passportLast4: z.string().nullable(),
});

/**
 * The case's last transition while it can still be undone (its window has not passed); null otherwise. `available`
 * says whether the caller may undo it: they made it, or they are an admin or the owner.
 */
export const caseUndo = z.object({
  /** The transition that an undo takes back. */
  action: z.enum(caseActions),
  /** The case's version that transition produced: an undo sends it back as `version`. */
  version: z.number().int(),
  /** Who made it. */
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  at: z.string(),
  /** When the window closes. */
  until: z.string(),
  available: z.boolean(),
});
export type CaseUndo = z.infer<typeof caseUndo>;

export const caseResponse = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  client: caseClientSummary,
  type: z.enum(caseTypes),
  state: z.enum(caseStates),
  /** Send back with a transition; it changes with every transition. */
  version: z.number().int(),
  attempt: z.number().int(),
  stateEnteredAt: z.string(),
  submittedAt: z.string().nullable(),
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  bank: z.enum(bankCodes).nullable(),
  cardLast4: z.string().nullable(),
  /** International card binding: the card's network, issuing country (ISO 3166) and its issuer's declines. */
  cardNetwork: z.enum(cardNetworks).nullable(),
  cardIssuingCountry: z.string().nullable(),
  cardDeclines: z.number().int(),
  tags: z.array(z.string()),
  priority: z.enum(priorities),
  retryAfter: z.string().nullable(),
  lastReasonCode: z.enum(reasonCodes).nullable(),
  nextDueAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The machine's actions from the current state, for buttons. */
  allowedActions: z.array(z.enum(caseActions)),
  /** While a same-card retry is not yet allowed: the date it is. */
  cooldownUntil: z.string().nullable(),
  /** The last transition, while it can be undone (POST /cases/:id/undo); null when there is nothing to undo. */
  undo: caseUndo.nullable(),
});
export type CaseResponse = z.infer<typeof caseResponse>;

export const caseListResponse = z.object({ items: z.array(caseResponse), nextCursor: z.string().nullable() });
export type CaseListResponse = z.infer<typeof caseListResponse>;

/**
 * `GET /api/cases/tags`: the organization's tags on live cases containing `q` (case-insensitive; those starting with
 * it first), each with how many live cases carry it, the most used first. Without `q`, the most used tags.
 */
export const caseTagsQuery = z.strictObject({
  q: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type CaseTagsQuery = z.infer<typeof caseTagsQuery>;
export const caseTagsResponse = z.object({
  items: z.array(z.object({ tag: z.string(), count: z.number().int() })),
});
export type CaseTagsResponse = z.infer<typeof caseTagsResponse>;

// ---------------------------------------------------------------------------------------------- writes

export const createCaseRequest = z.strictObject({
  clientId: z.uuid(),
  type: z.enum(caseTypes),
  bank: z.enum(bankCodes).nullish(),
  cardLast4: cardLast4.nullish(),
  assigneeId: z.uuid().nullish(),
  tags: tags.optional(),
  priority: z.enum(priorities).optional(),
});
export type CreateCaseRequest = z.infer<typeof createCaseRequest>;

export const updateCaseRequest = z.strictObject({
  assigneeId: z.uuid().nullish(),
  tags: tags.optional(),
  priority: z.enum(priorities).optional(),
  /** Only while the case is being prepared; afterwards the card changes with submit / resubmit. */
  bank: z.enum(bankCodes).nullish(),
  cardLast4: cardLast4.nullish(),
});
export type UpdateCaseRequest = z.infer<typeof updateCaseRequest>;

const caseIds = z.array(z.uuid()).min(1).max(500);
export const bulkAssignRequest = z.strictObject({ caseIds, assigneeId: z.uuid().nullable() });
export type BulkAssignRequest = z.infer<typeof bulkAssignRequest>;
export const bulkTagRequest = z
  .strictObject({ caseIds, add: z.array(tag).max(20).default([]), remove: z.array(tag).max(20).default([]) })
  .refine((value) => value.add.length + value.remove.length > 0, {
    message: 'add or remove at least one tag',
    path: ['add'],
  });
export type BulkTagRequest = z.infer<typeof bulkTagRequest>;
export const bulkResponse = z.object({ updated: z.number().int() });
export type BulkResponse = z.infer<typeof bulkResponse>;

/** What an action may carry (see the machine table for which fields each action reads). */
export const transitionPayload = z.strictObject({
  bank: z.enum(bankCodes).optional(),
  cardLast4: cardLast4.optional(),
  cardNetwork: z.enum(cardNetworks).optional(),
  /** ISO 3166 alpha-2, e.g. GB. */
  cardIssuingCountry: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a 2-letter country code')
    .optional(),
  /** CNY, 0 < amount < 1 with at most 4 decimals ("0.0974", "￥0.0974", 0.0974). */
  amount: z.union([z.number(), z.string().max(20)]).optional(),
  reasonCode: z.enum(reasonCodes).optional(),
  reasonText: z.string().max(2000).optional(),
  originalMessage: z.string().max(5000).optional(),
  retryAfter: instant.optional(),
  retryAfterDays: z.number().optional(),
  receivedAt: instant.optional(),
  reuploadOffered: z.boolean().optional(),
});
export type TransitionPayload = z.infer<typeof transitionPayload>;

export const transitionRequest = z.strictObject({
  action: z.enum(caseActions),
  /** The version the caller saw; a stale one answers 409 with the current state. */
  version: z.number().int().min(0),
  payload: transitionPayload.optional(),
});
export type TransitionRequest = z.infer<typeof transitionRequest>;

/** `POST /cases/:id/undo`: takes back the case's last transition, at the version the caller saw. */
export const undoRequest = z.strictObject({
  /** The case's current version (the one its last transition produced); a stale one answers 409 CONFLICT. */
  version: z.number().int().min(0),
});
export type UndoRequest = z.infer<typeof undoRequest>;

/** `details` of a 409 from a transition. */
export const transitionConflictDetails = z.object({
  state: z.enum(caseStates),
  version: z.number().int(),
  allowedActions: z.array(z.enum(caseActions)),
  retryAfter: z.string().optional(),
});
export type TransitionConflictDetails = z.infer<typeof transitionConflictDetails>;

// ---------------------------------------------------------------------------------------------- timeline

export const interpretationResponse = z.object({
  code: z.enum(messageCodes),
  kind: z.enum(['error', 'status', 'restriction']),
  meaning: bilingual,
  causes: z.array(bilingual),
  nextSteps: z.array(bilingual),
  suggestedAction: z.enum(caseActions).optional(),
  retryAfter: z.string().optional(),
  retryAfterDays: z.number().optional(),
  dueAt: z.string().optional(),
  matchedText: z.string(),
  language: z.enum(['zh', 'en']),
  source: sources,
});
export type InterpretationResponse = z.infer<typeof interpretationResponse>;

export const timelineEntry = z.object({
  id: z.uuid(),
  /** A machine action, or CREATED, UPDATED, NOTE, CHECKLIST, MESSAGE, REMINDER, ARCHIVED, RESTORED, UNDO. */
  action: z.enum(timelineActions),
  fromState: z.enum(caseStates).nullable(),
  toState: z.enum(caseStates).nullable(),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  at: z.string(),
  versionAfter: z.number().int().nullable(),
  reasonCode: z.enum(reasonCodes).nullable(),
  /** The Alipay message exactly as received (usually Chinese). */
  originalMessage: z.string().nullable(),
  /** What the original message means, read again by the interpreter. */
  interpretations: z.array(interpretationResponse),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const timelineResponse = z.object({ items: z.array(timelineEntry) });
export type TimelineResponse = z.infer<typeof timelineResponse>;

export const transitionResponse = z.object({ case: caseResponse, event: timelineEntry });
export type TransitionResponse = z.infer<typeof transitionResponse>;

/** An undo's answer: the case as it is again, and the UNDO entry of its timeline. */
export const undoResponse = z.object({ case: caseResponse, event: timelineEntry });
export type UndoResponse = z.infer<typeof undoResponse>;

export const createNoteRequest = z.strictObject({ body: z.string().trim().min(1).max(10000) });
export type CreateNoteRequest = z.infer<typeof createNoteRequest>;

// ---------------------------------------------------------------------------------------------- checklist

/** A checklist item is a document request (libs/contract documents.ts): one shape for the checklist and documents. */
export const checklistItemResponse = documentRequestResponse;
export type ChecklistItemResponse = z.infer<typeof checklistItemResponse>;
export const checklistResponse = z.object({ items: z.array(checklistItemResponse) });
export type ChecklistResponse = z.infer<typeof checklistResponse>;
export const updateChecklistItemRequest = updateDocumentRequestRequest;
export type UpdateChecklistItemRequest = z.infer<typeof updateChecklistItemRequest>;

// ---------------------------------------------------------------------------------------------- checks, interpreter

export const applicationDraft = z.strictObject({
  caseType: z.enum(caseTypes),
  name: z.string().max(200).nullish(),
  bankName: z.string().max(200).nullish(),
  bank: z.enum(bankCodes).nullish(),
  cardIssuedIn: z.string().max(10).nullish(),
  cardKind: z.enum(cardKinds).nullish(),
  accountKind: z.enum(accountKinds).nullish(),
  passportNumber: passportNumber.nullish(),
  passportExpiry: calendarDate.nullish(),
  visaType: z.string().max(50).nullish(),
  visaExpiry: calendarDate.nullish(),
  phone: z.string().max(40).nullish(),
  birthDate: calendarDate.nullish(),
  documents: z.array(z.enum(documentKinds)).nullish(),
  // Eligibility and the international card (issue 18).
  nationality: z.string().max(100).nullish(),
  formUsed: z.enum(formsUsed).nullish(),
  nameAlreadySet: z.boolean().nullish(),
  accountName: z.string().max(200).nullish(),
  cardholderName: z.string().max(200).nullish(),
  cardNetwork: z.enum(cardNetworks).nullish(),
});
export type ApplicationDraft = z.infer<typeof applicationDraft>;

/** Either a draft, or a stored client (and optionally one of its cases, for the type, bank and documents). */
export const checkRequest = z
  .strictObject({
    draft: applicationDraft.optional(),
    clientId: z.uuid().optional(),
    caseId: z.uuid().optional(),
    caseType: z.enum(caseTypes).optional(),
  })
  .refine((value) => (value.draft === undefined) !== (value.clientId === undefined && value.caseId === undefined), {
    message: 'send either draft or clientId / caseId',
    path: ['draft'],
  });
export type CheckRequest = z.infer<typeof checkRequest>;

export const findingResponse = z.object({
  code: z.enum(findingCodes),
  severity: z.enum(severities),
  field: z.enum(applicationFields).optional(),
  message: bilingual,
  source: sources,
  suggestion: bilingual.extend({ values: z.array(z.string()).optional() }).optional(),
});
export const checkResponse = z.object({ findings: z.array(findingResponse) });
export type CheckResponse = z.infer<typeof checkResponse>;

export const interpretRequest = z.strictObject({ text: z.string().min(1).max(50000), receivedAt: instant.optional() });
export type InterpretRequest = z.infer<typeof interpretRequest>;
export const interpretResponse = z.object({ interpretations: z.array(interpretationResponse) });
export type InterpretResponse = z.infer<typeof interpretResponse>;

export const applyMessageRequest = z.strictObject({
  text: z.string().min(1).max(5000),
  receivedAt: instant.optional(),
  version: z.number().int().min(0),
  /** The helper confirmed dates far in the past (else such a message answers 409 STALE_MESSAGE_DATE). */
  confirmStaleDate: z.boolean().optional(),
});
export type ApplyMessageRequest = z.infer<typeof applyMessageRequest>;
export const applyMessageResponse = z.object({
  /** The transition performed, or null when the message only went into the timeline. */
  action: z.enum(caseActions).nullable(),
  interpretations: z.array(interpretationResponse),
  case: caseResponse,
  event: timelineEntry,
});
export type ApplyMessageResponse = z.infer<typeof applyMessageResponse>;

// ---------------------------------------------------------------------------------------------- saved views

/** A view is its maker's own, or `shared` with the whole organization: only admins and the owner share one. */
export const savedViewRequest = z.strictObject({
  name: z.string().trim().min(1).max(100),
  filters: caseFilters,
  shared: z.boolean().optional(),
});
export type SavedViewRequest = z.infer<typeof savedViewRequest>;
/** A shared view is changed (or unshared) by admins and the owner only, whoever made it. */
export const updateSavedViewRequest = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  filters: caseFilters.optional(),
  shared: z.boolean().optional(),
});
export type UpdateSavedViewRequest = z.infer<typeof updateSavedViewRequest>;
export const savedViewResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  filters: caseFilters,
  /** Seen by everyone in the organization. */
  shared: z.boolean(),
  /** The caller made it. */
  mine: z.boolean(),
  /** The caller may change and delete it: their own private view, or a shared one for an admin or the owner. */
  editable: z.boolean(),
  createdAt: z.string(),
});
export type SavedViewResponse = z.infer<typeof savedViewResponse>;
export const savedViewListResponse = z.object({ items: z.array(savedViewResponse) });
export type SavedViewListResponse = z.infer<typeof savedViewListResponse>;

// ---------------------------------------------------------------------------------------------- import

export const importQuery = z.strictObject({
  fileName: z.string().trim().min(1).max(200).default('import.csv'),
  /** The language of the problems the dry run words. */
  lang: z.enum(languages).default('en'),
  /** How the uploader's spreadsheet writes 3/1/2026 (their regional format); without it such a date is refused. */
  dateOrder: z.enum(['DMY', 'MDY']).optional(),
});
export type ImportQuery = z.infer<typeof importQuery>;
export const importCommitRequest = z.strictObject({
  /** Import the valid rows and skip the invalid ones; without it a file with errors is refused. */
  skipInvalid: z.boolean().default(false),
  /** Then invite the clients it created to the portal (OWNER, ADMIN), as a bulk invitation of them would. */
  invitePortal: z.boolean().default(false),
});
export type ImportCommitRequest = z.infer<typeof importCommitRequest>;
export const importError = z.object({
  /** The line of the file the record starts on. */
  line: z.number().int(),
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: z.number().int().optional(),
  /** The column's key (`bank`, `caseType`, …). */
  field: z.string().optional(),
  /** The column's header as the file writes it. */
  column: z.string().optional(),
  /** In plain words, naming the row, the column and the value (never a passport or full card number). */
  message: z.string(),
  /** An accepted value close to the one written ("did you mean"). */
  suggestion: z.string().optional(),
});
/** A valid row that looks like a client the organization already has (it is imported all the same). */
export const importWarning = z.object({
  line: z.number().int(),
  message: z.string(),
  matches: z.array(duplicateClientMatch),
});
export type ImportWarning = z.infer<typeof importWarning>;
export const importJobResponse = z.object({
  id: z.uuid(),
  fileName: z.string(),
  status: z.enum(['VALIDATED', 'RUNNING', 'COMPLETED', 'FAILED']),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  processedRows: z.number().int(),
  createdRows: z.number().int(),
  skippedRows: z.number().int(),
  errorCount: z.number().int(),
  /** Row-by-row problems with line numbers (the first 1,000). */
  errors: z.array(importError),
  /** Before the commit: valid rows matching an existing client (passport last 4 + name, or email); the first 1,000. */
  warnings: z.array(importWarning),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The answer to a commit with `invitePortal`: the created clients' portal invitations. */
  portalInvitations: bulkPortalInvitationResponse.optional(),
});
export type ImportJobResponse = z.infer<typeof importJobResponse>;
/** `GET /api/imports/template.csv`: the import's template, headers and example in one language. */
export const importTemplateQuery = z.strictObject({ lang: z.enum(languages).default('en') });
export type ImportTemplateQuery = z.infer<typeof importTemplateQuery>;

// ---------------------------------------------------------------------------------------------- portal

export const alipayButton = z.object({ zh: z.string(), pinyin: z.string(), en: z.string() });
export const nextStepResponse = z.object({ text: bilingual, button: alipayButton.optional(), source: sources });
export const portalCaseResponse = z.object({
  id: z.uuid(),
  type: z.enum(caseTypes),
  state: z.enum(caseStates),
  attempt: z.number().int(),
  stateEnteredAt: z.string(),
  retryAfter: z.string().nullable(),
  nextDueAt: z.string().nullable(),
  updatedAt: z.string(),
  nextSteps: z.array(nextStepResponse),
});
export type PortalCaseResponse = z.infer<typeof portalCaseResponse>;
export const portalCaseListResponse = z.object({ items: z.array(portalCaseResponse) });
export type PortalCaseListResponse = z.infer<typeof portalCaseListResponse>;
export const portalTimelineEntry = z.object({
  id: z.uuid(),
  action: z.enum(clientTimelineActions),
  fromState: z.enum(caseStates).nullable(),
  toState: z.enum(caseStates).nullable(),
  at: z.string(),
  reasonCode: z.enum(reasonCodes).nullable(),
  originalMessage: z.string().nullable(),
  interpretations: z.array(interpretationResponse),
  /** On CONVERSATION entries: the message. */
  message: portalTimelineMessage.optional(),
});
/** A deadline the client is shown ("what happens next"), named by its reminder kind; see the domain's clientDeadlines. */
export const portalDeadline = z.object({
  kind: z.enum(reminderKinds),
  dueAt: z.string(),
  /** DOCUMENT_EXPIRING: which document, and the day it expires (YYYY-MM-DD). */
  document: z.enum(expiringDocuments).optional(),
  expiresOn: z.string().optional(),
});
export type PortalDeadline = z.infer<typeof portalDeadline>;
export const portalCaseDetailResponse = portalCaseResponse.extend({
  timeline: z.array(portalTimelineEntry),
  /** The client's pending deadlines, soonest first. */
  deadlines: z.array(portalDeadline),
});
export type PortalCaseDetailResponse = z.infer<typeof portalCaseDetailResponse>;
