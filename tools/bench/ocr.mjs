// OCR of Alipay screenshots: every message the interpreter knows (the quoted texts of libs/domain's specs that it
// recognises — new messages join by having a spec), rendered by Chromium at phone size in light and dark mode, and as
// photos of a screen (sharp: rotation, shear, blur, moiré-like stripes, noise, JPEG). Each image goes through the API's
// own OcrService (compiled here from apps/api/src/ocr with SWC), then the interpreter; the reading is compared with the
// reading of the source text (same codes, same retry-after date, same suggested transition).
// Usage: npm run bench -- ocr [--limit N] [--keep] [--tesseract]
//   --keep       leaves the images in .data/bench-ocr/images
//   --tesseract  also reads the English clean screenshots with tesseract.js (eng; chi_sim is not installed) to compare
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argValue = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const limit = argValue('limit', Infinity);
const keep = process.argv.includes('--keep');
const withTesseract = process.argv.includes('--tesseract');
const dir = path.join(root, '.data', 'bench-ocr');
const imagesDir = path.join(dir, 'images');
rmSync(dir, { recursive: true, force: true });
mkdirSync(imagesDir, { recursive: true });

const sharp = require('sharp');
const { chromium } = require('playwright-core');
const { interpretAlipayMessage } = require(path.join(root, 'libs/domain/dist/index.js'));

// ------------------------------------------------------------------------------------------ the service under test
/** apps/api/src/ocr (and the error class it throws) compiled to CommonJS, so the bench runs the API's own code. */
function loadOcrService() {
  const swc = require('@swc/core');
  const build = path.join(dir, 'build');
  const sources = [
    'ocr/ocr.service.ts',
    'ocr/ocr-worker.ts',
    'ocr/image-type.ts',
    'common/api-error.ts',
    'common/lazy.ts',
  ];
  for (const source of sources) {
    const { code } = swc.transformFileSync(path.join(root, 'apps/api/src', source), {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
      module: { type: 'commonjs' },
    });
    const out = path.join(build, source.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, code);
  }
  return require(path.join(build, 'ocr/ocr.service.js')).OcrService;
}

// ------------------------------------------------------------------------------------------ the texts
/** The quoted strings of the domain's specs that the interpreter recognises: every known message and its variants. */
function corpus() {
  const specDir = path.join(root, 'libs/domain/src');
  const texts = new Set();
  for (const file of readdirSync(specDir).filter((name) => name.endsWith('.spec.ts'))) {
    const source = readFileSync(path.join(specDir, file), 'utf8');
    for (const match of source.matchAll(/'((?:[^'\\\n]|\\.){8,400})'/g)) {
      const text = match[1].replace(/\\n/g, '\n').replace(/\\'/g, "'").replace(/\\\\/g, '\\');
      if (/\$\{/.test(text)) continue;
      if (interpretAlipayMessage(text, { receivedAt: RECEIVED_AT }).length > 0) texts.add(text.trim());
    }
  }
  return [...texts];
}

const RECEIVED_AT = new Date('2026-12-02T03:00:00Z');
const readingOf = (text) =>
  interpretAlipayMessage(text, { receivedAt: RECEIVED_AT })
    .map((found) => `${found.code}|${found.retryAfter?.toISOString() ?? ''}|${found.suggestedAction ?? ''}`)
    .sort()
    .join(' ; ');

// ------------------------------------------------------------------------------------------ rendering
const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** An Alipay-like result screen: the title, the message in a card, a primary button (accuracy counts the title too). */
const screenHtml = (text, dark) => `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; font-family: 'WenQuanYi Micro Hei', sans-serif; background: ${dark ? '#111' : '#f5f5f5'};
         color: ${dark ? '#e6e6e6' : '#333'}; }
  .title { text-align: center; font-size: 17px; font-weight: 600; padding: 52px 0 16px; }
  .card { margin: 12px; padding: 20px 16px; border-radius: 12px; background: ${dark ? '#1f1f1f' : '#fff'};
          font-size: 16px; line-height: 1.6; white-space: pre-wrap; word-break: break-word; }
  .icon { width: 56px; height: 56px; border-radius: 50%; margin: 8px auto 16px; background: #ff8f1f; }
  .button { margin: 24px 16px; height: 48px; border-radius: 8px; background: #1677ff; }
</style></head><body>
  <div class="title">支付宝</div>
  <div class="card"><div class="icon"></div>${escapeHtml(text)}</div>
  <div class="button"></div>
</body></html>`;

