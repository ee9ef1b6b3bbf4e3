import { z } from 'zod';
import { caseActions, caseStates, caseTypes, parseDepositAmount, proposalKinds, proposalStatuses } from '@waiji/domain';
import { cardLast4, caseResponse, interpretationResponse, timelineEntry } from './cases';
import { calendarDate } from './clients';

// Client reports ("proposals"): what a client says happened, from the portal; a helper confirms or rejects it.

const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time with a zone, e.g. 2026-01-31T09:00:00+08:00',
});

/** The fields each kind carries (required ones first); any other field is refused. */
const proposalFields = {
  /** "I submitted" — with the last 4 digits of the card when it is another card than before. */
  SUBMITTED: { required: [], optional: ['cardLast4'] },
  /** "The deposit arrived": the amount in CNY (0 < amount < 1, up to 4 decimals) and the day it arrived. */
  DEPOSIT_ARRIVED: { required: ['amount', 'arrivedOn'], optional: [] },
  /** "Alipay said this": the message as pasted; the interpreter reads it when the report is applied. */
  MESSAGE: { required: ['text'], optional: ['receivedAt'] },
  /** "I was approved". */
  APPROVED: { required: [], optional: [] },
} as const satisfies Record<
  (typeof proposalKinds)[number],
  { required: readonly string[]; optional: readonly string[] }
>;

/** What the client reports: a kind and the fields of that kind. */
export const createProposalRequest = z
  .strictObject({
    kind: z.enum(proposalKinds),
    cardLast4: cardLast4.optional(),
    amount: z
      .string()
      .max(20)
      .refine((value) => parseDepositAmount(value) !== null, {
        message: 'must be between 0 and 1 CNY (exclusive) with at most 4 decimals, e.g. 0.0974',
      })
      .optional(),
    arrivedOn: calendarDate.optional(),
    text: z.string().trim().min(1).max(5000).optional(),
    receivedAt: instant.optional(),
  })
  .superRefine((value, context) => {
    const { required, optional } = proposalFields[value.kind];
    const allowed: readonly string[] = [...required, ...optional];
    for (const field of required) {
      if (value[field] === undefined)
        context.addIssue({ code: 'custom', path: [field], message: `is required when kind is ${value.kind}` });
    }
    for (const field of ['cardLast4', 'amount', 'arrivedOn', 'text', 'receivedAt'] as const) {
      if (value[field] !== undefined && !allowed.includes(field))
        context.addIssue({ code: 'custom', path: [field], message: `is not allowed when kind is ${value.kind}` });
    }
  });
export type CreateProposalRequest = z.infer<typeof createProposalRequest>;

/** The report's details as the client gave them (the amount normalised, e.g. "0.0974"). */
export const proposalPayload = z.object({
  cardLast4: z.string().optional(),
  amount: z.string().optional(),
  arrivedOn: z.string().optional(),
  text: z.string().optional(),
  receivedAt: z.string().optional(),
});
export type ProposalPayload = z.infer<typeof proposalPayload>;

const person = z.object({ id: z.uuid(), displayName: z.string() });

/** A report as the client sees it in the portal. */
export const portalProposalResponse = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  kind: z.enum(proposalKinds),
  status: z.enum(proposalStatuses),
  payload: proposalPayload,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  /** Why a helper did not take it over; shown to the client. */
  rejectionReason: z.string().nullable(),
  /** MESSAGE: what the interpreter reads in the text. */
  interpretations: z.array(interpretationResponse),
});
export type PortalProposalResponse = z.infer<typeof portalProposalResponse>;

export const portalProposalListResponse = z.object({ items: z.array(portalProposalResponse) });
export type PortalProposalListResponse = z.infer<typeof portalProposalListResponse>;

/** A report as helpers see it, with the case it is about and what confirming it would do now. */
export const proposalResponse = portalProposalResponse.extend({
  proposedBy: person.nullable(),
  /** Null for a report that applied directly (the organization's setting) or is still pending. */
  decidedBy: person.nullable(),
  /** The case version after the report was applied. */
  appliedVersion: z.number().int().nullable(),
  case: z.object({
    id: z.uuid(),
    clientName: z.string(),
    type: z.enum(caseTypes),
    state: z.enum(caseStates),
    version: z.number().int(),
  }),
  /**
   * What confirming would do now: the machine actions in order; for MESSAGE the action the interpreter suggests
   * if the case allows it (none: the message only goes into the timeline). Empty for a kind the machine refuses now.
   */
  steps: z.array(z.enum(caseActions)),
});
export type ProposalResponse = z.infer<typeof proposalResponse>;

export const proposalListResponse = z.object({ items: z.array(proposalResponse) });
export type ProposalListResponse = z.infer<typeof proposalListResponse>;

/** Rejecting: an optional reason the client reads. */
export const rejectProposalRequest = z.strictObject({ reason: z.string().trim().max(500).optional() });
export type RejectProposalRequest = z.infer<typeof rejectProposalRequest>;

/** A decision: the report, the case after it and the timeline entries it made (none for a rejection). */
export const proposalDecisionResponse = z.object({
  proposal: proposalResponse,
  case: caseResponse,
  events: z.array(timelineEntry),
});
export type ProposalDecisionResponse = z.infer<typeof proposalDecisionResponse>;
