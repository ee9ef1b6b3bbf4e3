import { type ApplicationInput, checkApplication, type Finding, type FindingCode } from './checks';
import type { DocumentKind } from './documents';

const asOf = new Date('2025-06-01T04:00:00Z'); // 2025-06-01 12:00 in Beijing
const allDocuments: DocumentKind[] = ['PASSPORT_BIO', 'ENTRY_STAMP', 'VISA', 'SIGNATURE_PAGE'];
/** A complete application that passes: every test changes one thing. */
const good: ApplicationInput = {
  caseType: 'BANK_CARD_VERIFICATION',
  name: 'SIJIA CHEN',
  bankName: 'SIJIA CHEN',
  bank: 'ICBC',
  cardIssuedIn: 'CN',
  cardKind: 'DEBIT',
  accountKind: 'CURRENT',
  passportNumber: 'E12345678',
  passportExpiry: new Date('2030-01-31'),
  visaType: 'Z',
  visaExpiry: new Date('2026-01-31'),
  phone: '13812345678',
  birthDate: new Date('1990-05-05'),
  documents: allDocuments,
};
const check = (change: Partial<ApplicationInput>) => checkApplication({ ...good, ...change }, asOf);
const summary = (findings: Finding[]) => findings.map((finding) => `${finding.code}:${finding.severity}`);

describe('checkApplication: a complete good application has no findings', () => {
  it.each([
    ['S2', 'bank card', good],
    ['W', 'app passport', { caseType: 'APP_PASSPORT_VERIFICATION', name: 'SIJIA CHEN', documents: ['PASSPORT_BIO'] }],
    ['S0', 'appeal', { caseType: 'RESTRICTION_APPEAL', documents: ['PASSPORT_BIO', 'HOLDING_PASSPORT_PHOTO'] }],
    ['W', 'nothing but the type', { caseType: 'APP_PASSPORT_VERIFICATION' }],
  ] as const)('%s %s', (_source, _label, input) => {
    expect(checkApplication(input as ApplicationInput, asOf)).toEqual([]);
  });
});

