import * as contract from '@waiji/contract';
import { z } from 'zod';
import type { Operation, Responses } from './types';

// What the code cannot tell the OpenAPI document by itself, as data: answers of handlers without a response decorator,
// hand-written operations, tag descriptions and the shared error answers.

export const logoutEverywhereResponse = z.object({ revoked: z.number().int() });
const html = { text: 'text/html' };
const csv = { text: 'text/csv' };

/**
 * The success answer of each operation whose handler has no swagger response decorator (@ApiOkResponse({ type }),
 * @ApiCreatedResponse, @ApiNoContentResponse …): most controllers declare their answers only as TypeScript types,
 * which do not exist at run time. The status is the route's own (@HttpCode, or Nest's 201 for POST and 200 otherwise)
 * unless `byStatus` lists several. An operation has exactly one of the two; building the document fails otherwise,
 * and `openapi.spec.ts` checks every entry against real answers.
 */
export const RESPONSES: Record<string, Responses> = {
  'GET /api/health': { byStatus: { 200: contract.healthResponse, 503: contract.healthResponse } },
  'POST /api/auth/logout': 'empty',
  'POST /api/auth/logout-everywhere': logoutEverywhereResponse,
  'GET /api/auth/me': contract.meResponse,
  'POST /api/auth/switch-organization': contract.meResponse,
  'GET /api/clients': contract.clientListResponse,
  'POST /api/clients': contract.clientResponse,
  'GET /api/clients/{id}': contract.clientResponse,
  'PATCH /api/clients/{id}': contract.clientResponse,
  'POST /api/clients/{id}/archive': contract.clientResponse,
  'POST /api/clients/{id}/restore': contract.clientResponse,
  'POST /api/clients/{id}/reveal-passport': contract.revealPassportResponse,
  'GET /api/cases': contract.caseListResponse,
  'POST /api/cases': contract.caseResponse,
  'GET /api/cases/export.csv': csv,
  'GET /api/cases/tags': contract.caseTagsResponse,
  'POST /api/cases/bulk/assign': contract.bulkResponse,
  'POST /api/cases/bulk/tags': contract.bulkResponse,
  'GET /api/cases/{id}': contract.caseResponse,
  'PATCH /api/cases/{id}': contract.caseResponse,
  'POST /api/cases/{id}/archive': contract.caseResponse,
  'POST /api/cases/{id}/restore': contract.caseResponse,
  'POST /api/cases/{id}/transitions': contract.transitionResponse,
  'POST /api/cases/{id}/apply-message': contract.applyMessageResponse,
  'POST /api/cases/{id}/undo': contract.undoResponse,
  'GET /api/cases/{id}/events': contract.timelineResponse,
  'POST /api/cases/{id}/notes': contract.timelineEntry,
  'GET /api/cases/{id}/checklist': contract.checklistResponse,
  'PUT /api/cases/{id}/checklist/{document}': contract.checklistResponse,
  'POST /api/cases/{id}/checklist': contract.checklistResponse,
  'GET /api/cases/{id}/documents': contract.caseDocumentsResponse,
  'POST /api/cases/{id}/documents': contract.uploadDocumentResponse,
  'GET /api/documents/{id}': contract.documentResponse,
  // The stored file in its own type (HEIC uploads are stored as JPEG).
  'GET /api/documents/{id}/content': { text: 'image/jpeg, image/png, application/pdf' },
  'POST /api/documents/{id}/review': contract.reviewDocumentResponse,
  'DELETE /api/documents/{id}': 'empty',
  'POST /api/documents/{id}/apply-mrz': contract.applyMrzResponse,
  'POST /api/clients/{id}/erase': contract.eraseClientResponse,
  'GET /api/clients/{id}/export': { text: 'application/zip' },
  // An inbound email's attachment, decrypted, as it arrived.
  'GET /api/inbound-mail/messages/{id}/attachments/{attachmentId}': { text: 'application/octet-stream' },
  'GET /api/saved-views': contract.savedViewListResponse,
  'POST /api/saved-views': contract.savedViewResponse,
  'PATCH /api/saved-views/{id}': contract.savedViewResponse,
  'DELETE /api/saved-views/{id}': 'empty',
  'POST /api/checks': contract.checkResponse,
  'POST /api/interpret': contract.interpretResponse,
  'POST /api/imports': contract.importJobResponse,
  'GET /api/imports/template.csv': csv,
  'GET /api/imports/{id}': contract.importJobResponse,
  'POST /api/imports/{id}/commit': contract.importJobResponse,
  'GET /api/calendar/token': contract.calendarStatusResponse,
  'POST /api/calendar/token': contract.calendarTokenResponse,
  'DELETE /api/calendar/token': 'empty',
  'GET /api/calendar/{file}': { text: 'text/calendar' },
  'GET /api/portal/cases': contract.portalCaseListResponse,
  'GET /api/portal/cases/{id}': contract.portalCaseDetailResponse,
  'GET /api/reports/summary': contract.reportSummaryResponse,
  'GET /api/reports/summary.csv': csv,
  // The unsubscribe pages (outbox/unsubscribe.controller.ts) answer HTML to people and mail clients, not JSON; their
  // controller is left out of swagger's scan and described here by hand (an unknown or malformed token: 404, HTML).
  'GET /api/unsubscribe/{token}': { byStatus: { 200: html, 404: html } },
  'POST /api/unsubscribe/{token}': { byStatus: { 200: html, 404: html } },
};

