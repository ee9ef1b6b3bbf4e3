import { CsvError } from './csv';
import { ImportFile, readFileHeader, type RowOutcome, type ImportSettings, validateRow } from './import-rows';

const en: ImportSettings = { language: 'en' };
const zh: ImportSettings = { language: 'zh' };

const HEADER = [
  'externalRef',
  'passportName',
  'bankName',
  'passportNumber',
  'birthDate',
  'email',
  'caseType',
  'bank',
  'cardLast4',
  'tags',
  'priority',
] as const;
type Column = (typeof HEADER)[number];

/** A record of HEADER from its values by column; the others empty. */
const record = (values: Partial<Record<Column, string>>, row = 7) => ({
  line: row,
  row,
  fields: HEADER.map((column) => values[column] ?? ''),
});

const columns = readFileHeader([...HEADER], en);

/** An outcome as [field, message] pairs, or the valid row. */
const errorsOf = (outcome: RowOutcome) =>
  'errors' in outcome ? outcome.errors.map((e) => [e.field ?? null, e.message]) : outcome.row;

describe('import rows (pure validation)', () => {
  it.each([
    ['keys in any case, trimmed', ['ExternalRef', ' passportname ', 'EMAIL'], ['externalRef', 'passportName', 'email']],
    ['English labels', ['Reference', 'Name on passport', 'Case type'], ['externalRef', 'passportName', 'caseType']],
    [
      'Chinese labels',
      ['编号', '护照姓名', '银行', '卡号后四位'],
      ['externalRef', 'passportName', 'bank', 'cardLast4'],
    ],
    ['synonyms', ['Student ID', 'Full name', 'Mobile', 'DOB'], ['externalRef', 'passportName', 'phone', 'birthDate']],
  ])('header: %s', (_, fields, keys) => {
    expect(readFileHeader(fields, en).map((entry) => entry?.column.key)).toEqual(keys);
  });

  it('header: the export’s information columns and empty header cells are skipped', () => {
    const read = readFileHeader(['Reference', 'Name on passport', 'State', 'Assignee', '', 'Client ID'], en);
    expect(read.map((entry) => entry?.column.key ?? null)).toEqual([
      'externalRef',
      'passportName',
      null,
      null,
      null,
      'clientId',
    ]);
  });

  it.each([
    [
      'an unknown column, with the nearest',
      ['Reference', 'Name on passport', 'Bnak', 'Shoe size'],
      en,
      "The first row must name the columns: unknown column 'Bnak' — did you mean 'Bank'?; unknown column 'Shoe size'. The template lists every column Waiji reads.",
    ],
    [
      'one column twice under two names',
      ['externalRef', 'passportName', 'Email', '邮箱'],
      en,
      "The first row must name the columns: the columns 'Email' and '邮箱' are the same column (Email). The template lists every column Waiji reads.",
    ],
    [
      'no way to recognise a client',
      ['passportName', 'email'],
      en,
      "The first row must name the columns: the column 'Reference' is missing: your own number for each client (student number…), how a later import recognises them. The template lists every column Waiji reads.",
    ],
    [
      'no passport name, in Chinese',
      ['编号', '邮箱'],
      zh,
      '第一行须为列名：缺少“护照姓名”列（与护照上完全一致的姓名）。模板列出了 Waiji 能读取的所有列。',
    ],
  ])('header: %s is refused', (_, fields, settings, message) => {
    expect(() => readFileHeader(fields, settings)).toThrow(new CsvError(message, 1));
  });

  it.each<[string, Partial<Record<Column, string>>, [string | null, string][]]>([
    [
      'a bad date',
      { externalRef: 'S-1', passportName: 'Bad Date', birthDate: '1990-13-45' },
      [['birthDate', "Row 7, column 'birthDate': '1990-13-45' is not a day of the calendar"]],
    ],
    [
      'a full card number, not repeated',
      {
        externalRef: 'S-1',
        passportName: 'Full Card',
        caseType: 'Bank card',
        bank: 'BOC',
        cardLast4: '6222020200112233',
      },
      [['cardLast4', "Row 7, column 'cardLast4': must be only the last 4 digits of the card, never the full number"]],
    ],
    [
      'no reference',
      { passportName: 'No Reference' },
      [
        [
          'externalRef',
          "Row 7, column 'externalRef': is required for a new client: your own number for them, how a later import recognises them",
        ],
      ],
    ],
    [
      'an unknown case type',
      { externalRef: 'S-1', passportName: 'Type', caseType: 'Bank crad' },
      [['caseType', "Row 7, column 'caseType': 'Bank crad' is not a case type we know — did you mean 'Bank card'?"]],
    ],
    [
      'a misspelt bank',
      { externalRef: 'S-1', passportName: 'Bank', caseType: 'Bank card', bank: 'Bank of Chna' },
      [['bank', "Row 7, column 'bank': 'Bank of Chna' is not a bank we know — did you mean 'Bank of China'?"]],
    ],
    [
      'a bank in the name-at-bank column',
      { externalRef: 'S-1', passportName: 'Misplaced', bankName: '中国银行' },
      [
        [
          'bankName',
          "Row 7, column 'bankName': '中国银行' is a bank, not the client’s name at the bank: the bank goes in the column 'Bank'",
        ],
      ],
    ],
    [
      'case details without a case type',
      { externalRef: 'S-1', passportName: 'No Type', bank: 'ICBC', priority: 'high' },
      [['caseType', "Row 7, column 'caseType': is needed with 'bank', 'priority' (those belong to a case)"]],
    ],
    [
      'a name over 200 characters and a bad email',
      { externalRef: 'S-1', passportName: 'x'.repeat(201), email: 'kim@' },
      [
        ['passportName', "Row 7, column 'passportName': is longer than 200 characters"],
        ['email', "Row 7, column 'email': 'kim@' is not an email address"],
      ],
    ],
    [
      'no name and no reference',
      { email: 'a@example.test' },
      [
        [
          'externalRef',
          "Row 7, column 'externalRef': is required for a new client: your own number for them, how a later import recognises them",
        ],
        ['passportName', "Row 7, column 'passportName': is required"],
      ],
    ],
    [
      'a bad passport number, not repeated',
      { externalRef: 'S-1', passportName: 'Pass', passportNumber: 'M1#' },
      [['passportNumber', "Row 7, column 'passportNumber': must be 3–20 letters and digits"]],
    ],
  ])('row: %s → errors', (_, values, expected) => {
    expect(errorsOf(validateRow(columns, record(values), en))).toEqual(expected);
  });

  it('row: problems in Chinese name the row and the column as the file writes it', () => {
    const header = readFileHeader(['编号', '护照姓名', '案件类型', '银行'], zh);
    const outcome = validateRow(header, { line: 3, row: 3, fields: ['S-1', '王小明', '银行卡', '中国银航'] }, zh);
    expect(outcome).toEqual({
      errors: [
        {
          line: 3,
          row: 3,
          field: 'bank',
          column: '银行',
          message: '第 3 行，“银行”列：“中国银航”不是已知的银行——是不是“中国银行”？',
          suggestion: '中国银行',
        },
      ],
    });
  });

  it.each<[string, string[], [string | null, string][] | object]>([
    ['too few fields: the missing ones are empty', ['S-1', 'Too', 'Few'], { externalRef: 'S-1', case: null }],
    [
      'too many fields',
      [...record({ externalRef: 'S-1', passportName: 'Long' }).fields, 'extra'],
      [[null, 'Row 3: has 12 values but the first row names 11 columns (a comma inside a value needs quotes)']],
    ],
    [
      'empty extra fields are no problem',
      [...record({ externalRef: 'S-1', passportName: 'Ok' }).fields, '', ' '],
      {
        externalRef: 'S-1',
      },
    ],
  ])('row: %s', (_, fields, expected) => {
    const outcome = validateRow(columns, { line: 3, row: 3, fields }, en);
    if (Array.isArray(expected)) expect(errorsOf(outcome)).toEqual(expected);
    else expect(outcome).toMatchObject({ row: expected });
  });

  it.each<[string, Partial<Record<Column, string>>, object]>([
    [
      'a client alone',
      { externalRef: ' S-1 ', passportName: 'Tom Baker' },
      {
        externalRef: 'S-1',
        clientId: null,
        caseId: null,
        client: { passportName: 'Tom Baker', bankName: null, passportNumber: null, email: null },
        case: null,
      },
    ],
    [
      'labels and synonyms: tags split on , ; and |, trimmed, deduplicated',
      {
        externalRef: 'S-2',
        passportName: 'Kim, Min-jun',
        passportNumber: 'M12345678',
        caseType: 'Bank card',
        bank: 'Industrial and Commercial Bank of China',
        cardLast4: '1234',
        tags: 'cohort-2026, exchange|cohort-2026;',
        priority: 'High',
        birthDate: '2001/2/3',
      },
      {
        externalRef: 'S-2',
        client: { passportName: 'Kim, Min-jun', passportNumber: 'M12345678', birthDate: '2001-02-03' },
        case: {
          type: 'BANK_CARD_VERIFICATION',
          bank: 'ICBC',
          cardLast4: '1234',
          tags: ['cohort-2026', 'exchange'],
          priority: 'HIGH',
        },
      },
    ],
    [
      'Chinese values',
      { externalRef: 'S-3', passportName: '王小明', caseType: '账户限制申诉', priority: '紧急', tags: '一组，交换' },
      { case: { type: 'RESTRICTION_APPEAL', bank: null, priority: 'URGENT', tags: ['一组', '交换'] } },
    ],
    [
      'a case with defaults; the apostrophe the export put before a + is taken off',
      { externalRef: "'+S-4", passportName: 'Lena Vogel', caseType: 'RESTRICTION_APPEAL' },
      {
        externalRef: '+S-4',
        case: { type: 'RESTRICTION_APPEAL', bank: null, cardLast4: null, tags: [], priority: 'NORMAL' },
      },
    ],
  ])('row: %s → valid', (_, values, expected) => {
    expect(validateRow(columns, record(values, 2), en)).toMatchObject({ row: expected });
  });

  it('a file: notes and sep= skipped, one row per client and case type, one set of details per client, a row limit', () => {
    const file = new ImportFile(en, 5);
    const at = (row: number, fields: string[]) => ({ line: row, row, fields });
    expect(file.read(at(1, ['sep=,']))).toBeUndefined();
    expect(file.read(at(2, ['Reference', 'Name on passport', 'Case type', 'Phone']))).toBeUndefined();
    expect(file.read(at(3, ['# a note', 'anything']))).toBeUndefined();
    expect(file.read(at(4, ['S-1', 'One', 'Bank card', '138 0013 8000']))).toMatchObject({
      row: { externalRef: 'S-1', client: { phone: '+86 138 0013 8000' } },
    });
    // another case type for the same client, with the same details written differently: fine
    expect(file.read(at(5, ['S-1', 'One', 'Restriction appeal', '+86 13800138000']))).toMatchObject({
      row: { externalRef: 'S-1' },
    });
    expect(file.read(at(6, ['S-1', 'One', '银行卡', '']))).toEqual({
      errors: [
        {
          line: 6,
          row: 6,
          field: 'caseType',
          column: 'Case type',
          message:
            "Row 6, column 'Case type': row 4 already has a Bank card case for this client (one case of a type per client)",
        },
      ],
    });
    expect(file.read(at(7, ['S-1', 'Another Name', '', '']))).toEqual({
      errors: [
        expect.objectContaining({
          field: 'passportName',
          message:
            "Row 7, column 'Name on passport': 'Another Name' differs from row 4, which has the same client; a client’s details must be the same on each of their rows",
        }),
      ],
    });
    expect(file.read(at(8, ['S-2', 'Two', '', '']))).toMatchObject({ row: { externalRef: 'S-2' } });
    expect(() => file.read(at(9, ['S-3', 'Three', '', '']))).toThrow(
      new CsvError('More than 5 rows; split the file', 9),
    );
    expect(file.rows).toBe(6);
    file.finish();
    expect(() => new ImportFile(zh).finish()).toThrow('文件为空；第一行须为列名');
  });
});