describe('checkApplication: one rule each', () => {
  it.each<[string, string, Partial<ApplicationInput>, string[]]>([
    // Name characters and length (S2, S4)
    ['S2', 'name with a digit', { name: 'John Smith 2', bankName: 'John Smith 2' }, ['NAME_INVALID_CHARS:block']],
    ['S2', "apostrophe (O'Neill)", { name: "Mary O'Neill", bankName: "Mary O'Neill" }, ['NAME_INVALID_CHARS:block']],
    ['S2', 'accented letters', { name: 'José Núñez', bankName: 'José Núñez' }, ['NAME_INVALID_CHARS:block']],
    ['S4', 'middle dot and hyphen are allowed', { name: 'Anne-Marie·Dupont', bankName: 'Anne-Marie·Dupont' }, []],
    ['S4', 'Chinese characters are allowed', { name: '陈思佳', bankName: '陈思佳' }, []],
    ['S2', 'one character', { name: 'X', bankName: 'X' }, ['NAME_TOO_SHORT:block']],
    ['S2', 'one character padded with spaces', { name: '  陈 ', bankName: '陈' }, ['NAME_TOO_SHORT:block']],
    ['S2', 'two characters', { name: '陈思', bankName: '陈思' }, []],
    // 20 letters, spaces included (S2, S4)
    [
      'S2',
      'exactly 20 letters with spaces, ICBC',
      { name: 'ABCDEFGHI JKLMNOPQRS', bankName: 'ABCDEFGHI JKLMNOPQRS' },
      [],
    ],
    [
      'S2',
      '21 letters with spaces, ICBC',
      { name: 'ABCDEFGHI JKLMNOPQRST', bankName: 'ABCDEFGHI JKLMNOPQRST' },
      ['NAME_TOO_LONG_FOR_BANK:block'],
    ],
    [
      'S4',
      '21 letters with spaces, CMB',
      { name: 'ABCDEFGHI JKLMNOPQRST', bankName: 'ABCDEFGHI JKLMNOPQRST', bank: 'CMB' },
      [],
    ],
    [
      'S2',
      '21 letters, bank unknown',
      { name: 'ABCDEFGHI JKLMNOPQRST', bankName: 'ABCDEFGHI JKLMNOPQRST', bank: null },
      ['NAME_TOO_LONG_FOR_BANK:warn'],
    ],
    [
      'S2',
      'extra inner spaces do not count',
      { name: 'ABCDEFGHI    JKLMNOPQRS', bankName: 'ABCDEFGHI JKLMNOPQRS' },
      [],
    ],
    // Bank-specific name rules
    [
      'S2',
      'middle dot with Bank of China',
      { name: 'ANNE·DUPONT', bankName: 'ANNE·DUPONT', bank: 'BOC' },
      ['NAME_DOT_BOC:block'],
    ],
    [
      'S4',
      'look-alike dot with Bank of China',
      { name: 'ANNE・DUPONT', bankName: 'ANNE・DUPONT', bank: 'BOC' },
      ['NAME_INVALID_CHARS:block', 'NAME_DOT_BOC:block'],
    ],
    ['S2', 'English letters with Agricultural Bank', { bank: 'ABC' }, ['NAME_LATIN_ABC:block']],
    [
      'S2',
      'Chinese name with Agricultural Bank: in neither list',
      { name: '陈思佳', bankName: '陈思佳', bank: 'ABC' },
      ['BANK_SUPPORT_UNCERTAIN:warn'],
    ],
    // Name against the bank's record (S2, S3, S4 disagree with S2's article: warn)
    ['S3', 'order differs from the bank', { name: 'SIJIA CHEN', bankName: 'CHEN SIJIA' }, ['NAME_BANK_MISMATCH:warn']],
    ['S2', 'case differs from the bank', { name: 'Sijia Chen', bankName: 'SIJIA CHEN' }, ['NAME_BANK_MISMATCH:warn']],
    ['S2', 'spaces around are not a difference', { name: ' SIJIA CHEN ', bankName: 'SIJIA CHEN' }, []],
    ['S2', 'bank record unknown', { bankName: null }, []],
    // Banks (S2, S4)
    ['S2', 'China Construction Bank', { bank: 'CCB' }, ['BANK_NOT_SUPPORTED:block']],
    // Issue 18: listed by S4, missing from S2 — "uncertain", not "not supported".
    ['S4', 'Bank of Communications: S4 only, uncertain', { bank: 'BOCOM' }, ['BANK_SUPPORT_UNCERTAIN:warn']],
    ['S2', 'another bank', { bank: 'OTHER' }, ['BANK_SUPPORT_UNCERTAIN:warn']],
    ['S2', 'Bank of China', { bank: 'BOC' }, []],
    ['S2', 'bank code unknown is ignored', { bank: 'HSBC' as never }, []],
    // Card (S1, S2, S4)
    ['S1', 'card from a branch abroad', { cardIssuedIn: 'GB' }, ['CARD_NOT_MAINLAND:block']],
    ['S2', 'Hong Kong card', { cardIssuedIn: 'HK' }, ['CARD_NOT_MAINLAND:block']],
    ['S2', 'Macao card', { cardIssuedIn: 'mo' }, ['CARD_NOT_MAINLAND:block']],
    ['S2', 'Taiwan card', { cardIssuedIn: 'TW' }, ['CARD_NOT_MAINLAND:block']],
    ['S2', 'mainland, lower case', { cardIssuedIn: ' cn ' }, []],
    ['S2', 'issuing country unknown', { cardIssuedIn: null }, []],
    ['S2', 'credit card', { cardKind: 'CREDIT' }, ['CARD_NOT_DEBIT:block']],
    ['S4', 'passbook', { cardKind: 'PASSBOOK' }, ['CARD_NOT_DEBIT:block']],
    ['S4', 'Hangzhou Bank time deposit', { bank: 'HZB', accountKind: 'TIME' }, ['HANGZHOU_NOT_CURRENT:block']],
    ['S4', 'Hangzhou Bank, kind unknown', { bank: 'HZB', accountKind: null }, ['HANGZHOU_NOT_CURRENT:info']],
    ['S4', 'Hangzhou Bank current account', { bank: 'HZB', accountKind: 'CURRENT' }, []],
    ['S4', 'time deposit at another bank', { accountKind: 'TIME' }, []],
    // Passport number (S2)
    ['S2', '7 characters', { passportNumber: '1234567' }, ['PASSPORT_NUMBER_SHORT:block']],
    ['S2', '8 characters', { passportNumber: '12345678' }, []],
    ['S2', 'spaces do not count', { passportNumber: '123 4567' }, ['PASSPORT_NUMBER_SHORT:block']],
    // Phone (S2, S4)
    ['S4', 'mainland mobile 15x', { phone: '15912345678' }, []],
    ['S4', 'mainland mobile 14x with hyphens', { phone: '147-1234-5678' }, []],
    ['S2', 'international code', { phone: '+44-7700-900123' }, []],
    ['S2', 'international 00 prefix', { phone: '0044-7700-900123' }, []],
    ['S2', 'mainland landline with area code', { phone: '0571-26888888' }, []],
    ['S2', 'spaces', { phone: '+44 7700 900123' }, ['PHONE_INVALID:block']],
    ['S4', 'letters', { phone: '138abc' }, ['PHONE_INVALID:block']],
    ['S2', 'plus in the middle', { phone: '138+12345678' }, ['PHONE_INVALID:block']],
    ['S2', 'Hong Kong number without code', { phone: '91234567' }, ['PHONE_INVALID:block']],
    ['S2', '21 characters', { phone: '+86-138-1234-5678-999' }, ['PHONE_TOO_LONG:block']],
    ['S2', 'exactly 20 characters', { phone: '+86-138-1234-5678-99' }, []],
    ['S4', 'newer mainland prefix 19x', { phone: '19912345678' }, ['PHONE_PREFIX_UNLISTED:warn']],
    ['S4', 'twelve digits starting 1', { phone: '138123456789' }, ['PHONE_INVALID:block']],
    ['S4', 'blank phone is not checked', { phone: '   ' }, []],
    // Visa (S2 against S1, S3, S4: warn)
    [
      'S2',
      'no visa and no visa document',
      { visaType: null, documents: ['PASSPORT_BIO', 'ENTRY_STAMP'] },
      ['VISA_MISSING:warn', 'DOCUMENT_MISSING:warn', 'DOCUMENT_MISSING:warn'],
    ],
    [
      'S4',
      'no visa type but a residence permit',
      { visaType: null, documents: ['PASSPORT_BIO', 'RESIDENCE_PERMIT', 'VISA', 'SIGNATURE_PAGE'] },
      [],
    ],
    ['S2', 'no visa type, documents unknown', { visaType: '', documents: null }, ['VISA_MISSING:warn']],
    ['S2', 'tourist visa L', { visaType: 'L' }, ['VISA_TOURIST:warn']],
    ['S2', 'tourist visa in words', { visaType: 'Tourist visa' }, ['VISA_TOURIST:warn']],
    ['S2', 'tourist visa in Chinese', { visaType: '旅游签证' }, ['VISA_TOURIST:warn']],
    ['S2', 'work visa', { visaType: 'Z work visa' }, []],
    // Expiry: ≥ 30 days said a friend, any valid said customer service (S2)
    ['S2', 'passport expired yesterday', { passportExpiry: new Date('2025-05-31') }, ['DOCUMENT_EXPIRED:block']],
    ['S2', 'passport expires today', { passportExpiry: new Date('2025-06-01') }, ['DOCUMENT_EXPIRES_SOON:warn']],
    ['S2', 'visa expires in 29 days', { visaExpiry: new Date('2025-06-30') }, ['DOCUMENT_EXPIRES_SOON:warn']],
    ['S2', 'visa expires exactly 30 days ahead', { visaExpiry: new Date('2025-07-01') }, []],
    ['S2', 'passport expires exactly 30 days ahead', { passportExpiry: new Date('2025-07-01') }, []],
    ['S2', 'visa expired', { visaExpiry: new Date('2024-01-01') }, ['DOCUMENT_EXPIRED:block']],
    ['S2', 'expiry not a date is ignored', { passportExpiry: 'soon' as never }, []],
    // Age 18+ (W)
    ['W', '18 today', { birthDate: new Date('2007-06-01') }, []],
    ['W', '18 tomorrow', { birthDate: new Date('2007-06-02') }, ['UNDER_18:block']],
    ['W', '18 next month', { birthDate: new Date('2007-07-01') }, ['UNDER_18:block']],
    ['W', '17 last month', { birthDate: new Date('2008-05-01') }, ['UNDER_18:block']],
    ['W', 'born in the future', { birthDate: new Date('2030-01-01') }, ['UNDER_18:block']],
    // Documents per checklist (S1, S3, S4)
    ['S1', 'no passport page', { documents: ['ENTRY_STAMP', 'VISA', 'SIGNATURE_PAGE'] }, ['DOCUMENT_MISSING:block']],
    ['S3', 'no entry proof', { documents: ['PASSPORT_BIO', 'VISA', 'SIGNATURE_PAGE'] }, ['DOCUMENT_MISSING:block']],
    [
      'S4',
      'residence permit instead of the stamp',
      { documents: ['PASSPORT_BIO', 'RESIDENCE_PERMIT', 'VISA', 'SIGNATURE_PAGE'] },
      [],
    ],
    ['S3', 'no signature page', { documents: ['PASSPORT_BIO', 'ENTRY_STAMP', 'VISA'] }, ['DOCUMENT_MISSING:warn']],
    [
      'S1',
      'nothing uploaded',
      { documents: [] },
      ['DOCUMENT_MISSING:block', 'DOCUMENT_MISSING:block', 'DOCUMENT_MISSING:warn', 'DOCUMENT_MISSING:warn'],
    ],
    ['S1', 'unknown kinds are ignored', { documents: ['SELFIE' as DocumentKind, ...allDocuments] }, []],
  ])('%s %s', (_source, _label, change, expected) => {
    expect(summary(check(change))).toEqual(expected);
  });
});

