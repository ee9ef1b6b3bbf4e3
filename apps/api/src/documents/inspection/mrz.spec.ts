import { compareMrzWithClient } from './compare';
import {
  checkDigitOf,
  namesOnGrid,
  type OcrSymbol,
  readMrzLines,
  readMrzText,
  resolveDocumentNumber,
} from './mrz-text';
import { mrzLines, type PassportData } from './synthetic-page';
import type { MrzReading } from './types';

// ICAO 9303's own specimen (part 4, appendix A): every check digit valid.
const SPECIMEN = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const today = new Date('2026-12-02T00:00:00Z');

const passport: PassportData = {
  issuingState: 'GBR',
  surname: 'SMITH',
  givenNames: 'JONATHAN MICHAEL',
  documentNumber: '123456789',
  nationality: 'GBR',
  birthDate: '1985-03-14',
  sex: 'M',
  expiryDate: '2031-06-30',
  personalNumber: '',
};

describe('MRZ text → fields', () => {
  it('computes ICAO check digits (the specimen)', () => {
    expect(checkDigitOf('L898902C3')).toBe('6');
    expect(checkDigitOf('740812')).toBe('2');
    expect(checkDigitOf('120415')).toBe('9');
  });

  it('reads generated lines exactly', async () => {
    const reading = await readMrzText(mrzLines(passport).join('\n'), today);
    expect(reading).toEqual({
      status: 'read',
      lines: mrzLines(passport),
      fields: {
        documentNumber: '123456789',
        surname: 'SMITH',
        givenNames: 'JONATHAN MICHAEL',
        nationality: 'GBR',
        birthDate: '1985-03-14',
        expiryDate: '2031-06-30',
        sex: 'M',
      },
    });
  });

  it('fixes O/I in digit fields and long filler runs read as L, K', async () => {
    const [line1, line2] = mrzLines(passport);
    // As Tesseract reads it: the filler after a few "<" turns into L and K, and runs longer than 44.
    const ocr1 = `${line1.slice(0, 33)}KLLLLLLLKLLLLLLLLL`;
    const ocr2Dates = `${line2.slice(0, 13)}85O3I4${line2.slice(19)}`;
    const reading = await readMrzText(`${ocr1}\n${ocr2Dates}`, today);
    expect(reading.status).toBe('read');
    expect(reading.status === 'read' && reading.fields.birthDate).toBe('1985-03-14');
  });

  it('says unreadable, never guesses, when a check digit fails', async () => {
    const [line1, line2] = mrzLines(passport);
    const wrongDate = `${line2.slice(0, 13)}850315${line2.slice(19)}`; // 14 → 15, check digit no longer matches
    expect(await readMrzText(`${line1}\n${wrongDate}`, today)).toMatchObject({ status: 'unreadable' });
    const wrongNumber = `123456788${line2.slice(9)}`;
    expect(await readMrzText(`${line1}\n${wrongNumber}`, today)).toMatchObject({ status: 'unreadable' });
    expect(await readMrzText('no machine readable zone here', today)).toEqual({
      status: 'unreadable',
      reason: 'no MRZ lines found',
    });
  });

  it('decides O versus 0 in a document number by its check digit, only when one reading passes', () => {
    const line2 = SPECIMEN[1] as string;
    expect(resolveDocumentNumber(line2)).toBe(line2);
    expect(resolveDocumentNumber(`L8989O2C3${line2.slice(9)}`)).toBe(line2); // O read for 0
    expect(resolveDocumentNumber(`L8989X2C3${line2.slice(9)}`)).toBeNull(); // not a confusion: refused
  });

  it('refuses names that look like misread filler or lost the << between surname and given names', async () => {
    const [, line2] = mrzLines(passport);
    expect(await readMrzText(`P<GBRSMITH<JONATHAN<MICHAEL<<<<<<<<<<<<<<<<<<\n${line2}`, today)).toMatchObject({
      status: 'unreadable',
    });
    expect(await readMrzText(`P<GBRSMITH<<JONATHAN<MICHAEL<L<<<<<<<<<<<<<<<\n${line2}`, today)).toMatchObject({
      status: 'unreadable',
    });
  });
});

describe('names on the character grid', () => {
  const pitch = 20;
  const symbolsOf = (line: string, shift: (index: number) => number = () => 0): OcrSymbol[] =>
    [...line].map((text, index) => ({
      text,
      x0: 100 + (index + shift(index)) * pitch + 2,
      x1: 100 + (index + shift(index) + 1) * pitch - 2,
      confidence: 95,
    }));
  const [line1, line2] = mrzLines(passport);

  it('accepts letters each in their own column', async () => {
    expect(namesOnGrid(line1, symbolsOf(line1), symbolsOf(line2))).toBe(true);
    expect((await readMrzLines([{ symbols: symbolsOf(line1) }, { symbols: symbolsOf(line2) }], today)).status).toBe(
      'read',
    );
  });

  it('refuses a doubled letter (an extra O squeezed in) and a low-confidence letter', async () => {
    // "JONATHAN" read as "JOONATHAN": the OCR squeezed two symbols into one column; the text still parses.
    const doubled = `${line1.slice(0, 13)}O${line1.slice(13, 43)}`;
    const squeezed = symbolsOf(doubled, (index) => (index >= 13 ? -1 : 0)).map((symbol, index) =>
      index === 13 ? { ...symbol, x0: symbol.x0 + 10 } : symbol,
    );
    expect((await readMrzText(`${doubled}\n${line2}`, today)).status).toBe('read'); // text alone cannot tell
    expect(await readMrzLines([{ symbols: squeezed }, { symbols: symbolsOf(line2) }], today)).toEqual({
      status: 'unreadable',
      reason: 'names not confirmed on the character grid',
    });
    const unsure = symbolsOf(line1).map((symbol, index) => (index === 8 ? { ...symbol, confidence: 40 } : symbol));
    expect(namesOnGrid(line1, unsure, symbolsOf(line2))).toBe(false);
  });
});

