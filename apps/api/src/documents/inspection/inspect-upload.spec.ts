import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { ApiError } from '../../common/api-error';
import { inspectUpload } from './inspect-upload';
import { MAX_UPLOAD_BYTES } from './limits';
import { sniffType } from './sniff';
import { degrade, randomPassport, renderDataPage, seededRandom } from './synthetic-page';

// Every image here is generated in the test: a passport data page drawn with sharp, then spoiled.

let page: Buffer;
const random = seededRandom(42);

beforeAll(async () => {
  page = await renderDataPage(randomPassport(random), { width: 1400, margin: 0.04 });
});

async function rejection(bytes: Buffer): Promise<{ code: string; message: string }> {
  try {
    await inspectUpload(bytes, 'PASSPORT_BIO');
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a rejection');
}

const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

describe('inspectUpload: quality findings on generated photos', () => {
  it('finds nothing wrong with a sharp, well-lit colour photo', async () => {
    const inspection = await inspectUpload(await degrade(page, { quality: 90 }), 'PASSPORT_BIO');
    expect(inspection.mime).toBe('image/jpeg');
    expect(inspection.storedMime).toBe('image/jpeg');
    expect(codes(inspection.findings)).toEqual([]);
  });

  it('calls a blurred photo blurred (block)', async () => {
    const inspection = await inspectUpload(await degrade(page, { blur: 3 }), 'PASSPORT_BIO');
    expect(inspection.findings).toContainEqual(expect.objectContaining({ code: 'IMAGE_BLURRY', severity: 'block' }));
  });

  it('finds glare, with its share of the photo', async () => {
    const inspection = await inspectUpload(await degrade(page, { glare: [[0.5, 0.45, 0.16, 0.11]] }), 'PASSPORT_BIO');
    const glare = inspection.findings.find((finding) => finding.code === 'IMAGE_GLARE');
    expect(glare?.severity).toBe('warn');
    expect(Number(glare?.params?.['percent'])).toBeGreaterThanOrEqual(2);
    expect(codes(inspection.findings)).not.toContain('IMAGE_BLURRY');
  });

  it('finds a dark photo dark but not blurred', async () => {
    const inspection = await inspectUpload(await degrade(page, { brightness: 0.3 }), 'PASSPORT_BIO');
    expect(codes(inspection.findings)).toEqual(['IMAGE_TOO_DARK']);
  });

  it('finds a black-and-white copy', async () => {
    const inspection = await inspectUpload(await degrade(page, { greyscale: true }), 'PASSPORT_BIO');
    expect(inspection.findings).toContainEqual({ code: 'IMAGE_NOT_COLOUR', severity: 'block' });
  });

  it('warns about a small photo and refuses a tiny one', async () => {
    const small = await sharp(page).resize({ width: 900 }).jpeg().toBuffer();
    const inspection = await inspectUpload(small, 'PASSPORT_BIO');
    expect(inspection.findings).toContainEqual(expect.objectContaining({ code: 'IMAGE_LOW_RESOLUTION' }));
    const tiny = await sharp(page).resize({ width: 300 }).jpeg().toBuffer();
    expect(await rejection(tiny)).toMatchObject({ code: 'IMAGE_TOO_SMALL' });
  });

  it('turns a sideways photo upright (EXIF orientation) and strips EXIF, GPS and the colour profile', async () => {
    // A portrait-held phone: pixels stored landscape, EXIF orientation 6 says "rotate 90° clockwise to view".
    const sideways = await sharp(page)
      .rotate(-90)
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneMaker', Model: 'Phone 15' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '39/1 54/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '116/1 23/1 0/1',
        },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(sideways).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif).toBeDefined();

    const inspection = await inspectUpload(sideways, 'PASSPORT_BIO');
    expect(codes(inspection.findings)).toEqual(expect.arrayContaining(['IMAGE_ROTATED', 'IMAGE_METADATA_REMOVED']));
    expect(inspection.findings.find((finding) => finding.code === 'IMAGE_METADATA_REMOVED')?.params).toEqual({
      gps: 'yes',
    });
    const after = await sharp(inspection.stored).metadata();
    const original = await sharp(page).metadata();
    expect([after.width, after.height]).toEqual([original.width, original.height]); // upright again
    expect(after.orientation).toBeUndefined();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(inspection.stored.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('keeps a PNG a PNG', async () => {
    const inspection = await inspectUpload(page, 'PASSPORT_BIO');
    expect(inspection).toMatchObject({ mime: 'image/png', storedMime: 'image/png' });
    expect(sniffType(inspection.stored)).toBe('image/png');
  });
});

describe('inspectUpload: what is refused, with which code', () => {
  it('judges the type by content: text named .jpg is 415', async () => {
    expect(await rejection(Buffer.from('hello, this is not a photo'))).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(await rejection(gif)).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    (await sharp(page).jpeg().toBuffer()).copy(big);
    expect(await rejection(big)).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await sharp(page).jpeg().toBuffer();
    expect(await rejection(whole.subarray(0, Math.floor(whole.length * 0.6)))).toMatchObject({
      code: 'FILE_TRUNCATED',
    });
  });

  it('refuses polyglots: a JPEG that is also a ZIP, or also a PDF', async () => {
    const jpeg = await sharp(page).jpeg().toBuffer();
    // The end-of-central-directory record of an empty ZIP, appended: unzip tools open this file as an archive.
    const zipEnd = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    expect(await rejection(Buffer.concat([jpeg, zipEnd]))).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    // A JPEG comment holding a PDF header: PDF readers look for %PDF- in the first kilobyte.
    const comment = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n', 'latin1');
    const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
    const pdfJpeg = Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
    expect(await rejection(pdfJpeg)).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('refuses a pixel bomb from its header, before decoding', async () => {
    // A real 600×600 PNG whose header then claims 50,000 × 50,000 pixels (2.5 gigapixels, ~7.5 GB decoded).
    const png = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#888' } })
      .png()
      .toBuffer();
    const bomb = Buffer.from(png);
    bomb.writeUInt32BE(50_000, 16);
    bomb.writeUInt32BE(50_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)) >>> 0, 29);
    const started = Date.now();
    expect(await rejection(bomb)).toMatchObject({ code: 'IMAGE_BOMB' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('recognises HEIC by its ftyp brand and refuses a header with no image as damaged', async () => {
    const header = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic', 'latin1'),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('mif1heic', 'latin1'),
    ]);
    expect(sniffType(header)).toBe('image/heic');
    expect(
      sniffType(Buffer.concat([Buffer.from([0, 0, 0, 16]), Buffer.from('ftypavif\0\0\0\0', 'latin1')])),
    ).toBeNull();
    expect(await rejection(header)).toMatchObject({ code: 'FILE_TRUNCATED' });
  });

  it('accepts a PDF scan for type only, refuses a cut-off PDF and one with scripts', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    );
    const inspection = await inspectUpload(pdf, 'PASSPORT_BIO');
    expect(inspection).toMatchObject({
      mime: 'application/pdf',
      findings: [{ code: 'PDF_TYPE_ONLY', severity: 'info' }],
    });
    expect(inspection.stored.equals(pdf)).toBe(true);
    expect(await rejection(pdf.subarray(0, 40))).toMatchObject({ code: 'FILE_TRUNCATED' });
    const scripted = Buffer.from(
      pdf.toString('latin1').replace('/Type/Catalog', '/Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>'),
      'latin1',
    );
    expect(await rejection(scripted)).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
  });
});
