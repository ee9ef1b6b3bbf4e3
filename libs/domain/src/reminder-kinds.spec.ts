import { deadlineKinds, reminderKindLabel, reminderKindLabels, reminderKinds } from './reminder-kinds';

describe('reminder kinds', () => {
  it('W every kind has one label in English and Chinese, MANUAL included', () => {
    expect(Object.keys(reminderKindLabels).sort()).toEqual([...reminderKinds].sort());
    expect(reminderKinds).toEqual([...deadlineKinds, 'MANUAL']);
    for (const kind of reminderKinds) {
      expect(reminderKindLabels[kind].en).toMatch(/\S/);
      expect(reminderKindLabels[kind].zh).toMatch(/\p{Script=Han}/u);
      expect(reminderKindLabel(kind)).toBe(reminderKindLabels[kind]);
    }
  });

  it('W a stored kind this version does not know reads as itself', () => {
    expect(reminderKindLabel('SOMETHING_NEW')).toEqual({ en: 'SOMETHING_NEW', zh: 'SOMETHING_NEW' });
  });
});
