import { ApiError } from '../../common/api-error';
import type { InspectedMime } from './types';

// The file's type by its content — the name and the client's Content-Type are never trusted — and the refusal of
// polyglots: files that are a valid image AND something else (a PDF, a ZIP/JAR, an HTML page or script) that
// another program would open differently.

const HEIF_BRANDS = new Set(['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis', 'hevc', 'hevx']);

function startsWith(bytes: Buffer, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, index) => bytes[at + index] === byte);
}

/** The type the bytes say they are, or null for anything else. */
export function sniffType(bytes: Buffer): InspectedMime | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  // ISO base media: [size][ftyp][major brand][minor version][compatible brands…]
  if (bytes.length >= 16 && bytes.subarray(4, 8).toString('latin1') === 'ftyp') {
    const boxSize = bytes.readUInt32BE(0);
    const end = Math.min(bytes.length, Math.max(16, boxSize));
    const brands = [bytes.subarray(8, 12).toString('latin1')];
    for (let at = 16; at + 4 <= end; at += 4) brands.push(bytes.subarray(at, at + 4).toString('latin1'));
    // An AVIF ('avif'/'avis' major brand) is not what phones send as HEIC; only HEVC-coded HEIF families pass.
    const major = brands[0] as string;
    if (major === 'avif' || major === 'avis') return null;
    if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'image/heic';
  }
  return null;
}

const ZIP_END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const MARKUP = /<\s*(?:html|script|svg|body|iframe|object|embed|\?php)\b|<!doctype\s+html/i;
const PDF_ACTIVE = /\/(?:JavaScript|JS|Launch|EmbeddedFile|RichMedia|OpenAction\s*<<[^>]*\/S\s*\/JavaScript)\b/;

/** Why the file is also something else, or null. */
export function polyglotReason(bytes: Buffer, mime: InspectedMime): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (mime !== 'application/pdf' && head.includes('%PDF-')) return 'the image is also a PDF';
  // A ZIP (or JAR, DOCX…) is read from its central directory, whose end record sits in the last 64 KiB of the file:
  // an image with a ZIP appended opens as both.
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
  if (tail.includes(ZIP_END_OF_DIRECTORY)) return 'the file is also a ZIP archive';
  if (MARKUP.test(head) || MARKUP.test(tail.subarray(Math.max(0, tail.length - 4096)).toString('latin1'))) {
    return 'the file contains web page or script markup';
  }
  if (mime === 'application/pdf' && PDF_ACTIVE.test(bytes.toString('latin1'))) {
    return 'the PDF contains scripts or embedded files';
  }
  return null;
}

/** The type of an upload, or the ApiError to answer with. */
export function requireKnownType(bytes: Buffer): InspectedMime {
  const mime = sniffType(bytes);
  if (!mime) {
    throw new ApiError(
      'UNSUPPORTED_FILE_TYPE',
      'The file is not a JPEG, PNG, HEIC photo or a PDF scan (checked by its content, not its name).',
    );
  }
  const polyglot = polyglotReason(bytes, mime);
  if (polyglot) throw new ApiError('UNSUPPORTED_FILE_TYPE', `The file is refused: ${polyglot}.`);
  return mime;
}

/** A PDF without its end-of-file marker was cut off in transit. */
export function pdfLooksComplete(bytes: Buffer): boolean {
  return bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF');
}
