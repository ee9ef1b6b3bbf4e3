import { caseActions } from './cases';

// Apart from cases.ts, whose lists the first screen needs: only the case page, the portal and the contract read these.

/** What a case's timeline records besides the machine's actions. */
export const caseRecordActions = [
  'CREATED',
  'UPDATED',
  'NOTE',
  'CHECKLIST',
  'MESSAGE',
  'REMINDER',
  'ARCHIVED',
  'RESTORED',
  /** A message of the case's conversation between its client and the helpers (case_message; data: body, fromClient). */
  'CONVERSATION',
  /** The case's last transition taken back (data: undoneVersion, undoneAction); itself never undone. */
  'UNDO',
  /** An email received for the case (inbound_message; data: inboundMessageId, from, subject, attachments). */
  'EMAIL',
  /** A document file uploaded, reviewed or deleted (data: documentId, kind, document, event, reason). */
  'DOCUMENT',
] as const;
/** The `action` of a timeline entry: a machine action or a record of something else that happened to the case. */
export const timelineActions = [...caseActions, ...caseRecordActions] as const;
export type TimelineAction = (typeof timelineActions)[number];

/** How long after a transition the person who made it (or an admin) may undo it. */
export const undoWindowMs = 10 * 60_000;

/**
 * What the client sees of the timeline: the case's own steps, Alipay's messages and the conversation with the helpers;
 * not staff notes or edits.
 */
export const clientTimelineActions = [
  'CREATED',
  'MESSAGE',
  'CONVERSATION',
  'DOCUMENT',
  'submit',
  'await_deposit',
  'confirm_deposit',
  'start_review',
  'approve',
  'reject',
  'resubmit',
  'revoke',
  'lock_out',
  'lock_lifted',
  'start_face_check',
  'issuer_decline',
  'mark_unsupported',
  'risk_hold',
  'unbind',
  'request_agent',
  'receive_upload_link',
  'lift',
] as const satisfies readonly TimelineAction[];
export type ClientTimelineAction = (typeof clientTimelineActions)[number];
