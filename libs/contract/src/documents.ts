import { z } from 'zod';
import {
  checklistStatuses,
  documentFindingCodes,
  documentFindingSeverities,
  documentKinds,
  documentStatuses,
  mrzStatuses,
  roles,
} from '@waiji/domain';

// A case's documents (issue 17): its document requests (the checklist items) and the files uploaded for them.
// Files travel as multipart/form-data (POST /cases/:id/documents) and come back decrypted from
// GET /documents/:id/content; every other route is JSON.

/** The largest file an upload may send (bytes); the API's own cap is DOCUMENT_MAX_BYTES in its config. */
export const DOCUMENT_MAX_BYTES = 15 * 1024 * 1024;
/** What an upload's content may be, by its bytes (not its name or declared type). */
export const documentMimeTypes = ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'] as const;
export type DocumentMimeType = (typeof documentMimeTypes)[number];

const bilingual = z.object({ en: z.string(), zh: z.string() });

/** A helper's note on a request (why it was added or waived) or a rejection's reason: 1–500 characters, no NUL. */
export const documentNote = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(500)
  .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters');

/** What a check found in a file; libs/domain's document-findings.ts words each code in en + zh. */
export const documentFinding = z.object({
  code: z.enum(documentFindingCodes),
  severity: z.enum(documentFindingSeverities),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type DocumentFindingResponse = z.infer<typeof documentFinding>;

/** The machine-readable zone of a passport data page as read (only the last 4 of the number ever leave the API). */
export const mrzFields = z.object({
  surname: z.string(),
  givenNames: z.string(),
  nationality: z.string(),
  birthDate: z.string(),
  expiryDate: z.string(),
  sex: z.string(),
  documentNumberLast4: z.string(),
});
export type MrzFields = z.infer<typeof mrzFields>;

export const documentMrz = z.object({
  /** NOT_APPLICABLE for other kinds; PENDING while the reading runs after the upload answer. */
  status: z.enum(mrzStatuses),
  fields: mrzFields.optional(),
  /** Why an UNREADABLE zone could not be read (never a guess at its content). */
  reason: z.string().optional(),
});
export type DocumentMrz = z.infer<typeof documentMrz>;

/** One uploaded file's metadata (the bytes only through GET /documents/:id/content). */
export const documentResponse = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  /** The document request (checklist item) it answers; null once that request was removed. */
  requestId: z.uuid().nullable(),
  kind: z.enum(documentKinds),
  status: z.enum(documentStatuses),
  mime: z.enum(documentMimeTypes),
  /** Stored size in bytes (after EXIF/GPS metadata was stripped). */
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  findings: z.array(documentFinding),
  mrz: documentMrz,
  /** Who uploaded it: the client in the portal, or a member on their behalf; null when the account is gone. */
  uploadedBy: z
    .object({ id: z.uuid(), displayName: z.string(), role: z.enum(roles), fromClient: z.boolean() })
    .nullable(),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** A rejection's reason, which the client sees. */
  reviewReason: z.string().nullable(),
  /** Set when the retention policy removed the file's bytes; the metadata stays for the record. */
  purgedAt: z.string().nullable(),
});
export type DocumentResponse = z.infer<typeof documentResponse>;

/** A document request: an item of the case's checklist (the case type's, or one a helper or a rejection added). */
export const documentRequestResponse = z.object({
  /** The item's row; null for an item of the case type not stored yet (a case created before its type listed it). */
  id: z.uuid().nullable(),
  /** The item's key: its document kinds joined by `_OR_` (e.g. ENTRY_STAMP_OR_RESIDENCE_PERMIT). */
  document: z.string(),
  anyOf: z.array(z.enum(documentKinds)),
  required: z.boolean(),
  label: bilingual,
  note: bilingual,
  status: z.enum(checklistStatuses),
  /** The helper's note when they added or waived the request. */
  helperNote: z.string().nullable(),
  /** Why the latest file was rejected (by a helper, or Alipay refusing it); the client sees it. */
  rejectionReason: z.string().nullable(),
  /** The newest file uploaded for it, if any. */
  latestDocument: documentResponse.nullable(),
  changedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});
