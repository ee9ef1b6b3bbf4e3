import { type CaseAction, type CaseState, type CaseType } from './cases';
import type { Bilingual } from './common';
import { machines } from './machine-table';
import { allowedActions } from './machines';

/**
 * What a client may report from the portal. Each report is a proposed step of the case machine that a helper
 * confirms (or that applies at once when the organization allows it): the same machine, guards and interpreter
 * decide as when a helper records the step.
 */
export const proposalKinds = ['SUBMITTED', 'DEPOSIT_ARRIVED', 'MESSAGE', 'APPROVED'] as const;
export type ProposalKind = (typeof proposalKinds)[number];

export const proposalStatuses = ['PENDING', 'APPLIED', 'REJECTED'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** In the client's words (the portal's buttons); helpers read them as "the client says: …". */
export const proposalKindLabels: Readonly<Record<ProposalKind, Bilingual>> = {
  SUBMITTED: { en: 'I submitted', zh: '我已提交认证' },
  DEPOSIT_ARRIVED: { en: 'The deposit arrived', zh: '打款已到账' },
  MESSAGE: { en: 'Alipay said this', zh: '支付宝显示了这条消息' },
  APPROVED: { en: 'I was approved', zh: '我的认证已通过' },
};

export const proposalStatusLabels: Readonly<Record<ProposalStatus, Bilingual>> = {
  PENDING: { en: 'Waiting for your helper to confirm', zh: '等待协助人员确认' },
  APPLIED: { en: 'Recorded on your case', zh: '已记录到您的案件' },
  REJECTED: { en: 'Not taken over', zh: '未被采纳' },
};

/** The kinds that map to a machine action; MESSAGE goes through the message interpreter instead. */
export type ActionProposalKind = Exclude<ProposalKind, 'MESSAGE'>;

type ProposalRoute = {
  /** The action the report stands for, the first one the case allows. */
  actions: readonly CaseAction[];
  /**
   * A step that must have happened before it and that the helper may not have recorded yet: a deposit can only
   * arrive after Alipay accepted the application, an approval only after the review began.
   */
  via: readonly CaseAction[];
};

/** Which machine action each report proposes (see machine-table.ts). */
export const proposalRoutes: Readonly<Record<ActionProposalKind, ProposalRoute>> = {
  SUBMITTED: { actions: ['submit', 'resubmit'], via: [] },
  DEPOSIT_ARRIVED: { actions: ['confirm_deposit'], via: ['await_deposit'] },
  APPROVED: { actions: ['approve'], via: ['start_review'] },
};

/**
 * The machine actions a report applies to a case in this state, in order: one action, or a `via` step and then
 * the action; empty when the machine does not allow it now (and always for MESSAGE, which the interpreter reads).
 */
export function proposalSteps(kind: ProposalKind, type: CaseType, state: CaseState): CaseAction[] {
  if (kind === 'MESSAGE') return [];
  const route = typeof kind === 'string' && Object.hasOwn(proposalRoutes, kind) ? proposalRoutes[kind] : undefined;
  if (!route) return [];
  const allowed = allowedActions(type, state);
  const direct = route.actions.find((action) => allowed.includes(action));
  if (direct) return [direct];
  for (const first of route.via) {
    if (!allowed.includes(first)) continue;
    const next = machines[type].transitions.find(
      (candidate) => candidate.action === first && candidate.from.includes(state),
    )?.to;
    if (!next) continue;
    const then = route.actions.find((action) => allowedActions(type, next).includes(action));
    if (then) return [first, then];
  }
  return [];
}

/** What the portal offers a client to report now; a pasted message is always possible. */
export function offeredProposalKinds(type: CaseType, state: CaseState): ProposalKind[] {
  return proposalKinds.filter((kind) => kind === 'MESSAGE' || proposalSteps(kind, type, state).length > 0);
}