describe('compareMrzWithClient', () => {
  let reading: Extract<MrzReading, { status: 'read' }>;
  beforeAll(async () => {
    reading = (await readMrzText(mrzLines(passport).join('\n'), today)) as Extract<MrzReading, { status: 'read' }>;
  });
  const record = {
    passportName: 'SMITH JONATHAN MICHAEL',
    passportNumber: '123456789',
    nationality: 'GB',
    birthDate: '1985-03-14',
    passportExpiry: '2031-06-30',
  };

  it('matches the same person', () => {
    expect(compareMrzWithClient(reading, record, '2026-12-02')).toEqual([{ code: 'MRZ_MATCHES', severity: 'info' }]);
    expect(compareMrzWithClient(reading, { ...record, nationality: 'GBR' }, '2026-12-02')).toEqual([
      { code: 'MRZ_MATCHES', severity: 'info' },
    ]);
    expect(compareMrzWithClient(reading, { ...record, nationality: 'United Kingdom' }, '2026-12-02')).toEqual([
      { code: 'MRZ_MATCHES', severity: 'info' },
    ]);
  });

  it('finds the missing middle name the way Alipay would', () => {
    expect(compareMrzWithClient(reading, { ...record, passportName: 'Jonathan Smith' }, '2026-12-02')).toEqual([
      {
        code: 'MRZ_NAME_PARTS',
        severity: 'block',
        params: { passportName: 'SMITH JONATHAN MICHAEL', recordName: 'Jonathan Smith' },
      },
    ]);
    expect(
      compareMrzWithClient(reading, { ...record, passportName: 'Jonathan Michael Smith' }, '2026-12-02')[0],
    ).toMatchObject({ code: 'MRZ_NAME_ORDER', severity: 'warn' });
  });

  it('shows only the last four characters of passport numbers', () => {
    const findings = compareMrzWithClient(reading, { ...record, passportNumber: '987650001' }, '2026-12-02');
    expect(findings).toEqual([
      { code: 'MRZ_NUMBER_MISMATCH', severity: 'block', params: { passportLast4: '6789', recordLast4: '0001' } },
    ]);
    expect(JSON.stringify(findings)).not.toContain('123456789');
  });

  it('finds nationality, birth date and expiry differences', () => {
    const findings = compareMrzWithClient(
      reading,
      { ...record, nationality: 'FR', birthDate: '1985-04-14', passportExpiry: '2031-07-30' },
      '2026-12-02',
    );
    expect(findings.map((finding) => finding.code)).toEqual([
      'MRZ_NATIONALITY_MISMATCH',
      'MRZ_BIRTH_DATE_MISMATCH',
      'MRZ_EXPIRY_MISMATCH',
    ]);
    expect(findings[0]?.params).toEqual({ passport: 'GBR (United Kingdom)', record: 'FR' });
    expect(compareMrzWithClient(reading, { ...record, nationality: 'Martian' }, '2026-12-02')[0]).toMatchObject({
      code: 'MRZ_NATIONALITY_UNKNOWN',
      severity: 'info',
    });
  });

  it('blocks an expired passport and warns 20 days before expiry', () => {
    expect(compareMrzWithClient(reading, record, '2031-07-01')).toContainEqual({
      code: 'PASSPORT_EXPIRED',
      severity: 'block',
      params: { expiryDate: '2031-06-30' },
    });
    expect(compareMrzWithClient(reading, record, '2031-06-10')).toContainEqual({
      code: 'PASSPORT_EXPIRES_SOON',
      severity: 'warn',
      params: { days: 20, expiryDate: '2031-06-30' },
    });
  });

  it('says retake when the MRZ was unreadable', () => {
    expect(compareMrzWithClient({ status: 'unreadable', reason: 'x' }, record, '2026-12-02')).toEqual([
      { code: 'MRZ_UNREADABLE', severity: 'warn' },
    ]);
  });
});

describe('round letters', () => {
  it('wants a name-final Q near-certain and O/Q/D/C/G more confident than other letters', () => {
    const mateo: PassportData = { ...passport, givenNames: 'MATEQ' };
    const [line1, line2] = mrzLines(mateo);
    const symbols = (line: string, confidence: (index: number) => number): OcrSymbol[] =>
      [...line].map((text, index) => ({
        text,
        x0: index * 20 + 2,
        x1: index * 20 + 18,
        confidence: confidence(index),
      }));
    const qAt = line1.indexOf('Q');
    const at = (value: number) => (index: number) => (index === qAt ? value : 99);
    expect(
      namesOnGrid(
        line1,
        symbols(line1, at(97)),
        symbols(line2, () => 99),
      ),
    ).toBe(false);
    expect(
      namesOnGrid(
        line1,
        symbols(line1, at(99.5)),
        symbols(line2, () => 99),
      ),
    ).toBe(true);
  });
});
