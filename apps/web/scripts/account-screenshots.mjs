// Screenshots of the account screens against the real app: `node apps/web/scripts/account-screenshots.mjs`.
// Builds what is stale, starts `node tools/start.mjs` (embedded PostgreSQL, in-process mail capture) on free ports
// with a throw-away DATA_DIR, sets up members, an invitation and a client with a case through the API (the demo
// login is the owner), then saves docs/screenshots/{sign-in,settings-members,portal-phone}.png and stops the server.
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ApiSession } from '../e2e/lib/apiClient.mjs';
import { devMail } from '../e2e/lib/mail.mjs';
import { buildIfStale, root, sleep, startServer } from '../e2e/lib/server.mjs';

const outDir = path.join(root, 'docs/screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const password = 'screenshot passphrase 2026';
/** The token of the newest invitation mailed to `email`, read from the development mail capture. */
const invitationToken = async (baseUrl, email) => {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const { messages } = await (await devMail(baseUrl)).json();
    const mail = messages.filter((message) => message.to.includes(email)).at(-1);
    // Quoted-printable: undo soft line breaks and =3D before looking for the link.
    const raw = mail?.raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
    const token = raw?.match(/accept-invitation\?token=([A-Za-z0-9_-]{20,})/)?.[1];
    if (token) return token;
    await sleep(250);
  }
  throw new Error(`no invitation mail for ${email}`);
};

const join = async (owner, baseUrl, { email, role, displayName, clientId }) => {
  await owner.post('/api/organization/invitations', { email, role, ...(clientId ? { clientId } : {}) });
  const token = await invitationToken(baseUrl, email);
  const member = new ApiSession(baseUrl);
  member.me = await member.post('/api/auth/invitations/accept', { token, password, displayName });
  member.csrfToken = member.me.csrfToken;
  return member;
};

const setUp = async (baseUrl) => {
  const owner = new ApiSession(baseUrl);
  await owner.logIn('demo@waiji.local', 'waiji-demo-helper');
  await join(owner, baseUrl, { email: 'li.na@bridge.example', role: 'ADMIN', displayName: 'Li Na' });
  await join(owner, baseUrl, { email: 'tom.becker@bridge.example', role: 'HELPER', displayName: 'Tom Becker' });
  await join(owner, baseUrl, { email: 'sara.ito@bridge.example', role: 'VIEWER', displayName: 'Sara Ito' });
  await owner.post('/api/organization/invitations', { email: 'new.helper@bridge.example', role: 'HELPER' });

  const client = await owner.post('/api/clients', {
    passportName: 'Maria Garcia Lopez',
    bankName: 'GARCIA LOPEZ MARIA',
    nationality: 'ES',
    email: 'maria@example.com',
  });
  let current = await owner.post('/api/cases', {
    clientId: client.id,
    type: 'BANK_CARD_VERIFICATION',
    bank: 'BOC',
    cardLast4: '4821',
  });
  for (const action of ['submit', 'await_deposit']) {
    current = (await owner.post(`/api/cases/${current.id}/transitions`, { action, version: current.version })).case;
  }
  const maria = await join(owner, baseUrl, {
    email: 'maria@example.com',
    role: 'CLIENT',
    displayName: 'Maria Garcia',
    clientId: client.id,
  });
  return { owner, maria };
};

const main = async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'waiji-shots-'));
  // As root, the embedded database runs as `postgres`, which must reach its directory.
  await chmod(dataDir, 0o755);
  let server;
  try {
    await buildIfStale();
    server = await startServer(dataDir);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { baseUrl } = server;
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await mkdir(outDir, { recursive: true });
    const { owner, maria } = await setUp(baseUrl);
    const context = async (session, viewport, mobile = false) => {
      const created = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        isMobile: mobile,
        hasTouch: mobile,
        locale: 'en-GB',
        timezoneId: 'Asia/Shanghai',
        reducedMotion: 'reduce',
      });
      if (session) await created.addCookies(session.playwrightCookies());
      return created.newPage();
    };

    const visitor = await context(undefined, { width: 1280, height: 800 });
    await visitor.goto(`${baseUrl}/sign-in`);
    await visitor.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await visitor.screenshot({ path: path.join(outDir, 'sign-in.png') });

    const helper = await context(owner, { width: 1280, height: 800 });
    await helper.goto(`${baseUrl}/settings/members`);
    await helper.getByRole('table', { name: 'Members and roles' }).waitFor();
    await helper.screenshot({ path: path.join(outDir, 'settings-members.png'), fullPage: true });

    const phone = await context(maria, { width: 390, height: 844 }, true);
    await phone.goto(`${baseUrl}/portal`);
    await phone.getByRole('heading', { level: 1, name: 'Your Alipay case' }).waitFor();
    await phone.getByRole('region', { name: 'What happened so far' }).waitFor();
    await phone.screenshot({ path: path.join(outDir, 'portal-phone.png'), fullPage: true });
    console.log(`saved sign-in.png, settings-members.png, portal-phone.png in ${outDir}`);

    // --extra <dir>: more screens to look at while working on them (not kept in the repository).
    const extraAt = process.argv.indexOf('--extra');
    if (extraAt !== -1) {
      const extraDir = path.resolve(process.argv[extraAt + 1] ?? '/tmp/waiji-extra-shots');
      await mkdir(extraDir, { recursive: true });
      const shots = [
        [visitor, '/sign-up', 'sign-up.png'],
        [helper, '/settings/invitations', 'settings-invitations.png'],
        [helper, '/settings/organization', 'settings-organization.png'],
        [helper, '/settings/deadlines', 'settings-deadlines.png'],
        [helper, '/settings/notifications', 'settings-notifications.png'],
        [helper, '/settings/calendar', 'settings-calendar.png'],
        [helper, '/settings/audit', 'settings-audit.png'],
      ];
      for (const [page, where, file] of shots) {
        await page.goto(`${baseUrl}${where}`);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(extraDir, file), fullPage: true });
      }
      await helper.getByRole('button', { name: /^Notifications/ }).click();
      await helper.waitForTimeout(800);
      await helper.screenshot({ path: path.join(extraDir, 'notifications-drawer.png') });
      const phoneHelper = await context(owner, { width: 390, height: 844 }, true);
      await phoneHelper.goto(`${baseUrl}/settings/members`);
      await phoneHelper.waitForLoadState('networkidle');
      await phoneHelper.screenshot({ path: path.join(extraDir, 'settings-members-phone.png'), fullPage: true });
      await phone.evaluate(() => window.localStorage.setItem('waiji.language', 'zh'));
      await phone.goto(`${baseUrl}/portal`);
      await phone.waitForLoadState('networkidle');
      await phone.screenshot({ path: path.join(extraDir, 'portal-phone-zh.png'), fullPage: true });
      console.log(`extra screens in ${extraDir}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};

await main();
