import { CsvError } from './csv';
import { type ImportColumn, ImportFile, readHeader, type RowOutcome, validateRow } from './import-rows';

const HEADER: ImportColumn[] = [
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
];

/** A row of HEADER from its values by column name; the others empty. */
const row = (values: Partial<Record<ImportColumn, string>>) => HEADER.map((column) => values[column] ?? '');

/** An outcome as [field, message] pairs, or the valid row. */
const errorsOf = (outcome: RowOutcome) =>
  'errors' in outcome ? outcome.errors.map((e) => [e.field ?? null, e.message]) : outcome.row;

describe('import rows (pure validation)', () => {
  it.each<[string, string[], (Error | string)[] | ImportColumn[]]>([
    [
      'known columns in any case, trimmed',
      ['ExternalRef', ' passportname ', 'EMAIL'],
      ['externalRef', 'passportName', 'email'],
    ],
    [
      'an unknown column',
      ['externalRef', 'passportName', 'shoeSize'],
      [new CsvError('Unknown column(s): shoeSize.', 1)],
    ],
    [
      'a column twice',
      ['externalRef', 'passportName', 'Email', 'email'],
      [new CsvError('Column email appears twice', 1)],
    ],
    ['no externalRef', ['passportName', 'email'], [new CsvError('The column externalRef is required', 1)]],
    ['no passportName', ['externalRef', 'email'], [new CsvError('The column passportName is required', 1)]],
  ])('header: %s', (_, fields, expected) => {
    const [first] = expected;
    if (first instanceof Error) {
      expect(() => readHeader(fields)).toThrow(first.message);
    } else {
      expect(readHeader(fields)).toEqual(expected);
    }
  });

  it.each<[string, Partial<Record<ImportColumn, string>>, [string | null, string | RegExp][]]>([
    ['a bad date', { externalRef: 'S-1', passportName: 'Bad Date', birthDate: '1990-13-45' }, [['birthDate', /./]]],
    [
      'a full card number',
      {
        externalRef: 'S-1',
        passportName: 'Full Card',
        caseType: 'BANK_CARD_VERIFICATION',
        bank: 'BOC',
        cardLast4: '6222020200112233',
      },
      [['cardLast4', /./]],
    ],
    [
      'no externalRef',
      { passportName: 'No Reference' },
      [['externalRef', 'is required (it is how a re-import recognises the client)']],
    ],
    ['an unknown case type', { externalRef: 'S-1', passportName: 'Type', caseType: 'NOT_A_TYPE' }, [['caseType', /./]]],
    [
      'an unknown bank',
      { externalRef: 'S-1', passportName: 'Bank', caseType: 'BANK_CARD_VERIFICATION', bank: 'NOPE' },
      [['bank', /./]],
    ],
    [
      'a case field without a case type',
      { externalRef: 'S-1', passportName: 'No Type', bank: 'ICBC' },
      [['caseType', 'is required when bank, cardLast4, tags or priority is given']],
    ],
    [
      'a priority without a case type',
      { externalRef: 'S-1', passportName: 'No Type', priority: 'high' },
      [['caseType', 'is required when bank, cardLast4, tags or priority is given']],
    ],
    [
      'an unknown priority',
      { externalRef: 'S-1', passportName: 'Priority', caseType: 'RESTRICTION_APPEAL', priority: 'someday' },
      [['priority', /./]],
    ],
    [
      'no name and no reference',
      { email: 'a@example.test' },
      [
        ['passportName', /./],
        ['externalRef', 'is required (it is how a re-import recognises the client)'],
      ],
    ],
  ])('row: %s → errors', (_, values, expected) => {
    const outcome = validateRow(HEADER, row(values), 7);
    expect('errors' in outcome).toBe(true);
    if (!('errors' in outcome)) return;
    expect(outcome.errors.every((error) => error.line === 7)).toBe(true);
    expect(outcome.errors.map((error) => [error.field ?? null, error.message])).toEqual(
      expected.map(([field, message]) => [
        field,
        typeof message === 'string' ? message : expect.stringMatching(message),
      ]),
    );
  });

  it.each<[string, string[], [string | null, string][]]>([
    ['too few fields', ['S-1', 'Too', 'Few'], [[null, 'Expected 11 fields, found 3']]],
    [
      'too many fields',
      [...row({ externalRef: 'S-1', passportName: 'Long' }), 'extra'],
      [[null, 'Expected 11 fields, found 12']],
    ],
  ])('row: %s → one error for the row', (_, fields, expected) => {
    expect(errorsOf(validateRow(HEADER, fields, 3))).toEqual(expected);
  });

  it.each<[string, Partial<Record<ImportColumn, string>>, object]>([
    [
      'a client alone',
      { externalRef: ' S-1 ', passportName: 'Tom Baker' },
      {
        externalRef: 'S-1',
        client: { passportName: 'Tom Baker', bankName: null, passportNumber: null, email: null },
        case: null,
      },
    ],
    [
      'a client with a case: tags split on ; or |, trimmed, deduplicated; priority in any case',
      {
        externalRef: 'S-2',
        passportName: 'Kim, Min-jun',
        passportNumber: 'M12345678',
        caseType: 'BANK_CARD_VERIFICATION',
        bank: 'ICBC',
        cardLast4: '1234',
        tags: 'cohort-2026; exchange|cohort-2026;',
        priority: 'high',
      },
      {
        externalRef: 'S-2',
        client: { passportName: 'Kim, Min-jun', passportNumber: 'M12345678' },
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
      'a case with defaults',
      { externalRef: 'S-3', passportName: 'Lena Vogel', caseType: 'RESTRICTION_APPEAL' },
      { case: { type: 'RESTRICTION_APPEAL', bank: null, cardLast4: null, tags: [], priority: 'NORMAL' } },
    ],
  ])('row: %s → valid', (_, values, expected) => {
    expect(validateRow(HEADER, row(values), 2)).toMatchObject({ row: expected });
  });

  it('a file: the header first, an externalRef only once, a row limit, and no empty file', () => {
    const file = new ImportFile(3);
    expect(file.read({ fields: HEADER, line: 1 })).toBeUndefined();
    expect(file.read({ fields: row({ externalRef: 'S-1', passportName: 'One' }), line: 2 })).toMatchObject({
      row: { externalRef: 'S-1' },
    });
    expect(file.read({ fields: row({ externalRef: 'S-1', passportName: 'Again' }), line: 4 })).toEqual({
      errors: [{ line: 4, field: 'externalRef', message: 'externalRef S-1 already appears on line 2' }],
    });
    expect(file.read({ fields: row({ externalRef: 'S-2', passportName: 'Two' }), line: 5 })).toMatchObject({
      row: { externalRef: 'S-2' },
    });
    expect(() => file.read({ fields: row({ externalRef: 'S-3', passportName: 'Three' }), line: 6 })).toThrow(
      new CsvError('More than 3 rows; split the file', 6),
    );
    expect(file.rows).toBe(4);
    file.finish();
    expect(() => new ImportFile().finish()).toThrow('The file is empty; the first line must name the columns');
  });
});
