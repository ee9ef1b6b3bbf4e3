import { z } from 'zod';
import { interpretationResponse } from './cases';

// Screenshots and photos of the Alipay app, read by OCR and then by the interpreter. The request is
// multipart/form-data with the image in the field `file` (PNG, JPEG or WebP, by its bytes; at most
// SCREENSHOT_MAX_BYTES); the image is read and discarded, never stored.

/** The largest screenshot or photo the API reads (413 FILE_TOO_LARGE above it). */
export const SCREENSHOT_MAX_BYTES = 10 * 1024 * 1024;
/** The public Alipay helper's smaller limit: a phone screenshot is well under it. */
export const PUBLIC_SCREENSHOT_MAX_BYTES = 4 * 1024 * 1024;

/** One line as the OCR read it, top to bottom, with the model's mean confidence (0–1). */
export const recognisedLine = z.object({ text: z.string(), score: z.number().min(0).max(1) });
export type RecognisedLine = z.infer<typeof recognisedLine>;

export const screenshotReadingResponse = z.object({
  /** The recognised lines joined by line breaks: what the person checks and may correct. */
  text: z.string(),
  lines: z.array(recognisedLine),
  /** The interpreter's reading of `text`, exactly as POST /api/interpret answers it. */
  reading: z.object({ interpretations: z.array(interpretationResponse) }),
  /** How long the read took on the server (OCR and interpretation), in milliseconds. */
  ms: z.number().int().min(0),
});
export type ScreenshotReadingResponse = z.infer<typeof screenshotReadingResponse>;
