import type { DocumentFinding, DocumentKind } from '@waiji/domain';
import type { Metadata, Sharp } from 'sharp';
import { ApiError } from '../../common/api-error';
import { loadHeicDecode, loadSharp } from '../../common/lazy';
import { exifHasGps } from './exif';
import { MAX_INPUT_PIXELS, MAX_STORED_SIDE, MAX_UPLOAD_BYTES, MIN_SHORT_SIDE, RECOMMENDED_SHORT_SIDE } from './limits';
import { BLUR_SAMPLE_SIDE, COLOUR_SAMPLE_SIDE, lightMeasures, sharpness, THRESHOLDS } from './quality';
import { Semaphore } from './semaphore';
import { pdfLooksComplete, requireKnownType } from './sniff';
import type { Inspection } from './types';

// The checks every upload goes through before anything is stored. Throws ApiError (4xx) for a file that must not be
// stored; otherwise returns the clean copy to store and the findings to show.

/** Image work per process: two at a time on this two-core machine keeps memory bounded under many uploads. */
const imageWork = new Semaphore(2);

const decodeOptions = {
  limitInputPixels: MAX_INPUT_PIXELS,
  sequentialRead: true,
  failOn: 'truncated',
} as const;

function tooMany(width: number, height: number): boolean {
  return width * height > MAX_INPUT_PIXELS;
}

function bomb(width: number, height: number): ApiError {
  return new ApiError(
    'IMAGE_BOMB',
    `The image declares ${width}×${height} pixels, more than the ${MAX_INPUT_PIXELS / 1_000_000} megapixels a photo may have.`,
  );
}

function damaged(): ApiError {
  return new ApiError('FILE_TRUNCATED', 'The file is incomplete or damaged and cannot be read. Upload it again.');
}

function tooSmall(width: number, height: number): ApiError {
  return new ApiError(
    'IMAGE_TOO_SMALL',
    `The image is ${width}×${height} pixels; a document photo needs at least ${MIN_SHORT_SIDE} pixels on its shorter side.`,
  );
}

/** sharp's errors for input that ends early or does not decode. */
function isDecodeFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /premature end|truncated|corrupt|invalid|unexpected end|bad|not a|unsupported image|vips|decode|read error|extraneous/i.test(
    error.message,
  );
}

function isPixelLimit(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}

type Source = { image: Sharp; orientation: number | undefined; exif: Buffer | undefined; hadMetadata: boolean };

async function openJpegOrPng(bytes: Buffer): Promise<Source> {
  const sharp = (await loadSharp()).default;
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, decodeOptions).metadata();
  } catch (error) {
    if (isPixelLimit(error)) throw bomb(0, 0);
    throw damaged();
  }
  const { width, height } = metadata;
  if (!width || !height) throw damaged();
  if (tooMany(width, height)) throw bomb(width, height);
  if (Math.min(width, height) < MIN_SHORT_SIDE) throw tooSmall(width, height);
  return {
    image: sharp(bytes, decodeOptions),
    orientation: metadata.orientation,
    exif: metadata.exif,
    hadMetadata: Boolean(metadata.exif || metadata.xmp || metadata.iptc),
  };
}

async function openHeic(bytes: Buffer): Promise<Source> {
  // heic-decode runs libheif compiled to WebAssembly: HEVC decoding needs no native codec (sharp's libheif has none).
  const decode = (await loadHeicDecode()).default;
  const sharp = (await loadSharp()).default;
  let images: Awaited<ReturnType<typeof decode.all>>;
  try {
    images = await decode.all({ buffer: bytes });
  } catch {
    throw damaged();
  }
  try {
    const first = images[0];
    if (!first) throw damaged();
    const { width, height } = first;
    if (tooMany(width, height)) throw bomb(width, height);
    if (Math.min(width, height) < MIN_SHORT_SIDE) throw tooSmall(width, height);
    let pixels: { width: number; height: number; data: Uint8ClampedArray };
    try {
      pixels = await first.decode();
    } catch {
      throw damaged();
    }
    // libheif applies the HEIF rotation/mirror properties itself; EXIF orientation does not apply to HEIF.
    const raw = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
    return {
      image: sharp(raw, { raw: { width: pixels.width, height: pixels.height, channels: 4 } }),
      orientation: undefined,
      exif: undefined,
      hadMetadata: true,
    };
  } finally {
    images.dispose();
  }
}

