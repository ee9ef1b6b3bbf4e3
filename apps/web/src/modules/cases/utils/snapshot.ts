import type { CaseResponse } from '@waiji/contract';
import { type BankCode, bankCodes, type CaseSnapshot, type ReasonCode, reasonCodes } from '@waiji/domain';

const isBank = (value: string | null): value is BankCode => value !== null && (bankCodes as readonly string[]).includes(value);
const isReason = (value: string | null): value is ReasonCode => value !== null && (reasonCodes as readonly string[]).includes(value);

/** The stored case as the domain's machine reads it, so the action forms refuse what the API would. */
export const snapshotOf = (caseRecord: CaseResponse): CaseSnapshot => ({
  type: caseRecord.type,
  state: caseRecord.state,
  stateEnteredAt: new Date(caseRecord.stateEnteredAt),
  attempt: caseRecord.attempt,
  submittedAt: caseRecord.submittedAt ? new Date(caseRecord.submittedAt) : null,
  bank: isBank(caseRecord.bank) ? caseRecord.bank : null,
  cardLast4: caseRecord.cardLast4,
  retryAfter: caseRecord.retryAfter ? new Date(caseRecord.retryAfter) : null,
  lastReasonCode: isReason(caseRecord.lastReasonCode) ? caseRecord.lastReasonCode : null,
});
