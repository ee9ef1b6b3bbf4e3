import { existsSync } from 'node:fs';
import path from 'node:path';
import { inspectUpload } from './inspect-upload';
import { mrzModel, readMrz, stopMrzReader } from './read-mrz';
import { degrade, mrzLines, type PassportData, renderDataPage } from './synthetic-page';

// The real OCR engine on generated data pages: Tesseract (WebAssembly) with the English model from node_modules.

const passport: PassportData = {
  issuingState: 'GBR',
  surname: 'SMITH',
  givenNames: 'JONATHAN MICHAEL',
  documentNumber: '533401872',
  nationality: 'GBR',
  birthDate: '1985-03-14',
  sex: 'M',
  expiryDate: '2031-06-30',
  // A full personal number: after a long run of "<" the engine sometimes reads this font's 6 as H (see the bench).
  personalNumber: '00123456789012',
};
const today = new Date('2026-12-02T00:00:00Z');

afterAll(() => stopMrzReader());

describe('readMrz', () => {
  it('uses the model shipped in node_modules (nothing is downloaded)', () => {
    const model = path.join(
      path.dirname(require.resolve('@tesseract.js-data/eng/package.json')),
      mrzModel(),
      'eng.traineddata.gz',
    );
    expect(existsSync(model)).toBe(true);
  });

  it('reads a passport photo, slightly turned, exactly', async () => {
    const page = await renderDataPage(passport, { width: 1800, margin: 0.05 });
    const { stored } = await inspectUpload(await degrade(page, { rotate: 2, quality: 85 }), 'PASSPORT_BIO');
    expect(await readMrz(stored, today)).toEqual({
      status: 'read',
      lines: mrzLines(passport),
      fields: {
        documentNumber: '533401872',
        surname: 'SMITH',
        givenNames: 'JONATHAN MICHAEL',
        nationality: 'GBR',
        birthDate: '1985-03-14',
        expiryDate: '2031-06-30',
        sex: 'M',
      },
    });
  });

  it('says unreadable for a photo too blurred to read, and for a photo without an MRZ', async () => {
    const page = await renderDataPage(passport, { width: 1800, margin: 0.05 });
    const { stored } = await inspectUpload(await degrade(page, { blur: 6 }), 'PASSPORT_BIO');
    expect(await readMrz(stored, today)).toMatchObject({ status: 'unreadable' });
    const blank = await inspectUpload(await degrade(page, { brightness: 0 }), 'SIGNATURE_PAGE');
    expect(await readMrz(blank.stored, today)).toMatchObject({ status: 'unreadable' });
  });
});