async function inspectImage(
  bytes: Buffer,
  mime: 'image/jpeg' | 'image/png' | 'image/heic',
  kind: DocumentKind,
): Promise<Inspection> {
  const source = mime === 'image/heic' ? await openHeic(bytes) : await openJpegOrPng(bytes);
  const storedMime = mime === 'image/png' ? 'image/png' : 'image/jpeg';
  let stored: Buffer;
  let width: number;
  let height: number;
  try {
    // .rotate() with no angle applies the EXIF orientation; sharp writes no EXIF/XMP/IPTC and converts any
    // embedded colour profile to sRGB without keeping it, unless asked (we never ask).
    const pipeline = source.image
      .rotate()
      .resize({ width: MAX_STORED_SIDE, height: MAX_STORED_SIDE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb');
    const encoded =
      storedMime === 'image/png'
        ? pipeline.png({ compressionLevel: 6 })
        : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 90, chromaSubsampling: '4:4:4' });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    stored = data;
    width = info.width;
    height = info.height;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (isPixelLimit(error)) throw bomb(0, 0);
    if (isDecodeFailure(error)) throw damaged();
    throw error;
  }

  const findings: DocumentFinding[] = [];
  if (source.orientation !== undefined && source.orientation > 1)
    findings.push({ code: 'IMAGE_ROTATED', severity: 'info' });
  if (source.hadMetadata && mime !== 'image/heic') {
    findings.push({
      code: 'IMAGE_METADATA_REMOVED',
      severity: 'info',
      params: { gps: exifHasGps(source.exif) ? 'yes' : 'no' },
    });
  }
  if (Math.min(width, height) < RECOMMENDED_SHORT_SIDE) {
    findings.push({ code: 'IMAGE_LOW_RESOLUTION', severity: 'warn', params: { width, height } });
  }
  findings.push(...(await qualityFindings(stored, kind)));
  return { mime, stored, storedMime, width, height, findings };
}

/** Blur, glare, darkness and colour of the stored copy. */
export async function qualityFindings(stored: Buffer, kind: DocumentKind): Promise<DocumentFinding[]> {
  const sharp = (await loadSharp()).default;
  const findings: DocumentFinding[] = [];
  const grey = await sharp(stored, decodeOptions)
    .resize({ width: BLUR_SAMPLE_SIDE, height: BLUR_SAMPLE_SIDE, fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const measured = sharpness(grey.data, grey.info.width, grey.info.height);
  // A selfie holding the passport has less fine detail than a page of print; it gets half the threshold.
  const blurLimit = kind === 'HOLDING_PASSPORT_PHOTO' ? THRESHOLDS.sharpness / 2 : THRESHOLDS.sharpness;
  if (measured < blurLimit)
    findings.push({ code: 'IMAGE_BLURRY', severity: 'block', params: { sharpness: Math.round(measured * 1000) } });

  const colour = await sharp(stored, decodeOptions)
    .resize({ width: COLOUR_SAMPLE_SIDE, height: COLOUR_SAMPLE_SIDE, fit: 'inside' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const light = lightMeasures(colour.data, colour.info.channels);
  if (light.glareShare > THRESHOLDS.glareShare) {
    findings.push({
      code: 'IMAGE_GLARE',
      severity: 'warn',
      params: { percent: Math.max(1, Math.round(light.glareShare * 100)) },
    });
  }
  if (light.meanLuminance < THRESHOLDS.darkMean) {
    findings.push({
      code: 'IMAGE_TOO_DARK',
      severity: 'warn',
      params: { brightness: Math.round(light.meanLuminance) },
    });
  }
  if (light.colourfulness < THRESHOLDS.colourfulness) findings.push({ code: 'IMAGE_NOT_COLOUR', severity: 'block' });
  return findings;
}

/**
 * Checks an upload and prepares the copy to store. Throws ApiError UNSUPPORTED_FILE_TYPE (415), FILE_TOO_LARGE (413),
 * IMAGE_TOO_SMALL / FILE_TRUNCATED / IMAGE_BOMB (422); nothing should be stored then.
 */
export async function inspectUpload(bytes: Buffer, kind: DocumentKind): Promise<Inspection> {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new ApiError('FILE_TOO_LARGE', `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  }
  const mime = requireKnownType(bytes);
  if (mime === 'application/pdf') {
    if (!pdfLooksComplete(bytes)) throw damaged();
    return { mime, stored: bytes, storedMime: mime, findings: [{ code: 'PDF_TYPE_ONLY', severity: 'info' }] };
  }
  return imageWork.run(() => inspectImage(bytes, mime, kind));
}
