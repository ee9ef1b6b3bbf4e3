import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'tesseract.js';
import { loadSharp, loadTesseract } from '../../common/lazy';
import { estimateSkew } from './deskew';
import { MAX_INPUT_PIXELS } from './limits';
import { type OcrLine, readMrzLines } from './mrz-text';
import { Semaphore } from './semaphore';
import type { MrzReading } from './types';

// Reads the MRZ of a passport data page with Tesseract (tesseract.js: the engine compiled to WebAssembly) and the
// English model from the @tesseract.js-data/eng package — both from node_modules, nothing fetched at run time.
// One worker per process, started on first use; readings queue for it.

const MRZ_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';
/** The models @tesseract.js-data/eng ships: integer-quantised "best" LSTM (2.9 MB) or the 4.0.0 set (10.9 MB). */
export const MRZ_MODELS = ['4.0.0_best_int', '4.0.0'] as const;
export type MrzModel = (typeof MRZ_MODELS)[number];
/** The model in use; the documents bench compares both (docs/performance.md, "Documents"). */
let model: MrzModel = '4.0.0_best_int';

/** Switches the model (the bench); the next reading starts a worker with it. */
export async function useMrzModel(next: MrzModel): Promise<void> {
  if (next === model) return;
  await stopMrzReader();
  model = next;
}

export function mrzModel(): MrzModel {
  return model;
}

let worker: Promise<Worker> | null = null;
const queue = new Semaphore(1);

function modelDirectory(): string {
  const packageJson = require.resolve('@tesseract.js-data/eng/package.json');
  return path.join(path.dirname(packageJson), model);
}

async function startWorker(): Promise<Worker> {
  const { createWorker, PSM } = await loadTesseract();
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

/** Ways to prepare the page for OCR, tried in order until two agree with all check digits passing. */
type Variant = { name: string; band: number; width: number; binarise: boolean };
const VARIANTS: readonly Variant[] = [
  { name: 'lower-third', band: 0.36, width: 1300, binarise: false },
  { name: 'lower-third-small', band: 0.36, width: 1000, binarise: false },
  { name: 'lower-third-large', band: 0.36, width: 1700, binarise: false },
  { name: 'lower-third-binary', band: 0.36, width: 1500, binarise: true },
];

function percentile(values: Uint8Array, share: number): number {
  const histogram = new Array<number>(256).fill(0);
  for (const value of values) histogram[value] = (histogram[value] as number) + 1;
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level] as number;
    if (seen >= values.length * share) return level;
  }
  return 255;
}

/** Upright greyscale copy of the photo (text lines made horizontal), at most `width` pixels wide. */
async function upright(stored: Buffer, width: number): Promise<{ data: Buffer; width: number; height: number }> {
  const sharp = (await loadSharp()).default;
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
  // Flat-field: divide by the blurred page so uneven light (one side in shadow) leaves the ink equally dark everywhere.
  // The estimate is kept above half the paper's level, so a dark table next to the page does not wash out the text
  // near the page's edge.
  const lighting = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
    .blur(Math.max(2, info.width / 40))
    .extractChannel(0)
    .raw()
    .toBuffer();
  const paper = percentile(data, 0.9);
  const floor = Math.max(16, paper * 0.5);
  for (let i = 0; i < data.length; i++) {
    data[i] = Math.min(255, Math.round(((data[i] as number) * 235) / Math.max(floor, lighting[i] as number)));
  }
  return { data, width: info.width, height: info.height };
}

async function prepare(page: { data: Buffer; width: number; height: number }, variant: Variant): Promise<Buffer> {
  const sharp = (await loadSharp()).default;
  const top = Math.floor(page.height * (1 - variant.band));
  let pipeline = sharp(page.data.subarray(top * page.width), {
    raw: { width: page.width, height: page.height - top, channels: 1 },
  })
    .resize({ width: variant.width })
    .normalise();
  if (variant.binarise) pipeline = pipeline.threshold(128);
  // A white border: Tesseract drops characters that touch the edge of the image.
  const border = Math.round(variant.width * 0.03);
  return pipeline
    .extend({ top: border, bottom: border, left: border, right: border, background: '#ffffff' })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/** The images readMrz gives the OCR engine, one per variant (to look at when tuning). */
export async function mrzCrops(stored: Buffer): Promise<Buffer[]> {
  const page = await upright(stored, 1600);
  return Promise.all(VARIANTS.map((variant) => prepare(page, variant)));
}

function ocrLines(page: Page): OcrLine[] {
  return (page.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map((line) => ({
        symbols: line.words.flatMap((word) =>
          word.symbols.map((symbol) => ({
            text: symbol.text,
            x0: symbol.bbox.x0,
            x1: symbol.bbox.x1,
            confidence: symbol.confidence,
          })),
        ),
      })),
    ),
  );
}

/** The passport's MRZ from the stored (upright, metadata-free) photo, or "unreadable" — never a guess. */
export async function readMrz(stored: Buffer, today = new Date()): Promise<MrzReading> {
  return queue.run(async () => {
    const reader = await ocrWorker();
    await loadSharp(); // here, so that a failing load is not taken for an image that could not be prepared
    let last: MrzReading = { status: 'unreadable', reason: 'no MRZ lines found' };
    let page: { data: Buffer; width: number; height: number };
    try {
      page = await upright(stored, 1600);
    } catch {
      return { status: 'unreadable', reason: 'the image could not be prepared' };
    }
    // Check digits guard the numbers and dates, not the names or the nationality. A reading is taken alone when every
    // letter of the names was recognised with high confidence on its grid column; otherwise only when two differently
    // prepared images give the same two lines, so one doubtful letter cannot pass alone.
    const passed: string[] = [];
    for (const variant of VARIANTS) {
      const prepared = await prepare(page, variant);
      const { data } = await reader.recognize(prepared, {}, { text: false, blocks: true });
      const { sure, ...reading } = await readMrzLines(ocrLines(data), today);
      if (reading.status === 'read') {
        const key = reading.lines.join('\n');
        if (sure || passed.includes(key)) return reading;
        passed.push(key);
        last = { status: 'unreadable', reason: 'readings of the MRZ did not agree' };
      } else if (passed.length === 0 && reading.reason !== 'no MRZ lines found') {
        // Keep the most telling reason: lines that failed their check digits say more than no lines at all.
        last = reading;
      }
    }
    return last;
  });
}