/** A photo of the phone's screen: turned a little, sheared, soft, with the stripes a camera makes of pixels, noisy. */
async function photograph(png, index) {
  const image = sharp(png);
  const { width, height } = await image.metadata();
  const angle = [-4, -2.5, 2, 3.5][index % 4];
  const shear = [0.03, -0.025, 0.02, -0.035][index % 4];
  const turned = await sharp(png)
    .affine(
      [
        [1, shear],
        [shear / 2, 1],
      ],
      { background: '#6b6b6b' },
    )
    .rotate(angle, { background: '#6b6b6b' })
    .blur(0.9 + (index % 3) * 0.3)
    .modulate({ brightness: 0.92 + (index % 3) * 0.04 })
    .toBuffer({ resolveWithObject: true });
  const w = turned.info.width;
  const h = turned.info.height;
  // Moiré-like: two slightly different diagonal gratings, beating; plus sensor noise.
  const overlay = Buffer.alloc(w * h * 4);
  let seed = 12345 + index;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const stripes = Math.sin((x + y * 0.9) * 0.9) * Math.sin((x * 0.97 - y) * 0.87);
      const value = 128 + stripes * 60 + (random() - 0.5) * 70;
      const at = (y * w + x) * 4;
      overlay[at] = overlay[at + 1] = overlay[at + 2] = Math.max(0, Math.min(255, value));
      overlay[at + 3] = 38;
    }
  const striped = await sharp(turned.data)
    .composite([{ input: overlay, raw: { width: w, height: h, channels: 4 }, blend: 'overlay' }])
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(striped)
    .resize({ width: Math.round(width * 0.9), height: Math.round(height * 0.9), fit: 'inside' })
    .jpeg({ quality: 72 })
    .toBuffer();
}

// ------------------------------------------------------------------------------------------ measures
/** Levenshtein distance over code points, without whitespace (Chinese has none; OCR's spaces are not the point). */
function distance(a, b) {
  const s = [...a.replace(/\s+/g, '')];
  const t = [...b.replace(/\s+/g, '')];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    previous = current;
  }
  return { errors: previous[t.length], length: s.length };
}
const normaliseForAccuracy = (text) => text.normalize('NFKC').replace(/[，。：；（）]/g, (c) => c.normalize('NFKC'));
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// ------------------------------------------------------------------------------------------ run
const texts = corpus().slice(0, limit);
console.log(`corpus: ${texts.length} recognised message texts from libs/domain specs`);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const images = [];
try {
  for (const dark of [false, true]) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: dark ? 2 : 3,
      colorScheme: dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    for (const [index, text] of texts.entries()) {
      await page.setContent(screenHtml(text, dark));
      const png = await page.screenshot({ fullPage: true });
      images.push({ kind: dark ? 'dark' : 'light', text, bytes: png });
      if (!dark) images.push({ kind: 'photo', text, bytes: await photograph(png, index) });
    }
    await context.close();
  }
} finally {
  await browser.close();
}
if (keep)
  for (const [index, image] of images.entries())
    writeFileSync(
      path.join(imagesDir, `${index}-${image.kind}.${image.kind === 'photo' ? 'jpg' : 'png'}`),
      image.bytes,
    );
console.log(
  `images: ${images.length} (${images.filter((i) => i.kind !== 'photo').length} clean, ${images.filter((i) => i.kind === 'photo').length} photographed)`,
);

