import {
  type CaseTypeAnswers,
  chooserQuestions,
  questionsFor,
  recommendCaseType,
  stayKinds,
  stayLabels,
} from './case-type-chooser';
import type { CaseType } from './cases';

describe('recommendCaseType: three plain questions to a case type', () => {
  it.each<[string, CaseTypeAnswers, CaseType, CaseType | null]>([
    // A restricted account is appealed first, whatever else is true (S0).
    ['S0', { restricted: true }, 'RESTRICTION_APPEAL_AGENT', null],
    ['S0', { restricted: true, mainlandCard: true, stay: 'LIVING' }, 'RESTRICTION_APPEAL_AGENT', null],
    ['S0', { restricted: true, mainlandCard: false, stay: 'VISITING' }, 'RESTRICTION_APPEAL_AGENT', null],
    // A mainland card: the bank-card route (S2, S3), the app's passport check as the fallback (W).
    [
      'S2',
      { restricted: false, mainlandCard: true, stay: 'LIVING' },
      'MAINLAND_CARD_QUICK_BINDING',
      'PASSPORT_SCAN_VERIFICATION',
    ],
    [
      'S2',
      { restricted: false, mainlandCard: true, stay: 'VISITING' },
      'MAINLAND_CARD_QUICK_BINDING',
      'PASSPORT_SCAN_VERIFICATION',
    ],
    // No mainland card: the passport in the app (W7, W8); someone living in China may open one later.
    ['W', { restricted: false, mainlandCard: false, stay: 'VISITING' }, 'PASSPORT_SCAN_VERIFICATION', null],
    [
      'W',
      { restricted: false, mainlandCard: false, stay: 'LIVING' },
      'PASSPORT_SCAN_VERIFICATION',
      'MAINLAND_CARD_QUICK_BINDING',
    ],
  ])('%s %j → %s (else %s)', (_source, answers, type, alternative) => {
    const recommendation = recommendCaseType(answers);
    expect(recommendation?.type).toBe(type);
    expect(recommendation?.alternative?.type ?? null).toBe(alternative);
  });

  it.each<[string, CaseTypeAnswers]>([
    ['nothing answered', {}],
    ['restriction unknown', { mainlandCard: true, stay: 'LIVING' }],
    ['card unknown', { restricted: false, stay: 'VISITING' }],
    ['stay unknown', { restricted: false, mainlandCard: false }],
  ])('waits while a deciding answer is missing: %s', (_case, answers) => {
    expect(recommendCaseType(answers)).toBeNull();
  });

  it('says more to someone living in China with a mainland card than to a visitor (W)', () => {
    const living = recommendCaseType({ restricted: false, mainlandCard: true, stay: 'LIVING' });
    const visiting = recommendCaseType({ restricted: false, mainlandCard: true, stay: 'VISITING' });
    expect(living?.reasons.length).toBe((visiting?.reasons.length ?? 0) + 1);
    expect(living?.reasons.at(-1)?.text.en).toMatch(/receive money/);
  });

  it('explains every recommendation in both languages, each sentence with its sources', () => {
    const all: CaseTypeAnswers[] = [{ restricted: true }];
    for (const mainlandCard of [true, false])
      for (const stay of stayKinds) all.push({ restricted: false, mainlandCard, stay });
    for (const answers of all) {
      const recommendation = recommendCaseType(answers);
      expect(recommendation?.reasons.length).toBeGreaterThan(0);
      for (const { text, source } of recommendation?.reasons ?? []) {
        expect(text.en.trim()).not.toBe('');
        expect(text.zh.trim()).not.toBe('');
        expect(source.length).toBeGreaterThan(0);
      }
      if (recommendation?.alternative) expect(recommendation.alternative.when.zh).not.toBe('');
    }
  });
});

describe('questionsFor', () => {
  it('asks all three until the account is known to be restricted, then nothing more', () => {
    expect(questionsFor({})).toEqual(['restricted', 'mainlandCard', 'stay']);
    expect(questionsFor({ restricted: false, mainlandCard: true })).toEqual(['restricted', 'mainlandCard', 'stay']);
    expect(questionsFor({ restricted: true, mainlandCard: true })).toEqual(['restricted']);
  });

  it('has a question and a hint in English and Chinese for each, and a label for each stay', () => {
    for (const { question, hint } of Object.values(chooserQuestions)) {
      expect(question.en).toMatch(/\?$/);
      expect(question.zh).toMatch(/？$/);
      expect(hint.text.zh).not.toBe('');
      expect(hint.source.length).toBeGreaterThan(0);
    }
    for (const stay of stayKinds) expect(stayLabels[stay].zh).not.toBe('');
  });
});
