import { type CaseAction, type CaseState, type CaseType, caseStates, caseTypes } from './cases';
import { allowedActions } from './machines';
import {
  offeredProposalKinds,
  type ProposalKind,
  proposalKindLabels,
  proposalKinds,
  proposalRoutes,
  proposalStatusLabels,
  proposalStatuses,
  proposalSteps,
} from './proposals';

const BANK: CaseType = 'BANK_CARD_VERIFICATION';
const PASSPORT: CaseType = 'APP_PASSPORT_VERIFICATION';

describe('client reports (proposals)', () => {
  it.each<[ProposalKind, CaseType, CaseState, CaseAction[]]>([
    ['SUBMITTED', BANK, 'PREPARING', ['submit']],
    ['SUBMITTED', BANK, 'REJECTED', ['resubmit']],
    ['SUBMITTED', BANK, 'SUBMITTED', []],
    ['DEPOSIT_ARRIVED', BANK, 'AWAITING_DEPOSIT', ['confirm_deposit']],
    // Alipay's acceptance the helper has not recorded yet comes first.
    ['DEPOSIT_ARRIVED', BANK, 'SUBMITTED', ['await_deposit', 'confirm_deposit']],
    ['DEPOSIT_ARRIVED', BANK, 'PREPARING', []],
    ['DEPOSIT_ARRIVED', BANK, 'MANUAL_REVIEW', []],
    ['DEPOSIT_ARRIVED', PASSPORT, 'SUBMITTED', []],
    ['APPROVED', BANK, 'MANUAL_REVIEW', ['approve']],
    ['APPROVED', BANK, 'PREPARING', []],
    // A bank-card case needs its deposit amount before a review: no shortcut from SUBMITTED.
    ['APPROVED', BANK, 'SUBMITTED', []],
    ['APPROVED', PASSPORT, 'SUBMITTED', ['start_review', 'approve']],
    ['APPROVED', PASSPORT, 'APPROVED', []],
    ['MESSAGE', BANK, 'SUBMITTED', []],
  ])('%s on a %s case in %s applies %j', (kind, type, state, steps) => {
    expect(proposalSteps(kind, type, state)).toEqual(steps);
  });

  it('only ever proposes steps the machine allows, one after the other', () => {
    for (const type of caseTypes) {
      for (const state of caseStates) {
        for (const kind of proposalKinds) {
          const steps = proposalSteps(kind, type, state);
          if (steps[0]) expect(allowedActions(type, state)).toContain(steps[0]);
          if (kind !== 'MESSAGE' && steps.length > 0)
            expect(proposalRoutes[kind].actions).toContain(steps[steps.length - 1]);
        }
      }
    }
  });

  it.each<[CaseType, CaseState, ProposalKind[]]>([
    [BANK, 'PREPARING', ['SUBMITTED', 'MESSAGE']],
    [BANK, 'SUBMITTED', ['DEPOSIT_ARRIVED', 'MESSAGE']],
    [BANK, 'AWAITING_DEPOSIT', ['DEPOSIT_ARRIVED', 'MESSAGE']],
    [BANK, 'MANUAL_REVIEW', ['MESSAGE', 'APPROVED']],
    [BANK, 'REJECTED', ['SUBMITTED', 'MESSAGE']],
    [BANK, 'APPROVED', ['MESSAGE']],
    [PASSPORT, 'SUBMITTED', ['MESSAGE', 'APPROVED']],
  ])('offers a %s case in %s: %j', (type, state, kinds) => {
    expect(offeredProposalKinds(type, state)).toEqual(kinds);
  });

  it('is safe with values from outside', () => {
    expect(proposalSteps('NOPE' as ProposalKind, BANK, 'PREPARING')).toEqual([]);
    expect(proposalSteps('SUBMITTED', 'NOPE' as CaseType, 'PREPARING')).toEqual([]);
    expect(offeredProposalKinds(BANK, 'NOPE' as CaseState)).toEqual(['MESSAGE']);
  });

  it('labels every kind and status in English and Chinese', () => {
    for (const kind of proposalKinds) {
      expect(proposalKindLabels[kind].en).toBeTruthy();
      expect(proposalKindLabels[kind].zh).toBeTruthy();
    }
    for (const status of proposalStatuses) {
      expect(proposalStatusLabels[status].en).toBeTruthy();
      expect(proposalStatusLabels[status].zh).toBeTruthy();
    }
  });
});