describe('checkApplication: by case type', () => {
  it.each<[string, string, ApplicationInput, string[]]>([
    [
      'S0',
      'appeal without the holding photo',
      { caseType: 'RESTRICTION_APPEAL', documents: ['PASSPORT_BIO'] },
      ['DOCUMENT_MISSING:block'],
    ],
    [
      'S0',
      'appeal with the holding photo only: warn, not block (it was approved once)',
      { caseType: 'RESTRICTION_APPEAL', documents: ['HOLDING_PASSPORT_PHOTO'] },
      ['DOCUMENT_MISSING:warn'],
    ],
    [
      'W',
      'app passport without the passport page',
      { caseType: 'APP_PASSPORT_VERIFICATION', documents: [] },
      ['DOCUMENT_MISSING:block'],
    ],
    [
      'W',
      'app passport: cardholder name differs from the passport',
      { caseType: 'APP_PASSPORT_VERIFICATION', name: 'SIJIA CHEN', bankName: 'S CHEN' },
      ['NAME_BANK_MISMATCH:block'],
    ],
    [
      'S2',
      'app passport: short passport number only warns',
      { caseType: 'APP_PASSPORT_VERIFICATION', passportNumber: 'K12345' },
      ['PASSPORT_NUMBER_SHORT:warn'],
    ],
    [
      'S2',
      'appeal: bank rules do not apply',
      {
        caseType: 'RESTRICTION_APPEAL',
        name: 'ABCDEFGHI JKLMNOPQRSTU',
        bank: 'CCB',
        cardKind: 'CREDIT',
        cardIssuedIn: 'HK',
        visaExpiry: new Date('2020-01-01'),
      },
      [],
    ],
    [
      'S0',
      'appeal: names differ but nothing to compare with',
      { caseType: 'RESTRICTION_APPEAL', name: 'A B', bankName: 'B A' },
      [],
    ],
    [
      'W',
      'app passport: expired passport',
      { caseType: 'APP_PASSPORT_VERIFICATION', passportExpiry: new Date('2025-01-01') },
      ['DOCUMENT_EXPIRED:block'],
    ],
    ['W', 'unknown case type', { caseType: 'LOAN' as never, documents: [] }, ['CASE_TYPE_UNKNOWN:block']],
    [
      'W',
      'unknown case type still checks the phone',
      { caseType: 'LOAN' as never, phone: 'abc' },
      ['CASE_TYPE_UNKNOWN:block', 'PHONE_INVALID:block'],
    ],
  ])('%s %s', (_source, _label, input, expected) => {
    expect(summary(checkApplication(input, asOf))).toEqual(expected);
  });
});

