import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createWorker, PSM, type Worker } from 'tesseract.js';
import { estimateSkew } from './deskew';
import { MAX_INPUT_PIXELS } from './limits';
import { readMrzText } from './mrz-text';
import { Semaphore } from './semaphore';
import type { MrzReading } from './types';

// Reads the MRZ of a passport data page with Tesseract (tesseract.js: the engine compiled to WebAssembly) and the
// English model from the @tesseract.js-data/eng package — both from node_modules, nothing fetched at run time.
// One worker per process, started on first use; readings queue for it.

const MRZ_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';
/** The model: "4.0.0_best_int" (integer-quantised LSTM, 2.9 MB) or "4.0.0" (fast + legacy, 10.9 MB); see the bench. */
export const MRZ_MODEL = '4.0.0_best_int';

let worker: Promise<Worker> | null = null;
const queue = new Semaphore(1);

function modelDirectory(): string {
  const packageJson = require.resolve('@tesseract.js-data/eng/package.json');
  return path.join(path.dirname(packageJson), MRZ_MODEL);
}

async function startWorker(): Promise<Worker> {
  const created = await createWorker('eng', 1 /* OEM.LSTM_ONLY */, {
    langPath: modelDirectory(),
    cachePath: mkdtempSync(path.join(tmpdir(), 'waiji-tesseract-')),
    cacheMethod: 'none',
    gzip: true,
  });
  await created.setParameters({
    tessedit_char_whitelist: MRZ_CHARACTERS,
    tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
    preserve_interword_spaces: '0',
    user_defined_dpi: '300',
  });
  return created;
}

function ocrWorker(): Promise<Worker> {
  if (!worker) {
    worker = startWorker();
    worker.catch(() => {
      worker = null;
    });
  }
  return worker;
}

/** Stops the worker (tests, shutdown). The next reading starts a new one. */
export async function stopMrzReader(): Promise<void> {
  const current = worker;
  worker = null;
  if (current) await (await current).terminate();
}

/** Ways to prepare the page for OCR, tried in order until one reads with all check digits passing. */
type Variant = { name: string; band: number; width: number; binarise: boolean };
const VARIANTS: readonly Variant[] = [
  { name: 'lower-third', band: 0.36, width: 1300, binarise: false },
  { name: 'lower-half-binary', band: 0.5, width: 1500, binarise: true },
];

/** Upright greyscale copy of the photo (text lines made horizontal), at most `width` pixels wide. */
async function upright(stored: Buffer, width: number): Promise<{ data: Buffer; width: number; height: number }> {
  const small = await sharp(stored, { limitInputPixels: MAX_INPUT_PIXELS })
    .greyscale()
    .resize({ width: 700, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const lowerStart = Math.floor(small.info.height * 0.45) * small.info.width;
  const lower = small.data.subarray(lowerStart);
  const lowerHeight = small.info.height - Math.floor(small.info.height * 0.45);
  const background = await sharp(lower, { raw: { width: small.info.width, height: lowerHeight, channels: 1 } })
    .blur(Math.max(1, small.info.width / 100))
    .extractChannel(0)
    .raw()
    .toBuffer();
  const skew = estimateSkew(lower, background, small.info.width, lowerHeight);
  const { data, info } = await sharp(stored, { limitInputPixels: MAX_INPUT_PIXELS })
    .greyscale()
    .resize({ width, withoutEnlargement: true })
    .rotate(-skew, { background: '#ffffff' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function prepare(page: { data: Buffer; width: number; height: number }, variant: Variant): Promise<Buffer> {
  const top = Math.floor(page.height * (1 - variant.band));
  let pipeline = sharp(page.data.subarray(top * page.width), {
    raw: { width: page.width, height: page.height - top, channels: 1 },
  })
    .resize({ width: variant.width })
    .normalise();
  if (variant.binarise) pipeline = pipeline.threshold(128);
  return pipeline.png({ compressionLevel: 1 }).toBuffer();
}

/** The passport's MRZ from the stored (upright, metadata-free) photo, or "unreadable" — never a guess. */
export async function readMrz(stored: Buffer, today = new Date()): Promise<MrzReading> {
  return queue.run(async () => {
    const reader = await ocrWorker();
    let last: MrzReading = { status: 'unreadable', reason: 'no MRZ lines found' };
    let page: { data: Buffer; width: number; height: number };
    try {
      page = await upright(stored, 1600);
    } catch {
      return { status: 'unreadable', reason: 'the image could not be prepared' };
    }
    for (const variant of VARIANTS) {
      const prepared = await prepare(page, variant);
      const { data } = await reader.recognize(prepared);
      const reading = readMrzText(data.text, today);
      if (reading.status === 'read') return reading;
      // Keep the most telling reason: lines that failed their check digits say more than no lines at all.
      if (reading.reason !== 'no MRZ lines found') last = reading;
    }
    return last;
  });
}
