// Triage with 400 cases, measured in Debian's Chromium against a real start of the app:
// `node apps/web/scripts/triage-latency.mjs [--runs N] [--throttle 4] [--keep]`.
// Builds what is stale, starts tools/start.mjs with a throw-away DATA_DIR, signs an agency owner up through the API,
// imports 400 clients with their cases (moving 120 through their machines), then:
//  1. keyboard: Tab presses from the top of /today, /cases and /board to the first case link, pressing Tab only, and
//     through the first skip link on the page (Tab, Enter, then Tab);
//  2. the board with Chromium's CPU slowed down N× (CDP Emulation.setCPUThrottlingRate): a card dropped on another
//     column until its transition dialog is on screen, and the dialog's Save until the card is in its new column
//     (each `--runs` times, a fresh card each time; medians and all runs printed).
// The drag is dispatched in the page (dragstart, dragover, drop with one DataTransfer), so the timings are the
// page's own (performance.now() to the first animation frame in which the dialog or the moved card is in the DOM).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ApiSession } from '../e2e/lib/apiClient.mjs';
import { seedCases } from '../e2e/lib/seed.mjs';
import { buildIfStale, startServer } from '../e2e/lib/server.mjs';

const argValue = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const runs = Number(argValue('runs') ?? 5);
const throttle = Number(argValue('throttle') ?? 4);
const keep = process.argv.includes('--keep');
const CASES = 400;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const caseLink = /\/cases\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** From a freshly loaded page, presses Tab until a link to a case has the focus; the presses (null past 300). */
const tabsToFirstCase = async (page, { viaSkipLink }) => {
  let presses = 0;
  if (viaSkipLink) {
    await page.keyboard.press('Tab');
    presses += 1;
    await page.keyboard.press('Enter');
  }
  for (; presses < 300;) {
    await page.keyboard.press('Tab');
    presses += 1;
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    if (caseLink.test(href)) return presses;
  }
  return null;
};

const keyboard = async (browser, owner, baseUrl) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addCookies(owner.playwrightCookies());
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const results = [];
  const load = async (route) => {
    await page.goto(`${baseUrl}${route}`);
    await page.locator('a[href*="/cases/"]').first().waitFor();
    await page.waitForTimeout(1000);
  };
  for (const route of ['/today', '/cases', '/board']) {
    await load(route);
    const plain = await tabsToFirstCase(page, { viaSkipLink: false });
    await load(route);
    await page.keyboard.press('Tab');
    const skipLabel = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await load(route);
    const skip = await tabsToFirstCase(page, { viaSkipLink: true });
    results.push({ route, plain, skip, skipLabel });
  }
  await context.close();
  return results;
};

