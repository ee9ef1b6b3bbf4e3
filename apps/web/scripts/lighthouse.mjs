// Lighthouse (Debian's Chromium) on the cases list with 1,000 cases, or on a client's portal in a language, against a
// real start of the app: `npm run lighthouse` (or `node apps/web/scripts/lighthouse.mjs [--runs N]
// [--form-factor desktop|mobile] [--keep-reports] [--page cases|portal] [--language ar]`; the language is the portal
// client's preferredLanguage, English by default).
// Builds what is stale, starts tools/start.mjs with a throw-away DATA_DIR, signs an agency owner up through the API
// (and confirms their email from the captured mail),
// imports 1,000 clients with their cases (moving 120 of them through their machines), then audits /cases signed in
// (the session cookie goes along as a header) with Lighthouse's desktop and mobile settings, N runs each, and prints
// the median scores and metrics. Reports (JSON) and the page's traces are written to .data/lighthouse/ when
// --keep-reports is given.
// Scores move from run to run and with the machine's other load, which the output prints alongside.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { ApiSession } from '../e2e/lib/apiClient.mjs';
import { waitForMail } from '../e2e/lib/mail.mjs';
import { seedCases } from '../e2e/lib/seed.mjs';
import { buildIfStale, root, startServer } from '../e2e/lib/server.mjs';

const argValue = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const runs = Number(argValue('runs') ?? 3);
const formFactors = argValue('form-factor') ? [argValue('form-factor')] : ['desktop', 'mobile'];
if (formFactors.some((f) => f !== 'desktop' && f !== 'mobile')) throw new Error('--form-factor is desktop or mobile');
const keepReports = process.argv.includes('--keep-reports');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CASES = 1000;
const page = argValue('page') ?? 'cases';
if (page !== 'cases' && page !== 'portal') throw new Error('--page is cases or portal');
const language = argValue('language') ?? 'en';

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const audit = async (url, cookie, formFactor) => {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        extraHeaders: { cookie },
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (!lhr.finalDisplayedUrl.endsWith(`/${page}`))
      throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not /${page} (signed out?)`);
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      report: result.report,
      // The page's own trace (unthrottled: Lighthouse simulates the slow phone from it), for reading its long tasks.
      trace: result.artifacts?.Trace,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      transfer: metric('total-byte-weight'),
      failing: Object.values(lhr.audits)
        .filter(
          (item) =>
            item.score !== null &&
            item.score < 0.9 &&
            item.scoreDisplayMode !== 'informative' &&
            item.scoreDisplayMode !== 'notApplicable',
        )
        .map((item) => `${item.id}${item.displayValue ? ` (${item.displayValue})` : ''}`),
    };
  } finally {
    chrome.kill();
  }
};

/** A client of `owner` whose preferredLanguage is --language, invited, signed in to the portal. */
const portalClient = async (owner, baseUrl) => {
  const email = `client-${language}@lighthouse.waiji.test`;
  const client = await owner.post('/api/clients', {
    passportName: 'Lighthouse Client',
    email,
    emailConsent: true,
    preferredLanguage: language,
  });
  let kase = await owner.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' });
  for (const action of ['submit', 'await_deposit'])
    kase = (await owner.post(`/api/cases/${kase.id}/transitions`, { action, version: kase.version, payload: {} })).case;
  await owner.post('/api/organization/invitations', { email, role: 'CLIENT', clientId: client.id });
  const [, token] = await waitForMail(baseUrl, email, /accept-invitation\?token=([A-Za-z0-9_-]{20,})/);
  const session = new ApiSession(baseUrl);
  const password = 'lighthouse client passphrase 2026';
  await session.post('/api/auth/invitations/accept', { token, password, displayName: 'Lighthouse Client' });
  await session.logIn(email, password);
  return session;
};

const main = async () => {
  await buildIfStale();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'waiji-lighthouse-'));
  // As root, the embedded PostgreSQL runs as `postgres` and must reach its data below this directory.
  await chmod(dataDir, 0o755);
  const server = await startServer(dataDir, { SCHEDULER_ENABLED: 'false' });
  const reportDir = path.join(root, '.data', 'lighthouse');
  let failed = false;
  try {
    const owner = new ApiSession(server.baseUrl);
    await owner.signUp({
      email: 'owner@lighthouse.waiji.test',
      password: 'lighthouse passphrase 2026',
      displayName: 'Lighthouse Owner',
      organizationName: 'Lighthouse Agency',
    });
    // A helper's everyday screen: email confirmed (signUp confirms it from the captured mail), so no banner above the
    // list (the banner would be the largest paint, drawn before the list's code and data arrive).
    const started = Date.now();
    await seedCases(owner, CASES, { prefix: 'LH' });
    console.log(`Seeded ${CASES} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The portal: a client of the agency in `language` with a bank-card case awaiting its deposit, signed in.
    const reader = page === 'portal' ? await portalClient(owner, server.baseUrl) : owner;
    const cookie = [...reader.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const url = `${server.baseUrl}/${page}`;
    if (keepReports) await mkdir(reportDir, { recursive: true });

    for (const formFactor of formFactors) {
      const results = [];
      for (let run = 1; run <= runs; run += 1) {
        // Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is repeated, up to twice.
        let result;
        for (let attempt = 1; !result; attempt += 1) {
          result = await audit(url, cookie, formFactor).catch((error) => {
            if (attempt >= 3 || !/NO_NAVSTART|NO_FCP|trace/i.test(String(error))) throw error;
            console.log(`  ${formFactor} run ${run}: ${error.message.split('\n')[0]} — repeating`);
            return undefined;
          });
        }
        results.push(result);
        if (keepReports) {
          const name = `${page}-${language}-${formFactor}-${run}`;
          await writeFile(path.join(reportDir, `${name}.json`), result.report);
          if (result.trace) await writeFile(path.join(reportDir, `${name}.trace.json`), JSON.stringify(result.trace));
        }
        console.log(
          `  ${formFactor} run ${run}: performance ${result.performance}, accessibility ${result.accessibility}, best practices ${result.bestPractices}; ` +
            `FCP ${(result.fcp / 1000).toFixed(2)} s, LCP ${(result.lcp / 1000).toFixed(2)} s, TBT ${result.tbt.toFixed(0)} ms, CLS ${result.cls.toFixed(3)}, ` +
            `transferred ${(result.transfer / 1024).toFixed(0)} KB (load average ${loadAverage()})`,
        );
      }
      const performance = median(results.map((r) => r.performance));
      const accessibility = median(results.map((r) => r.accessibility));
      console.log(
        `${page}${page === 'portal' ? ` (${language})` : ''}, ${formFactor}: median of ${runs} — performance ${performance} (target ≥ 95), accessibility ${accessibility} (target ≥ 95), ` +
          `best practices ${median(results.map((r) => r.bestPractices))}; LCP ${(median(results.map((r) => r.lcp)) / 1000).toFixed(2)} s, TBT ${median(results.map((r) => r.tbt)).toFixed(0)} ms`,
      );
      const failing = [...new Set(results.flatMap((r) => r.failing))];
      if (failing.length > 0) console.log(`  audits below 0.9 in some run: ${failing.join(', ')}`);
      if (accessibility < 95) failed = true;
    }
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  if (keepReports) console.log(`Reports in ${path.relative(root, reportDir)}/`);
  process.exitCode = failed ? 1 : 0;
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
