import type { CaseResponse } from '@waiji/contract';
import type { CaseSnapshot } from '@waiji/domain';

/** The stored case as the domain's machine reads it, so the action forms refuse what the API would. */
export const snapshotOf = (caseRecord: CaseResponse): CaseSnapshot => ({
  type: caseRecord.type,
  state: caseRecord.state,
  stateEnteredAt: new Date(caseRecord.stateEnteredAt),
  attempt: caseRecord.attempt,
  submittedAt: caseRecord.submittedAt ? new Date(caseRecord.submittedAt) : null,
  bank: caseRecord.bank,
  cardLast4: caseRecord.cardLast4,
  retryAfter: caseRecord.retryAfter ? new Date(caseRecord.retryAfter) : null,
  lastReasonCode: caseRecord.lastReasonCode,
});
