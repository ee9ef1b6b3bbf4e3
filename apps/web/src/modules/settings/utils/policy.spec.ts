import { defaultPolicy, policyFields } from '@waiji/domain';
import { draftFrom, overridesFrom } from './policy';

describe('policy draft', () => {
  const defaults = { ...defaultPolicy };

  it('edits every policy field of the domain, starting from the effective values, and not the time zone', () => {
    const effective = { ...defaults, timeZone: 'Europe/Berlin', depositChaseLimit: 3 };
    const draft = draftFrom({ effective, quietHours: null });
    expect(Object.keys(draft.values)).toEqual(policyFields);
    expect(draft.values.depositChaseLimit).toBe(3);
    expect(draft.values.reuploadWindow).toEqual(defaults.reuploadWindow);
  });

  it('stores only what differs from the defaults', () => {
    const draft = draftFrom({ effective: defaults, quietHours: null });
    expect(overridesFrom(draft, defaults)).toEqual({});
    draft.values.depositChaseLimit = 4;
    draft.values.bankReviewDue = { amount: 3, unit: 'days' };
    draft.values.reuploadWindow = { amount: 24, unit: 'hours' };
    expect(overridesFrom(draft, defaults)).toEqual({
      depositChaseLimit: 4,
      bankReviewDue: { amount: 3, unit: 'days' },
    });
  });
});