/** In the page: drop the card on the column, then the time until a dialog is in the DOM at an animation frame. */
const dropAndTimeDialog = (page, caseId, toState) =>
  page.evaluate(
    ({ caseId, toState }) =>
      new Promise((resolve, reject) => {
        const card = document.querySelector(`[data-case-id="${caseId}"]`);
        const column = document.querySelector(`section[data-state="${toState}"]`);
        if (!card || !column) {
          reject(new Error(`card ${caseId} or column ${toState} not found`));
          return;
        }
        const dataTransfer = new DataTransfer();
        card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer }));
        column.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer }));
        column.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer }));
        const started = performance.now();
        column.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer }));
        card.dispatchEvent(new DragEvent('dragend', { bubbles: true, cancelable: true, dataTransfer }));
        const check = () => {
          if (document.querySelector('[role="dialog"] button[type="submit"]')) resolve(performance.now() - started);
          else if (performance.now() - started > 30_000) reject(new Error('no dialog within 30 s'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { caseId, toState },
  );

/** In the page: click the dialog's Save, then the time until the card is in the target column only. */
const saveAndTimeMove = (page, caseId, toState) =>
  page.evaluate(
    ({ caseId, toState }) =>
      new Promise((resolve, reject) => {
        const save = document.querySelector('[role="dialog"] button[type="submit"]');
        if (!save) {
          reject(new Error('no Save button'));
          return;
        }
        const started = performance.now();
        save.click();
        const check = () => {
          const inTarget = document.querySelector(`section[data-state="${toState}"] [data-case-id="${caseId}"]`);
          const elsewhere = [...document.querySelectorAll(`[data-case-id="${caseId}"]`)].some(
            (element) => !element.closest(`section[data-state="${toState}"]`),
          );
          if (inTarget && !elsewhere) resolve(performance.now() - started);
          else if (performance.now() - started > 30_000) reject(new Error('the card did not move within 30 s'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { caseId, toState },
  );

const board = async (browser, owner, baseUrl) => {
  // Appeals still being prepared: each run submits one through the API (so it tops the Submitted column), then
  // drags it on to Manual review (start_review: a dialog with nothing to fill in).
  const preparing = [];
  let cursor;
  do {
    const page = await owner.get(
      `/api/cases?state=PREPARING&type=RESTRICTION_APPEAL,APP_PASSPORT_VERIFICATION&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    preparing.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && preparing.length < runs);
  if (preparing.length < runs) throw new Error(`only ${preparing.length} appeals in preparation`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addCookies(owner.playwrightCookies());
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  const dialog = [];
  const move = [];
  try {
    for (const kase of preparing.slice(0, runs)) {
      await owner.post(`/api/cases/${kase.id}/transitions`, { action: 'submit', version: kase.version, payload: {} });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(`${baseUrl}/board`);
      await page.locator(`section[data-state="SUBMITTED"] [data-case-id="${kase.id}"]`).waitFor();
      // Let the columns settle (every column's answer drawn, idle work done) before slowing the CPU.
      await page.waitForTimeout(1500);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      dialog.push(await dropAndTimeDialog(page, kase.id, 'MANUAL_REVIEW'));
      await page.waitForTimeout(500);
      move.push(await saveAndTimeMove(page, kase.id, 'MANUAL_REVIEW'));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      // The server has it too.
      for (let tries = 0; tries < 50; tries += 1) {
        const stored = await owner.get(`/api/cases/${kase.id}`);
        if (stored.state === 'MANUAL_REVIEW') break;
        await page.waitForTimeout(200);
      }
    }
  } finally {
    await context.close();
  }
  return { dialog, move };
};

const main = async () => {
  await buildIfStale();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'waiji-triage-'));
  await chmod(dataDir, 0o755);
  const server = await startServer(dataDir, { SCHEDULER_ENABLED: 'false' });
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const owner = new ApiSession(server.baseUrl);
    await owner.signUp({
      email: 'owner@triage.waiji.test',
      password: 'triage passphrase 2026',
      displayName: 'Triage Owner',
      organizationName: 'Triage Agency',
    });
    // The seed pastes 2015 messages; an API that asks to confirm old message dates (409 STALE_MESSAGE_DATE) gets it.
    const post = owner.post.bind(owner);
    owner.post = (route, body, headers) =>
      post(route, body, headers).catch((error) => {
        if (error.body?.error?.code !== 'STALE_MESSAGE_DATE') throw error;
        return post(route, { ...body, confirmStaleDate: true }, headers);
      });
    const started = Date.now();
    await seedCases(owner, CASES, { prefix: 'TR' });
    console.log(`Seeded ${CASES} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    for (const { route, plain, skip, skipLabel } of await keyboard(browser, owner, server.baseUrl)) {
      console.log(
        `${route}: ${plain ?? '>300'} Tab presses to the first case; through the first skip link ("${skipLabel.trim()}"): ${skip ?? '>300'} Tab presses + 1 Enter`,
      );
    }
    const { dialog, move } = await board(browser, owner, server.baseUrl);
    const ms = (values) => values.map((value) => value.toFixed(0)).join(', ');
    console.log(`Board, CPU ${throttle}× slower, ${runs} drags (load average ${loadAverage()}):`);
    console.log(`  drop → dialog on screen: median ${median(dialog).toFixed(0)} ms (${ms(dialog)})`);
    console.log(`  Save → card in its new column: median ${median(move).toFixed(0)} ms (${ms(move)})`);
  } finally {
    await browser.close();
    await server.stop();
    if (!keep) await rm(dataDir, { recursive: true, force: true });
    else console.log(`Kept ${dataDir}`);
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
