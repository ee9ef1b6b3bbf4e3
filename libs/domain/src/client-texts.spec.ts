import { clientText, textKey } from './client-text-lookup';
import { clientTexts, everyTextKey, textIn } from './client-texts';
import { nextSteps } from './next-steps';

// Issue 22: the portal's next steps in every client language beyond en/zh — every step the portal can show has its
// words in each table, with as many {date} slots as the English, and no table holds a step that no longer exists.

const languages = Object.keys(clientTexts) as (keyof typeof clientTexts)[];
const keys = everyTextKey();
const slots = (text: string) => (text.match(/\{date\}/g) ?? []).length;

describe('the domain’s texts in the client languages', () => {
  it('finds the steps of every case type, reason and retry day, and every message’s meaning and causes', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(keys).toContain(textKey('revoke (撤销本次认证) and retry with the same card on or after 2026-06-20.'));
  });

  it.each(languages)('%s has words for every text, none stale, none empty, the same dates', (language) => {
    const table = clientTexts[language];
    expect(keys.filter((key) => table[key] === undefined)).toEqual([]);
    expect(Object.keys(table).filter((key) => !keys.includes(key))).toEqual([]);
    expect(
      Object.entries(table).filter(([key, text]) => text.trim() === '' || slots(text) !== slots(key) || text === key),
    ).toEqual([]);
  });

  it('says which language a step is in: en/zh as written, a table’s language, English where a table lacks it', () => {
    expect(textIn({ en: 'Wait.', zh: '等待。' }, 'zh')).toEqual({ text: '等待。', language: 'zh' });
    expect(textIn({ en: 'A step no table has.', zh: '无。' }, 'ko')).toEqual({
      text: 'A step no table has.',
      language: 'en',
    });
    const [key] = keys.filter((k) => !k.includes('{date}'));
    expect(textIn({ en: key!, zh: '' }, 'ko')).toEqual({ text: clientTexts.ko[key!], language: 'ko' });
  });

  it('puts a step’s dates back in order, and leaves an unknown step to English (null)', () => {
    const table = { 'From {date} to {date}.': 'С {date} по {date}.' };
    expect(clientText('From 2026-06-20 to 2026-06-21.', table)).toBe('С 2026-06-20 по 2026-06-21.');
    expect(clientText('Something new.', table)).toBeNull();
  });

  it('translates a rejected bank-card case’s steps with its retry day (Russian)', () => {
    const now = new Date('2026-06-15T04:00:00Z');
    const steps = nextSteps(
      {
        type: 'BANK_CARD_VERIFICATION',
        state: 'REJECTED',
        stateEnteredAt: now,
        attempt: 1,
        lastReasonCode: 'CARD_CHECK_FAILED',
        retryAfter: new Date('2026-06-20T00:00:00Z'),
      },
      now,
    );
    const words = steps.map((step) => clientText(step.text.en, clientTexts.ru));
    expect(words.every((text) => text !== null && !text.includes('{date}'))).toBe(true);
    expect(words.some((text) => text?.includes('2026-06-20'))).toBe(
      steps.some((s) => s.text.en.includes('2026-06-20')),
    );
  });
});
