import { clientCaseWords } from './client-case-words';
import {
  compareNameWithMrz,
  describeDocumentFinding,
  describeDocumentFindingWith,
  documentFindingCodes,
  documentFindingPlaceholders,
  documentFindingWording,
  sortDocumentFindings,
} from './document-findings';

describe('document findings wording', () => {
  it.each(documentFindingCodes.map((code) => [code]))('%s has English and Chinese words without gaps', (code) => {
    const params = {
      width: 900,
      height: 600,
      percent: 7,
      passportName: 'SMITH JONATHAN MICHAEL',
      recordName: 'Jonathan Smith',
      passportLast4: '4321',
      recordLast4: '9999',
      passport: 'GBR (United Kingdom)',
      record: 'FR',
      expiryDate: '2026-12-22',
      days: 20,
      gps: 'yes',
    };
    const words = documentFindingWording[code](params);
    for (const text of [words.en, words.zh]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|\?\s|NaN|\$\{/);
    }
  });

  it('says the name mismatch the way the issue asks', () => {
    expect(
      describeDocumentFinding({
        code: 'MRZ_NAME_PARTS',
        params: { passportName: 'SMITH JONATHAN MICHAEL', recordName: 'Jonathan Smith' },
      }).en,
    ).toContain(
      'The name on the passport reads SMITH JONATHAN MICHAEL; the application says Jonathan Smith — Alipay compares against the passport',
    );
    expect(
      describeDocumentFinding({ code: 'PASSPORT_EXPIRES_SOON', params: { days: 20, expiryDate: '2026-12-22' } }).en,
    ).toBe('The passport expires in 20 days (2026-12-22).');
  });

  it('tells about location data only when the photo had it', () => {
    expect(describeDocumentFinding({ code: 'IMAGE_METADATA_REMOVED', params: { gps: 'yes' } }).en).toContain('GPS');
    expect(describeDocumentFinding({ code: 'IMAGE_METADATA_REMOVED', params: { gps: 'no' } }).en).not.toContain('GPS');
  });

  it('puts blocking findings first', () => {
    const sorted = sortDocumentFindings([
      { code: 'IMAGE_ROTATED', severity: 'info' },
      { code: 'IMAGE_GLARE', severity: 'warn' },
      { code: 'IMAGE_BLURRY', severity: 'block' },
    ] as const);
    expect(sorted.map((finding) => finding.severity)).toEqual(['block', 'warn', 'info']);
  });
});

describe('compareNameWithMrz', () => {
  it.each([
    ['case, spacing and order of surname-first writing do not matter', 'smith  jonathan michael', 'same'],
    ['accents and apostrophes fold as the MRZ writes them', 'Smith Jónathan Michael', 'same'],
    ['given names first is another order', 'Jonathan Michael Smith', 'order'],
    ['a missing middle name is a finding', 'Jonathan Smith', 'parts'],
    ['an extra name is a finding', 'Smith Jonathan Michael Paul', 'parts'],
    ['another name is a mismatch', 'Jon Smith', 'different'],
  ] as const)('%s', (_title, record, expected) => {
    expect(compareNameWithMrz(record, 'SMITH', 'JONATHAN MICHAEL')).toBe(expected);
  });

  it('treats hyphens and the apostrophe in O’Connor as the MRZ does', () => {
    expect(compareNameWithMrz("Mary-Ann O'Connor", 'OCONNOR', 'MARY ANN')).toBe('order');
    expect(compareNameWithMrz("O'Connor Mary-Ann", 'OCONNOR', 'MARY ANN')).toBe('same');
  });
});

describe('document findings in the client languages beyond en/zh (issue 22)', () => {
  const languages = Object.keys(clientCaseWords) as (keyof typeof clientCaseWords)[];
  const placeholdersOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

  it.each(languages)('%s words every finding with exactly its params', (language) => {
    const templates = clientCaseWords[language].documentFindings;
    expect(Object.keys(templates).sort()).toEqual(Object.keys(documentFindingPlaceholders).sort());
    const wrong = Object.entries(documentFindingPlaceholders).flatMap(([key, params]) => {
      const text = templates[key as keyof typeof templates];
      return text.trim() !== '' && placeholdersOf(text).join() === [...params].sort().join() ? [] : [`${key}: ${text}`];
    });
    expect(wrong).toEqual([]);
  });

  it('fills the params, picks the GPS variant and words an unknown code', () => {
    const ru = clientCaseWords.ru.documentFindings;
    const glare = describeDocumentFindingWith(ru, { code: 'IMAGE_GLARE', params: { percent: 37 } });
    expect(glare).toContain('37');
    expect(glare).not.toContain('{{');
    expect(describeDocumentFindingWith(ru, { code: 'IMAGE_METADATA_REMOVED', params: { gps: 'yes' } })).toBe(
      ru.IMAGE_METADATA_REMOVED_GPS,
    );
    expect(describeDocumentFindingWith(ru, { code: 'IMAGE_METADATA_REMOVED' })).toBe(ru.IMAGE_METADATA_REMOVED);
    expect(describeDocumentFindingWith(ru, { code: 'NOT_A_CODE' as never })).toBe(ru.UNKNOWN);
    // A missing param reads '?' as in English, never 'undefined'.
    expect(describeDocumentFindingWith(ru, { code: 'PASSPORT_EXPIRES_SOON', params: { days: 20 } })).toContain('?');
  });
});