describe('checkApplication: suggestions and messages', () => {
  const finding = (input: Partial<ApplicationInput>, code: FindingCode) =>
    check(input).find((item) => item.code === code);

  it.each([
    ['S2', { passportNumber: '1234567' }, 'PASSPORT_NUMBER_SHORT', ['01234567']],
    ['S2', { passportNumber: 'K12345' }, 'PASSPORT_NUMBER_SHORT', ['00K12345']],
    ['S2', { name: "Mary O'Neill", bankName: null }, 'NAME_INVALID_CHARS', ['Mary ONeill']],
    ['S2', { name: 'José Núñez', bankName: null }, 'NAME_INVALID_CHARS', ['Jose Nunez']],
    ['S2', { name: 'Jürgen Groß', bankName: null }, 'NAME_INVALID_CHARS', ['Jurgen Gross']],
    ['S2', { name: 'John Smith 2', bankName: null }, 'NAME_INVALID_CHARS', ['John Smith']],
    ['S2', { phone: '+44 7700 900123' }, 'PHONE_INVALID', ['+447700900123']],
    ['S2', { name: 'ABCDEFGHI JKLMNOPQRST', bankName: null }, 'NAME_TOO_LONG_FOR_BANK', ['CMB']],
  ] as const)('%s %j → %s suggests %j', (_source, input, code, values) => {
    expect(finding(input, code)?.suggestion?.values).toEqual(values);
  });

  it('S2 only digits stripped out of a name give no suggestion', () => {
    expect(finding({ name: '12', bankName: null }, 'NAME_INVALID_CHARS')?.suggestion).toBeUndefined();
  });

  it('S2 a phone of symbols only gives no suggestion', () => {
    expect(finding({ phone: '(*)' }, 'PHONE_INVALID')?.suggestion).toBeUndefined();
  });

  it("S3 a name that differs from the bank's record suggests the record first, then variants, and says the sources disagree", () => {
    const mismatch = finding({ name: 'Sijia Chen', bankName: 'CHEN SIJIA' }, 'NAME_BANK_MISMATCH');
    expect(mismatch?.suggestion?.values?.slice(0, 4)).toEqual(['CHEN SIJIA', 'Chen Sijia', 'SIJIA CHEN', 'SijiaChen']);
    expect(mismatch?.suggestion?.values).not.toContain('Sijia Chen');
    expect(mismatch?.message.en).toContain('visa');
    expect(mismatch?.source).toEqual(['S2', 'S3', 'S4']);
  });

  it('S2 the unsupported-bank finding lists the banks both sources accept', () => {
    expect(finding({ bank: 'CCB' }, 'BANK_NOT_SUPPORTED')?.suggestion?.values).toEqual([
      'BOC',
      'CMB',
      'ICBC',
      'CITIC',
      'CGB',
      'CMBC',
      'CEB',
      'HZB',
      'CIB',
      'PAB',
      'PSBC',
      'SPDB',
    ]);
  });

  it('S2 every finding is bilingual, names a source and a field', () => {
    const findings = checkApplication(
      {
        caseType: 'BANK_CARD_VERIFICATION',
        name: "X'",
        bankName: 'Y',
        bank: 'CCB',
        cardIssuedIn: 'HK',
        cardKind: 'PASSBOOK',
        passportNumber: '1',
        phone: '1',
        visaType: 'L',
        passportExpiry: new Date('2000-01-01'),
        visaExpiry: new Date('2025-06-10'),
        birthDate: new Date('2020-01-01'),
        documents: [],
      },
      asOf,
    );
    expect(findings.length).toBeGreaterThan(10);
    for (const item of findings) {
      expect(item.message.en).not.toBe('');
      expect(item.message.zh).not.toBe('');
      expect(item.source.length).toBeGreaterThan(0);
      expect(item.field).toBeDefined();
    }
  });

  it('S2 "today" is the date in the given time zone', () => {
    const lateEvening = new Date('2025-06-01T17:00:00Z'); // 2 June in Beijing, still 1 June in New York
    const expiry = { passportExpiry: new Date('2025-07-01') };
    expect(summary(checkApplication({ ...good, ...expiry }, lateEvening))).toEqual(['DOCUMENT_EXPIRES_SOON:warn']);
    expect(summary(checkApplication({ ...good, ...expiry }, lateEvening, 'America/New_York'))).toEqual([]);
  });

  it('W an invalid asOf or time zone falls back to now in Beijing', () => {
    expect(
      checkApplication(
        { ...good, passportExpiry: new Date('2000-01-01'), visaExpiry: new Date('2100-01-01'), birthDate: null },
        new Date(Number.NaN),
        'Nowhere/City',
      ).map((item) => item.code),
    ).toEqual(['DOCUMENT_EXPIRED']);
  });

  it('W asOf defaults to now', () => {
    expect(
      summary(
        checkApplication({
          caseType: 'RESTRICTION_APPEAL',
          passportExpiry: new Date('2001-01-01'),
          birthDate: new Date('1950-01-01'),
        }),
      ),
    ).toEqual(['DOCUMENT_EXPIRED:block']);
  });

  it('W input that is not an object is an unknown case type', () => {
    expect(summary(checkApplication(null as unknown as ApplicationInput, asOf))).toEqual(['CASE_TYPE_UNKNOWN:block']);
  });
});
