import type { OrganizationPolicyResponse, PolicyDuration, PolicyOverrides } from '@waiji/contract';
import { type PolicyField, policyFields } from '@waiji/domain';

// The fields, their order and their types are the domain's policyFields, from which the contract builds its policy
// schemas (the web takes only types from the contract: its zod schemas would weigh on every page).

export type PolicyDraft = {
  /** Every field's value as edited (effective values to start with). */
  values: { [K in PolicyField]: K extends 'depositChaseLimit' ? number : PolicyDuration };
  quietHours: { start: string; end: string } | null;
};

export const draftFrom = (response: Pick<OrganizationPolicyResponse, 'effective' | 'quietHours'>): PolicyDraft => {
  const { timeZone: _zone, ...values } = response.effective;
  return { values, quietHours: response.quietHours };
};

const sameDuration = (a: PolicyDuration, b: PolicyDuration) => a.amount === b.amount && a.unit === b.unit;

/** Only what differs from the defaults is stored as an override, so a later change of a default still applies. */
export const overridesFrom = (
  draft: PolicyDraft,
  defaults: OrganizationPolicyResponse['defaults'],
): PolicyOverrides => {
  const overrides: PolicyOverrides = {};
  for (const field of policyFields) {
    if (field === 'depositChaseLimit') {
      if (draft.values.depositChaseLimit !== defaults.depositChaseLimit)
        overrides.depositChaseLimit = draft.values.depositChaseLimit;
    } else if (!sameDuration(draft.values[field], defaults[field])) {
      overrides[field] = draft.values[field];
    }
  }
  return overrides;
};
