import { caseFileColumns, looksLikeBank, readHeader } from './case-file-columns';
import {
  bankVocabulary,
  caseTypeVocabulary,
  closestSpelling,
  foldSpelling,
  languageVocabulary,
  priorityVocabulary,
  readBank,
  readCardLast4,
  readCaseType,
  readDate,
  readLanguage,
  readPhone,
  readPriority,
  readTags,
  writePhone,
  writeTags,
} from './case-file-values';

const value = <T>(cell: { ok: true; value: T } | { ok: false }) => (cell.ok ? cell.value : undefined);

describe('case file cells: what people write in a spreadsheet, read as codes', () => {
  it.each([
    ['BANK_CARD_VERIFICATION', 'BANK_CARD_VERIFICATION'],
    ['Bank card', 'BANK_CARD_VERIFICATION'],
    ['bank  CARD', 'BANK_CARD_VERIFICATION'],
    ['银行卡', 'BANK_CARD_VERIFICATION'],
    ['银行卡认证', 'BANK_CARD_VERIFICATION'],
    ['Real-name verification with a mainland bank card', 'BANK_CARD_VERIFICATION'],
    ['passport in app', 'APP_PASSPORT_VERIFICATION'],
    ['In-app passport', 'APP_PASSPORT_VERIFICATION'],
    ['App 护照认证', 'APP_PASSPORT_VERIFICATION'],
    ['Restriction appeal', 'RESTRICTION_APPEAL'],
    ['账户限制申诉', 'RESTRICTION_APPEAL'],
    ['申诉', 'RESTRICTION_APPEAL'],
  ])('case type %j → %s', (text, code) => expect(value(readCaseType(text))).toBe(code));

  it.each([
    ['BOC', 'BOC'],
    ['boc', 'BOC'],
    ['Bank of China', 'BOC'],
    ['中国银行', 'BOC'],
    ['中行', 'BOC'],
    ['ICBC', 'ICBC'],
    ['工商银行', 'ICBC'],
    ['中国工商银行', 'ICBC'],
    ['China Merchants Bank', 'CMB'],
    ['招行', 'CMB'],
    ['Postal Savings Bank of China', 'PSBC'],
    ['邮储银行', 'PSBC'],
    ['交通银行', 'BOCOM'],
    ['Other bank', 'OTHER'],
    ['ＢＯＣ', 'BOC'],
  ])('bank %j → %s', (text, code) => expect(value(readBank(text))).toBe(code));

  it.each([
    ['Bank of Chna', 'Bank of China'],
    ['中国银航', '中国银行'],
    ['ICBS', 'ICBC'],
    ['Bank of Comunications', 'Bank of Communications'],
  ])('an unknown bank %j suggests %j', (text, suggestion) => {
    const cell = readBank(text);
    expect(cell.ok).toBe(false);
    if (!cell.ok) {
      expect(cell.problem.suggestion).toBe(suggestion);
      expect(cell.problem.message.en).toBe(`'${text}' is not a bank we know`);
      expect(cell.problem.message.zh).toContain(text);
    }
  });

  it('suggests nothing for a value far from every bank, or too short to guess', () => {
    for (const text of ['Deutsche Bank', 'X', 'zz']) {
      const cell = readBank(text);
      expect(cell.ok ? 'read' : cell.problem.suggestion).toBeUndefined();
    }
  });

  it.each([
    ['English', 'en'],
    ['en', 'en'],
    ['英文', 'en'],
    ['英语', 'en'],
    ['中文', 'zh'],
    ['Chinese', 'zh'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
  ])('language %j → %s', (text, code) => expect(value(readLanguage(text))).toBe(code));

  it.each([
    ['URGENT', 'URGENT'],
    ['Urgent', 'URGENT'],
    ['紧急', 'URGENT'],
    ['high', 'HIGH'],
    ['高', 'HIGH'],
    ['普通', 'NORMAL'],
    ['Medium', 'NORMAL'],
    ['低', 'LOW'],
  ])('priority %j → %s', (text, code) => expect(value(readPriority(text))).toBe(code));

  it('no spelling names two codes of one vocabulary, and every code is reachable by its own name', () => {
    for (const vocabulary of [caseTypeVocabulary, bankVocabulary, priorityVocabulary, languageVocabulary]) {
      const entries = vocabulary.entries();
      expect(new Set(entries.map(([folded]) => folded)).size).toBe(entries.length);
      for (const [, code] of entries) expect(vocabulary.find(code)).toBe(code);
    }
  });

  it.each([
    ['2026-03-01', undefined, '2026-03-01'],
    ['2026/3/1', undefined, '2026-03-01'],
    ['2026.03.01', undefined, '2026-03-01'],
    ['2026年3月1日', undefined, '2026-03-01'],
    ['1.3.2026', undefined, '2026-03-01'],
    ['01.03.2026', undefined, '2026-03-01'],
    ['1 Mar 2026', undefined, '2026-03-01'],
    ['1-Mar-2026', undefined, '2026-03-01'],
    ['March 1, 2026', undefined, '2026-03-01'],
    ['2026-03-01 00:00:00', undefined, '2026-03-01'],
    ['2026/3/1 0:00', undefined, '2026-03-01'],
    ['2026-03-01T00:00:00.000Z', undefined, '2026-03-01'],
    ['13/1/2026', undefined, '2026-01-13'],
    ['1/13/2026', undefined, '2026-01-13'],
    ['3/3/2026', undefined, '2026-03-03'],
    ['1/3/2026', 'DMY', '2026-03-01'],
    ['3/1/2026', 'MDY', '2026-03-01'],
    ['2024-02-29', undefined, '2024-02-29'],
  ] as const)('date %j (order %s) → %s', (text, order, iso) => expect(value(readDate(text, order))).toBe(iso));

  it.each([
    ['1/3/2026', "'1/3/2026' could be 2026-03-01 or 2026-01-03; write it as YYYY-MM-DD"],
    ['2026-02-30', "'2026-02-30' is not a day of the calendar"],
    ['2023-02-29', "'2023-02-29' is not a day of the calendar"],
    ['1/3/26', "'1/3/26' is not a date we can read; write it as YYYY-MM-DD, e.g. 2026-03-01"],
    ['tomorrow', "'tomorrow' is not a date we can read; write it as YYYY-MM-DD, e.g. 2026-03-01"],
  ])('date %j is refused: %s', (text, message) => {
    const cell = readDate(text);
    expect(cell.ok ? 'read' : cell.problem.message.en).toBe(message);
  });

  it.each([
    ['+86 138 0013 8000', '+86 138 0013 8000'],
    ['13800138000', '+86 138 0013 8000'],
    ['138-0013-8000', '+86 138 0013 8000'],
    ['+8613800138000', '+86 138 0013 8000'],
    ['0086 138 0013 8000', '+86 138 0013 8000'],
    ['+49 (30) 1234-567', '+49 30 1234 567'],
    ['010-12345678', '010 12345678'],
    ['+1 415 555 0100', '+1 415 555 0100'],
  ])('phone %j → %j', (text, phone) => expect(value(readPhone(text))).toBe(phone));

  it.each([
    ['8.6138E+12', 'format the column as text'],
    ['call me', 'not a phone number'],
    ['1234', 'has 4 digits'],
    ['138 0013 +8000', 'not a phone number'],
  ])('phone %j is refused (%s)', (text, part) => {
    const cell = readPhone(text);
    expect(cell.ok ? 'read' : cell.problem.message.en).toContain(part);
  });

  it.each([
    ['+86 138 0013 8000', '138 0013 8000'],
    ['+49 30 1234 567', '0049 30 1234 567'],
    ['010 12345678', '010 12345678'],
  ])('phone %j is written %j (no leading + for a spreadsheet to read as a formula) and read back', (phone, written) => {
    expect(writePhone(phone)).toBe(written);
    expect(value(readPhone(written))).toBe(phone);
  });

  it('card last 4: zeros a spreadsheet dropped come back; a full number is refused without being repeated', () => {
    expect(value(readCardLast4('0042'))).toBe('0042');
    expect(value(readCardLast4('42'))).toBe('0042');
    const full = readCardLast4('6222 0202 0011 2233');
    expect(full.ok).toBe(false);
    expect(JSON.stringify(full)).not.toContain('2233');
    expect(readCardLast4('12a4').ok).toBe(false);
  });

  it.each([
    ['cohort-2026, exchange', ['cohort-2026', 'exchange']],
    ['cohort-2026;exchange', ['cohort-2026', 'exchange']],
    ['一组，交换；奖学金、秋季', ['一组', '交换', '奖学金', '秋季']],
    ['a, a ,, b', ['a', 'b']],
    ['one tag', ['one tag']],
  ])('tags %j → %j', (text, tags) => expect(value(readTags(text))).toEqual(tags));

  it('tags written back are read as the same list', () => {
    const tags = ['cohort-2026', 'exchange', '奖学金'];
    expect(value(readTags(writeTags(tags)))).toEqual(tags);
  });

  it('closestSpelling needs a close enough spelling', () => {
    expect(closestSpelling('Bnak', ['Bank', 'Tags'])).toBe('Bank');
    expect(closestSpelling('Passport nmber', ['Passport number', 'Passport expires'])).toBe('Passport number');
    expect(closestSpelling('Colour', ['Bank', 'Tags'])).toBeUndefined();
  });
});

describe('case file columns: one list for import, export and template', () => {
  it('every header (key, both labels, synonyms) names one column only', () => {
    const seen = new Map<string, string>();
    for (const column of caseFileColumns) {
      for (const header of [column.key, column.label.en, column.label.zh, ...column.headers]) {
        const folded = foldSpelling(header);
        const owner = seen.get(folded);
        if (owner !== undefined && owner !== column.key) throw new Error(`${header} names ${owner} and ${column.key}`);
        seen.set(folded, column.key);
      }
    }
  });

  it.each([
    ['externalRef', 'externalRef'],
    ['Reference', 'externalRef'],
    ['学号', 'externalRef'],
    ['Name on passport', 'passportName'],
    ['护照姓名', 'passportName'],
    ['Case type', 'caseType'],
    ['案件类型', 'caseType'],
    ['Card last 4', 'cardLast4'],
    ['卡号后四位', 'cardLast4'],
    ['date_of_birth', 'birthDate'],
    ['Language', 'preferredLanguage'],
    ['id', 'caseId'],
  ])('header %j → %s', (header, key) => expect(readHeader(header)).toEqual({ key }));

  it('a bank in the name-at-bank column is recognised only when it says bank (平安 is also a name)', () => {
    expect(looksLikeBank('Bank of China')).toBe('BOC');
    expect(looksLikeBank('中国银行')).toBe('BOC');
    expect(looksLikeBank('平安')).toBeUndefined();
    expect(looksLikeBank('KIM MINJUN')).toBeUndefined();
  });

  it('an unknown header suggests the nearest column', () => {
    expect(readHeader('Bnak')).toEqual({ suggestion: 'Bank' });
    expect(readHeader('Favourite colour')).toEqual({});
  });

  it('what a column writes, it reads back as the same value, in English and in Chinese', () => {
    const samples: Record<string, unknown> = {
      preferredLanguage: 'zh',
      caseType: 'APP_PASSPORT_VERIFICATION',
      bank: 'PSBC',
      cardLast4: '0042',
      tags: ['a', 'b c'],
      priority: 'URGENT',
      birthDate: '2001-02-03',
      phone: '+49 30 1234 567',
    };
    for (const column of caseFileColumns) {
      const sample = samples[column.key];
      if (sample === undefined) continue;
      for (const language of ['en', 'zh'] as const) {
        const written = (column.write as (value: unknown, language: 'en' | 'zh') => string)(sample, language);
        expect(value<unknown>(column.read(written, {}))).toEqual(sample);
      }
    }
  });

  it('each data column has an example its own reader accepts, and enumerations list their allowed values', () => {
    for (const column of caseFileColumns.filter((candidate) => candidate.role === 'data')) {
      expect(column.example).toBeDefined();
      expect(column.read(column.example ?? '', {}).ok).toBe(true);
      for (const allowed of column.allowed?.('zh') ?? []) expect(column.read(allowed, {}).ok).toBe(true);
      for (const allowed of column.allowed?.('en') ?? []) expect(column.read(allowed, {}).ok).toBe(true);
    }
  });
});