/** Routes that are deliberately not in the document, with the reason. */
export const UNDOCUMENTED_ROUTES: Record<string, string> = {
  'GET /api/dev/mail': 'development-only mail viewer: 404 in production and without the per-start token',
};

/** Request bodies that are not JSON (the controller reads the raw stream). */
export const RAW_REQUEST_BODIES: Record<string, string> = {
  'POST /api/imports': 'text/csv',
  // The fields `kind` and `requestId`, then the file in `file` (libs/contract documents.ts).
  'POST /api/cases/{id}/documents': 'multipart/form-data',
  // The image in the multipart field `file` (libs/contract ocr.ts).
  'POST /api/interpret/screenshot': 'multipart/form-data',
  'POST /api/public/interpret/screenshot': 'multipart/form-data',
};

export const HAND_WRITTEN_OPERATIONS: Record<string, Record<string, Operation>> = {
  '/api/unsubscribe/{token}': {
    get: {
      operationId: 'UnsubscribeController_confirm',
      tags: ['unsubscribe'],
      summary:
        'The page behind an email’s unsubscribe link: names the organization and asks for a click (link scanners fetch GET URLs)',
      parameters: [{ name: 'token', in: 'path', required: true }],
    },
    post: {
      operationId: 'UnsubscribeController_unsubscribe',
      tags: ['unsubscribe'],
      summary: 'One-click unsubscribe (RFC 8058): the client gets no more emails from this organization',
      parameters: [{ name: 'token', in: 'path', required: true }],
    },
  },
};

/** One line per tag (a tag without one is listed bare, and Redocly warns). */
export const TAGS: Record<string, string> = {
  admin: 'Organization administration: the outbound email queue',
  integrations: 'API tokens and outbound webhooks (docs/integrations.md)',
  audit: 'The organization’s append-only audit log',
  auth: 'Sign-up, sign-in, sessions, password reset, email verification, invitation acceptance',
  calendar: 'A secret calendar feed (iCalendar) of the caller’s reminders',
  cases: 'Verification and appeal cases: list, filters, transitions, timeline, checklist, reminders, saved views',
  checks: 'Stateless checks of an application draft and interpretation of pasted Alipay messages',
  clients: 'The organization’s clients (passport numbers encrypted; answers show the last four characters)',
  documents: 'A case’s document requests and files: upload (checked, encrypted), review, the passport MRZ, content',
  health: 'Liveness and database reachability',
  imports: 'CSV import of clients and cases: a dry run, then a commit',
  'inbound-mail': 'Mail in: inbound addresses, received emails, the unmatched inbox, one-click apply, IMAP mailbox',
  notifications: 'The caller’s in-app notifications and notification preferences',
  organization: 'Organization settings, members, invitations and reminder policy',
  portal: 'The client portal: a CLIENT user’s own cases',
  reminders: 'Reminders of a case',
  reports: 'Summary reports (JSON and CSV)',
  unsubscribe: 'Email unsubscribe pages for clients (HTML)',
};

/** The shared error answers (components/responses), each in the one error shape. */
export const ERROR_RESPONSES = {
  BadRequest:
    'Invalid request: malformed JSON, a NUL character in a field, a field that fails validation (VALIDATION_FAILED) or a cursor this list did not issue (INVALID_CURSOR)',
  Unauthenticated: 'No session, or the session has ended (UNAUTHENTICATED)',
  Forbidden: 'Missing or wrong x-csrf-token on a state-changing request, or a role that may not do this (FORBIDDEN)',
  NotFound: 'Nothing with this id in the caller’s organization, or an id that is not one (NOT_FOUND)',
  Error:
    'Any other failure, in the same shape: CONFLICT / DUPLICATE_CLIENT / ILLEGAL_TRANSITION / COOLDOWN_ACTIVE / NOTHING_TO_UNDO / UNDO_WINDOW_PASSED / NOT_YOUR_TRANSITION / STALE_MESSAGE_DATE (409), PAYLOAD_TOO_LARGE / FILE_TOO_LARGE (413), UNSUPPORTED_MEDIA_TYPE / UNSUPPORTED_FILE_TYPE (415), DOMAIN_RULE / IMAGE_TOO_SMALL / FILE_TRUNCATED / IMAGE_BOMB (422), THROTTLED (429, with Retry-After), INTERNAL (500), SERVICE_UNAVAILABLE / OCR_BUSY (503)',
} as const;

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No content',
  404: 'Not found',
  503: 'The database is unreachable',
};
