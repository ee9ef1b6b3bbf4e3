import { availableParallelism } from 'node:os';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { loadSharp } from '../common/lazy';
import { screenshotMimeOf } from './image-type';
import { type OcrLine, OcrWorker } from './ocr-worker';

export type { OcrLine } from './ocr-worker';
export type OcrResult = { text: string; lines: OcrLine[]; ms: number };

/** Screenshots and photos larger than this are refused before they are decoded (413). */
export const OCR_MAX_BYTES = 10 * 1024 * 1024;
/** An image declaring more pixels than this is refused (422 IMAGE_BOMB): a 10 MB PNG can claim billions. */
const MAX_INPUT_PIXELS = 50_000_000;
/**
 * The width the model reads, about 780–800 px: a phone screenshot (1179 × 2556 at 3×) read at full size spends most of
 * its time and memory turning pixels into tensors (at 800 px the bench reads as accurately as at 1000, 15–25 % faster,
 * 0.4 GB less RSS), and its 16 px text is still ~33 px tall; a small image (a 390 px phone rendering at 1×) is scaled
 * up, because on text under ~20 px tall the recogniser runs English words together ("Yourbankcard").
 */
const MAX_WIDTH = 800;
const MAX_HEIGHT = 2800;
const MIN_WIDTH = 780;
const MAX_ENLARGEMENT = 2.5;
/** One read at a time on a small machine (it uses the cores it is given); the rest wait up to QUEUE_LIMIT deep. */
const QUEUE_LIMIT = 6;
const READ_TIMEOUT_MS = 30_000;

/** The lines as one text; a word the screen broke at its hyphen ("re-" / "authenticate") is joined again. */
export function joinLines(lines: readonly OcrLine[]): string {
  return lines.reduce(
    (text, line, index) =>
      index === 0
        ? line.text
        : /[A-Za-z]-$/.test(text) && /^[a-z]/.test(line.text)
          ? text + line.text
          : `${text}\n${line.text}`,
    '',
  );
}

/** A counting semaphore with a bounded queue: past the queue, callers are told to come back (503 OCR_BUSY). */
export class BoundedSemaphore {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly queueLimit: number,
  ) {}

  async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) {
      if (this.waiting.length >= this.queueLimit)
        throw new ApiError('OCR_BUSY', 'Too many screenshots are being read right now; try again in a moment');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next caller, so `running` counts it still.
      if (next) next();
      else this.running--;
    }
  }

  get queued(): number {
    return this.waiting.length;
  }
}

/**
 * Reads text (Chinese and English) off screenshots and photos of the Alipay app: PaddleOCR PP-OCRv4 in one worker
 * thread, loaded at the first read. The image is checked by its bytes (PNG, JPEG, WebP), turned upright (EXIF),
 * scaled down when huge, read, and dropped: nothing is stored.
 */
@Injectable()
export class OcrService implements OnModuleDestroy {
  private readonly logger = new Logger(OcrService.name);
  private readonly cores = availableParallelism();
  private readonly worker = new OcrWorker(Math.max(1, this.cores));
  private readonly gate = new BoundedSemaphore(1, QUEUE_LIMIT);

  async recognise(image: Buffer): Promise<OcrResult> {
    if (image.length > OCR_MAX_BYTES)
      throw new ApiError('FILE_TOO_LARGE', `The image is over ${OCR_MAX_BYTES / 1024 / 1024} MB`);
    if (!screenshotMimeOf(image))
      throw new ApiError('UNSUPPORTED_FILE_TYPE', 'Send a PNG, JPEG or WebP image (a screenshot or a photo)');
    return this.gate.use(async () => {
      const started = performance.now();
      const prepared = await this.prepare(image);
      let lines: OcrLine[];
      try {
        lines = await this.worker.read(prepared, READ_TIMEOUT_MS);
      } catch (error) {
        this.logger.error(`OCR failed: ${error instanceof Error ? error.message : String(error)}`);
        throw new ApiError('SERVICE_UNAVAILABLE', 'The screenshot could not be read right now; try again');
      }
      return {
        text: joinLines(lines),
        lines,
        ms: Math.round(performance.now() - started),
      };
    });
  }

  /** Loads the model now (the benchmark measures the load apart from the reads). */
  async warmUp(): Promise<void> {
    await this.worker.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker.stop();
  }

  /** Upright, at most MAX_WIDTH × MAX_HEIGHT, as a quickly written PNG for the model's decoder. */
  private async prepare(image: Buffer): Promise<Buffer> {
    const sharp = (await loadSharp()).default;
    try {
      const input = sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
      const { width: storedWidth = 0, height: storedHeight = 0 } = await input.metadata();
      if (storedWidth < 16 || storedHeight < 16)
        throw new ApiError('IMAGE_TOO_SMALL', 'The image is too small to read');
      // Upright, without the empty screen around the text (a message screen is mostly background): the model's time
      // and memory grow with the pixels it is given.
      const upright = await input
        .rotate()
        .flatten({ background: '#ffffff' })
        .trim({ threshold: 12 })
        .raw()
        .toBuffer({ resolveWithObject: true })
        .catch(() =>
          input.clone().rotate().flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true }),
        );
      const { width, height, channels } = upright.info;
      const pipeline = sharp(upright.data, { raw: { width, height, channels } });
      const scale = Math.min(
        MAX_WIDTH / width,
        MAX_HEIGHT / height,
        Math.max(1, Math.min(MAX_ENLARGEMENT, MIN_WIDTH / width)),
      );
      return await pipeline
        .resize({
          width: Math.max(1, Math.round(width * scale)),
          height: Math.max(1, Math.round(height * scale)),
          fit: 'fill',
          kernel: scale > 1 ? 'cubic' : 'lanczos3',
        })
        // A margin again, in the edge's own colour: the text detector misses text that touches the border.
        .extend({ top: 24, bottom: 24, left: 24, right: 24, extendWith: 'copy' })
        .png({ compressionLevel: 1 })
        .toBuffer();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      if (/pixel limit/i.test(message))
        throw new ApiError('IMAGE_BOMB', 'The image declares more pixels than a screenshot can have');
      throw new ApiError('FILE_TRUNCATED', 'The image is damaged or incomplete and cannot be read');
    }
  }
}
