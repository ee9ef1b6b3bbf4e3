import { clientCaseWords } from './client-case-words';
import { clientReason } from './client-reason';
import { reasonCodeLabels, reasonCodes } from './reasons';

describe('clientReason', () => {
  it('gives en/zh their label, another language Alipay’s Chinese beside its meaning, OTHER its meaning alone', () => {
    expect(clientReason('DOCUMENTS_MISSING', 'en', undefined)).toBe('Other valid documents missing (M3)');
    expect(clientReason('DOCUMENTS_MISSING', 'zh', undefined)).toBe('缺少其他有效证件');
    expect(clientReason('DOCUMENTS_MISSING', 'ru', clientCaseWords.ru)).toBe(
      '缺少其他有效证件 — Не хватает других действительных документов',
    );
    expect(clientReason('OTHER', 'ar', clientCaseWords.ar)).toBe('سبب آخر');
    // The web before its language pack has arrived: English, never a blank.
    expect(clientReason('DOCUMENTS_MISSING', 'ko', undefined)).toBe('Other valid documents missing (M3)');
  });

  it.each(Object.keys(clientCaseWords) as (keyof typeof clientCaseWords)[])(
    '%s words every reason in its own language',
    (language) => {
      const reasons = clientCaseWords[language].reasons;
      expect(
        reasonCodes.filter((code) => !reasons[code]?.trim() || reasons[code] === reasonCodeLabels[code].en),
      ).toEqual([]);
    },
  );
});
