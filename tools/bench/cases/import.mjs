// CSV import of 10,000 rows (clients with a case each) through the real built API, in a fresh API process:
// upload (streamed, validated, staged = the dry run), then commit, polling GET /api/imports/:id for progress
// meanwhile. Reports both durations and the API process's resident memory (baseline, peak). Every run uses new
// external references, so it creates rows; a second upload of the same file shows the re-import path.
import { Readable } from 'node:stream';
import { IMPORT_OWNER, login, memoryOf, prepare, request, startApi } from './common.mjs';

// BENCH_LABELS=1 writes the file as people do: the interface's English headers and labels, dates as 3/2/1991 (read
// day-first), comma-separated tags.
const LABELS = process.env.BENCH_LABELS === '1';
const HEADER = LABELS
  ? 'Reference,Name on passport,Name at the bank,Nationality,Date of birth,Passport number,Passport expires,Visa type,Visa expires,Phone,Email,Case type,Bank,Card last 4,Tags,Priority'
  : 'externalRef,passportName,bankName,nationality,birthDate,passportNumber,passportExpiry,visaType,visaExpiry,phone,email,caseType,bank,cardLast4,tags,priority';
const TYPES = LABELS
  ? ['Bank card', 'Bank card', 'Restriction appeal', 'In-app passport']
  : ['BANK_CARD_VERIFICATION', 'BANK_CARD_VERIFICATION', 'RESTRICTION_APPEAL', 'APP_PASSPORT_VERIFICATION'];
const BANKS = LABELS
  ? ['Bank of China', 'China Merchants Bank', '工商银行', 'CITIC', 'PSBC']
  : ['BOC', 'CMB', 'ICBC', 'CITIC', 'PSBC'];

function* csvLines(rows, run) {
  yield `${HEADER}\r\n`;
  for (let i = 1; i <= rows; i += 1) {
    const type = TYPES[i % TYPES.length];
    const card = i % TYPES.length < 2; // the first two types are bank-card verifications
    const expiry = new Date(Date.now() + (20 + (i % 900)) * 86_400_000).toISOString().slice(0, 10);
    yield (
      [
        `R${run}-${i}`,
        `"Student ${i}, ${['Anna', 'Ben', 'Chen', 'Dana'][i % 4]}"`,
        i % 3 === 0 ? `STUDENT ${i}` : '',
        ['DE', 'FR', 'KR', 'BR'][i % 4],
        LABELS ? `1${i % 10}/${1 + (i % 9)}/199${i % 10}` : `199${i % 10}-0${1 + (i % 9)}-1${i % 10}`,
        `P${String(10_000_000 + i)}`,
        expiry,
        'X1',
        expiry,
        `+86 138 ${String(i).padStart(8, '0')}`,
        `student${i}.${run}@example.test`,
        type,
        card ? BANKS[i % BANKS.length] : '',
        card ? String(i % 10_000).padStart(4, '0') : '',
        LABELS ? '"cohort-2026, import-bench"' : 'cohort-2026;import-bench',
        LABELS ? 'Normal' : 'NORMAL',
      ].join(',') + '\r\n'
    );
  }
}

function sampler(pid) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, memoryOf(pid).rssMb);
  }, 50);
  return { stop: () => (clearInterval(timer), peak) };
}

export async function importBench({ rows = 10_000, heapLimitMb } = {}) {
  const db = await prepare();
  // With a heap limit, a run that completes proves the import's memory does not grow with the file.
  const api = await startApi(db.databaseUrl, {}, heapLimitMb ? [`--max-old-space-size=${heapLimitMb}`] : []);
  try {
    const session = await login(api.base, IMPORT_OWNER);
    const baseline = memoryOf(api.pid);
    const run = Date.now().toString(36);
    const samples = sampler(api.pid);

    let started = performance.now();
    const upload = await request(api.base, 'POST', `/api/imports?fileName=bench.csv${LABELS ? '&dateOrder=DMY' : ''}`, {
      headers: { ...session, 'content-type': 'text/csv', 'transfer-encoding': 'chunked' },
      body: Readable.from(csvLines(rows, run), { objectMode: false }),
    });
    const uploadSeconds = (performance.now() - started) / 1000;
    if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${upload.text.slice(0, 500)}`);
    const job = JSON.parse(upload.text);

    const progress = [];
    let committing = true;
    const poll = (async () => {
      while (committing) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const state = JSON.parse((await request(api.base, 'GET', `/api/imports/${job.id}`, { headers: session })).text);
        progress.push(`${state.processedRows}`);
      }
    })();
    started = performance.now();
    const commit = await request(api.base, 'POST', `/api/imports/${job.id}/commit`, {
      headers: { ...session, 'content-type': 'application/json' },
      body: '{}',
    });
    const commitSeconds = (performance.now() - started) / 1000;
    committing = false;
    await poll;
    if (commit.status !== 200) throw new Error(`commit: ${commit.status} ${commit.text.slice(0, 500)}`);
    const done = JSON.parse(commit.text);
    const peakDuring = samples.stop();
    const after = memoryOf(api.pid);

    console.log(
      `\nimport: ${rows.toLocaleString('en')} rows (a client and a case each${LABELS ? ', written in the interface labels' : ''}) through the API${heapLimitMb ? ` (API heap limited to ${heapLimitMb} MB)` : ''}`,
    );
    console.log(
      `  upload + dry run (streamed, validated, staged)  ${uploadSeconds.toFixed(1)} s   → ${job.status}, ${job.validRows} valid, ${job.errorCount} errors`,
    );
    console.log(
      `  commit (batches of 2,000, progress ${progress.join(' → ') || '-'})   ${commitSeconds.toFixed(1)} s   → ${done.status}, ${done.createdRows} created, ${done.skippedRows} skipped`,
    );
    console.log(
      `  total ${(uploadSeconds + commitSeconds).toFixed(1)} s (target ≤ 30 s: ${uploadSeconds + commitSeconds <= 30 ? 'met' : 'MISSED'})`,
    );
    console.log(
      `  API memory: RSS ${baseline.rssMb.toFixed(0)} MB before, peak ${peakDuring.toFixed(0)} MB during (sampled every 50 ms; VmHWM since start ${after.peakMb.toFixed(0)} MB), ${after.rssMb.toFixed(0)} MB after`,
    );

    // The same file again: nothing new.
    started = performance.now();
    const again = JSON.parse(
      (
        await request(api.base, 'POST', `/api/imports?fileName=bench-again.csv${LABELS ? '&dateOrder=DMY' : ''}`, {
          headers: { ...session, 'content-type': 'text/csv', 'transfer-encoding': 'chunked' },
          body: Readable.from(csvLines(rows, run)),
        })
      ).text,
    );
    const redo = JSON.parse(
      (
        await request(api.base, 'POST', `/api/imports/${again.id}/commit`, {
          headers: { ...session, 'content-type': 'application/json' },
          body: '{}',
        })
      ).text,
    );
    console.log(
      `  re-import of the same file: ${redo.createdRows} created, ${redo.skippedRows} skipped in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return { uploadSeconds, commitSeconds, baseline, peakDuring };
  } finally {
    await api.stop();
    await db.stop();
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  await importBench({
    rows: Number(process.env.BENCH_ROWS ?? 10_000),
    heapLimitMb: process.env.BENCH_HEAP_MB ? Number(process.env.BENCH_HEAP_MB) : undefined,
  });
}