const OcrService = loadOcrService();
const ocr = new OcrService();
const loadStarted = performance.now();
await ocr.warmUp();
const loadMs = performance.now() - loadStarted;
let peakRss = process.memoryUsage().rss;
const results = [];
// CPU time of the whole process (main thread and OCR worker): what a read costs whatever else the machine runs.
const cpuTimes = [];
for (const image of images) {
  const cpuBefore = process.cpuUsage();
  const { text, ms } = await ocr.recognise(image.bytes);
  const cpu = process.cpuUsage(cpuBefore);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const { errors, length } = distance(normaliseForAccuracy(`支付宝${image.text}`), normaliseForAccuracy(text));
  results.push({ ...image, read: text, ms, errors, length, same: readingOf(text) === readingOf(image.text) });
  if (results.length % 50 === 0) console.log(`  read ${results.length} of ${images.length}`);
}
await ocr.onModuleDestroy();

const share = (list) => list.filter((r) => r.same).length / list.length;
const accuracy = (list) => 1 - list.reduce((n, r) => n + r.errors, 0) / list.reduce((n, r) => n + r.length, 0);
const clean = results.filter((r) => r.kind !== 'photo');
const photos = results.filter((r) => r.kind === 'photo');
const times = results.map((r) => r.ms);
const line = (name, value, target, met) => console.log(`${name}: ${value} (${target}) ${met ? 'MET' : 'MISSED'}`);

console.log(
  `\nmachine: ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; model load ${Math.round(loadMs)} ms`,
);
console.log(
  `character accuracy: clean ${(accuracy(clean) * 100).toFixed(2)}%, dark ${(accuracy(results.filter((r) => r.kind === 'dark')) * 100).toFixed(2)}%, photographed ${(accuracy(photos) * 100).toFixed(2)}%`,
);
line(
  'clean screenshots interpreted as their text',
  `${(share(clean) * 100).toFixed(1)}% of ${clean.length}`,
  '≥ 98%',
  share(clean) >= 0.98,
);
line(
  'photographed screenshots interpreted as their text',
  `${(share(photos) * 100).toFixed(1)}% of ${photos.length}`,
  '≥ 85%',
  share(photos) >= 0.85,
);
line('p50 time per image', `${percentile(times, 50)} ms`, '—', true);
line('p95 time per image', `${percentile(times, 95)} ms`, '≤ 2000 ms', percentile(times, 95) <= 2000);
console.log(
  `CPU time per image (all threads): p50 ${Math.round(percentile(cpuTimes, 50))} ms, p95 ${Math.round(percentile(cpuTimes, 95))} ms`,
);
console.log(`process RSS: peak ${Math.round(peakRss / 1024 / 1024)} MB (the main thread and the OCR worker)`);
const misses = results.filter((r) => !r.same);
for (const miss of misses.slice(0, 12))
  console.log(
    `  miss (${miss.kind}): ${JSON.stringify(miss.text.slice(0, 70))} → ${JSON.stringify(miss.read.replace(/\n/g, ' ').slice(0, 90))}`,
  );

if (withTesseract) {
  const { createWorker } = require('tesseract.js');
  const langPath = path.dirname(require.resolve('@tesseract.js-data/eng/package.json'));
  const worker = await createWorker('eng', 1, {
    langPath: path.join(langPath, '4.0.0_best_int'),
    cacheMethod: 'none',
    gzip: true,
  });
  const light = clean.filter((r) => r.kind === 'light');
  const cjk = /\p{Script=Han}/u;
  const groups = {
    English: light.filter((r) => !cjk.test(r.text)).slice(0, 10),
    Chinese: light.filter((r) => cjk.test(r.text)).slice(0, 10),
  };
  for (const [name, sample] of Object.entries(groups)) {
    const tTimes = [];
    let same = 0;
    for (const r of sample) {
      const started = performance.now();
      const { data } = await worker.recognize(r.bytes);
      tTimes.push(performance.now() - started);
      if (readingOf(data.text) === readingOf(r.text)) same++;
    }
    console.log(
      `tesseract.js (eng) on ${sample.length} ${name} light screenshots: ${same} interpreted as their text (PaddleOCR: ${sample.filter((r) => r.same).length}); p50 ${Math.round(percentile(tTimes, 50))} ms`,
    );
  }
  await worker.terminate();
}
if (!keep) rmSync(imagesDir, { recursive: true, force: true });
