import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createWorker, PSM, type Worker } from 'tesseract.js';
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
type Variant = { name: string; band: number; width: number; threshold: number | null };
const VARIANTS: readonly Variant[] = [
  { name: 'lower-third', band: 0.36, width: 1800, threshold: null },
  { name: 'lower-half-binary', band: 0.5, width: 2000, threshold: 128 },
];

async function prepare(stored: Buffer, variant: Variant): Promise<Buffer> {
  const image = sharp(stored, { limitInputPixels: MAX_INPUT_PIXELS });
  const { width, height } = await image.metadata();
  if (!width || !height) throw new Error('no size');
  const top = Math.floor(height * (1 - variant.band));
  let pipeline = sharp(stored, { limitInputPixels: MAX_INPUT_PIXELS })
    .extract({ left: 0, top, width, height: height - top })
    .greyscale()
    .resize({ width: variant.width })
    .normalise();
  if (variant.threshold !== null) pipeline = pipeline.threshold(variant.threshold);
  return pipeline.png({ compressionLevel: 1 }).toBuffer();
}

/** The passport's MRZ from the stored (upright, metadata-free) photo, or "unreadable" — never a guess. */
export async function readMrz(stored: Buffer, today = new Date()): Promise<MrzReading> {
  return queue.run(async () => {
    const reader = await ocrWorker();
    let last: MrzReading = { status: 'unreadable', reason: 'no MRZ lines found' };
    for (const variant of VARIANTS) {
      let prepared: Buffer;
      try {
        prepared = await prepare(stored, variant);
      } catch {
        return { status: 'unreadable', reason: 'the image could not be prepared' };
      }
      const { data } = await reader.recognize(prepared);
      last = readMrzText(data.text, today);
      if (last.status === 'read') return last;
    }
    return last;
  });
}
