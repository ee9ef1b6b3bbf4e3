import type { OrganizationPolicyResponse, PolicyDuration, PolicyOverrides } from '@waiji/contract';

export type DurationField = Exclude<keyof PolicyOverrides, 'depositChaseLimit'>;
export type PolicyField = keyof PolicyOverrides;

/** In the order a bank-card case meets them, then appeals and passports, then documents. */
export const policyFields: readonly PolicyField[] = [
  'depositExpected',
  'depositChaseEvery',
  'depositChaseLimit',
  'bankReviewDue',
  'appealReviewDue',
  'passportReviewDue',
  'reuploadWindow',
  'documentExpiryWarning',
];

export const isDurationField = (field: PolicyField): field is DurationField => field !== 'depositChaseLimit';

export type PolicyDraft = {
  /** Every field's value as edited (effective values to start with). */
  values: { [K in PolicyField]: K extends 'depositChaseLimit' ? number : PolicyDuration };
  quietHours: { start: string; end: string } | null;
};

export const draftFrom = (response: Pick<OrganizationPolicyResponse, 'effective' | 'quietHours'>): PolicyDraft => ({
  values: {
    depositExpected: response.effective.depositExpected,
    depositChaseEvery: response.effective.depositChaseEvery,
    depositChaseLimit: response.effective.depositChaseLimit,
    bankReviewDue: response.effective.bankReviewDue,
    appealReviewDue: response.effective.appealReviewDue,
    passportReviewDue: response.effective.passportReviewDue,
    reuploadWindow: response.effective.reuploadWindow,
    documentExpiryWarning: response.effective.documentExpiryWarning,
  },
  quietHours: response.quietHours,
});

const sameDuration = (a: PolicyDuration, b: PolicyDuration) => a.amount === b.amount && a.unit === b.unit;

/** Only what differs from the defaults is stored as an override, so a later change of a default still applies. */
export const overridesFrom = (draft: PolicyDraft, defaults: OrganizationPolicyResponse['defaults']): PolicyOverrides => {
  const overrides: PolicyOverrides = {};
  for (const field of policyFields) {
    if (field === 'depositChaseLimit') {
      if (draft.values.depositChaseLimit !== defaults.depositChaseLimit) overrides.depositChaseLimit = draft.values.depositChaseLimit;
    } else if (!sameDuration(draft.values[field], defaults[field])) {
      overrides[field] = draft.values[field];
    }
  }
  return overrides;
};