export type DocumentRequestResponse = z.infer<typeof documentRequestResponse>;

/** `GET /cases/:id/documents`: the requests (checklist) and every file of the case, newest first. */
export const caseDocumentsResponse = z.object({
  requests: z.array(documentRequestResponse),
  documents: z.array(documentResponse),
  /** Every required request is accepted or waived (for a PREPARING case: ready to submit). */
  readyToSubmit: z.boolean(),
});
export type CaseDocumentsResponse = z.infer<typeof caseDocumentsResponse>;

/**
 * `POST /cases/:id/documents` as multipart/form-data: the text fields `kind` (and optionally `requestId`) BEFORE the
 * `file` part. The answer comes after the checks; a passport data page's MRZ is read afterwards (mrz.status PENDING).
 */
export const uploadDocumentFields = z.strictObject({
  kind: z.enum(documentKinds),
  requestId: z.uuid().optional(),
});
export type UploadDocumentFields = z.infer<typeof uploadDocumentFields>;

export const uploadDocumentResponse = z.object({ document: documentResponse, request: documentRequestResponse });
export type UploadDocumentResponse = z.infer<typeof uploadDocumentResponse>;

/** `POST /documents/:id/review`: accept, or reject with a reason the client sees (required). */
export const reviewDocumentRequest = z
  .strictObject({ decision: z.enum(['accept', 'reject']), reason: documentNote.optional() })
  .refine((value) => value.decision === 'accept' || value.reason !== undefined, {
    message: 'a rejection needs a reason the client can act on',
    path: ['reason'],
  });
export type ReviewDocumentRequest = z.infer<typeof reviewDocumentRequest>;

export const reviewDocumentResponse = z.object({
  document: documentResponse,
  request: documentRequestResponse.nullable(),
  readyToSubmit: z.boolean(),
});
export type ReviewDocumentResponse = z.infer<typeof reviewDocumentResponse>;

/** `POST /cases/:id/checklist`: a helper asks for a document the case type does not list. */
export const addDocumentRequestRequest = z.strictObject({
  anyOf: z
    .array(z.enum(documentKinds))
    .min(1)
    .max(documentKinds.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'must not repeat a kind'),
  required: z.boolean().default(true),
  note: documentNote.optional(),
});
export type AddDocumentRequestRequest = z.input<typeof addDocumentRequestRequest>;

/** `PUT /cases/:id/checklist/:document`: a helper waives a request (a note says why) or asks for it again. */
export const updateDocumentRequestRequest = z
  .strictObject({ status: z.enum(['REQUESTED', 'WAIVED']), note: documentNote.optional() })
  .refine((value) => value.status === 'REQUESTED' || value.note !== undefined, {
    message: 'say why the document is not needed',
    path: ['note'],
  });
export type UpdateDocumentRequestRequest = z.infer<typeof updateDocumentRequestRequest>;

/** `POST /documents/:id/apply-mrz`: the helper confirms copying the passport's MRZ into the client's record. */
export const applyMrzResponse = z.object({
  clientId: z.uuid(),
  /** The client fields that changed (passportName, passportNumber, nationality, birthDate, passportExpiry). */
  changed: z.array(z.string()),
});
export type ApplyMrzResponse = z.infer<typeof applyMrzResponse>;

/** `POST /clients/:id/erase`: what erasing the client removed (its cases stay, anonymised, for the statistics). */
export const eraseClientResponse = z.object({
  clientId: z.uuid(),
  erasedAt: z.string(),
  anonymisedCases: z.number().int(),
  deletedDocuments: z.number().int(),
});
export type EraseClientResponse = z.infer<typeof eraseClientResponse>;
