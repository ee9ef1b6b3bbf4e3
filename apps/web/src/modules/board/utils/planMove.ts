import {
  type AllowedActionsContext,
  allowedActions,
  type CaseAction,
  type CaseState,
  type CaseType,
  machineFor,
} from '@waiji/domain';

/** What dropping a card of `type` from `from` onto the `to` column means, by the domain's machine. */
export type MovePlan =
  { kind: 'same' } | { kind: 'action'; action: CaseAction } | { kind: 'refused'; allowed: CaseAction[] };

export const planMove = (type: CaseType, from: CaseState, to: CaseState, context?: AllowedActionsContext): MovePlan => {
  if (from === to) return { kind: 'same' };
  const machine = machineFor(type);
  const allowed = allowedActions(type, from, context);
  const transition = machine?.transitions.find(
    (candidate) => candidate.to === to && candidate.from.includes(from) && allowed.includes(candidate.action),
  );
  return transition ? { kind: 'action', action: transition.action } : { kind: 'refused', allowed };
};

/** Where each allowed action would take a case in `from`: the targets a "Move to…" menu can offer. */
export const reachableStates = (type: CaseType, from: CaseState): CaseState[] => {
  const machine = machineFor(type);
  if (!machine) return [];
  const allowed = allowedActions(type, from);
  return machine.transitions
    .filter((candidate) => candidate.from.includes(from) && allowed.includes(candidate.action))
    .map((candidate) => candidate.to);
};
