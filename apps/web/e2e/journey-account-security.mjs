// Account protection (issue 20): an agency owner requires two-step verification of staff (grace period 0); their
// helper, at the next sign-in, must set up an authenticator app (the code computed here with otplib from the key the
// page shows), keeps the recovery codes, and on the following sign-in enters a code on a 390 px phone; with a
// recovery code they add a passkey in Chromium's virtual authenticator (CDP WebAuthn) and sign in with it alone. Then a
// university signs its people in through OpenID Connect: a real oidc-provider started in this process's child, the
// office's SSO settings, "Sign in with <university>" on the sign-in page, back signed in as a new member. Stands alone.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ApiSession } from './lib/apiClient.mjs';
import { checkA11y } from './lib/axe.mjs';
import {
  expect,
  expectFitsPhone,
  expectNoPageErrors,
  newPerson,
  focus,
  password,
  shoot,
  stamp,
} from './lib/browser.mjs';
import { waitForMail } from './lib/mail.mjs';
import { root } from './lib/server.mjs';

const require = createRequire(path.join(root, 'package.json'));
const { generate } = require('otplib');

const shotsDir = process.env.H7_SHOTS_DIR ?? '/tmp/h7-shots';

/** A screenshot for docs/screenshots (when the run takes them) and for a look at it in `shotsDir`. */
const snap = async (context, name) => {
  await mkdir(shotsDir, { recursive: true });
  for (const target of [context.screenshot(name), path.join(shotsDir, name)]) {
    if (target) await shoot({ ...context, screenshot: () => target });
  }
};

const codeAt = (secret, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

/** The provider of apps/api (its integration test's), in a child process: resolves { issuer, stop }. */
const startProvider = (redirectUri, accounts) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'apps/api/src/testing/oidc-provider.mjs')], {
      env: {
        ...process.env,
        OIDC_CLIENTS: JSON.stringify([
          { client_id: 'waiji-e2e', client_secret: 'e2e-client-secret-of-the-provider', redirect_uris: [redirectUri] },
        ]),
        OIDC_ACCOUNTS: JSON.stringify(accounts),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) resolve({ issuer: match[1], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the OpenID provider exited with ${code}`)));
  });

const signIn = async (page, baseUrl, email) => {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).first().fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
};

export const accountSecurityJourney = {
  name: 'account-security',
  title:
    'an owner requires two-step verification; their helper sets up an authenticator app at the next sign-in, signs in with a code, adds a passkey (virtual authenticator) and signs in with it alone; a university signs in through OpenID Connect',
  run: async (context) => {
    const { baseUrl } = context;
    const opened = [];
    try {
      // An agency owner and a helper they invited (accepted by the API: the helper's first sign-in is the point).
      const ownerEmail = `owner-2fa-${stamp}@e2e.example`;
      const helperEmail = `helper-2fa-${stamp}@e2e.example`;
      const owner = new ApiSession(baseUrl);
      await owner.signUp({
        email: ownerEmail,
        password,
        displayName: 'Olivia Owner',
        organizationName: `Secure Relocation ${stamp}`,
      });
      await owner.post('/api/organization/invitations', { email: helperEmail, role: 'HELPER' });
      const [, token] = await waitForMail(baseUrl, helperEmail, /token=([A-Za-z0-9_-]{20,})/);
      await new ApiSession(baseUrl).post('/api/auth/invitations/accept', {
        token,
        password,
        displayName: 'Henry Helper',
      });

      // The owner requires it, with no grace period.
      const ownerDesk = await newPerson(context.browser, { session: owner });
      opened.push(ownerDesk.browserContext);
      let page = focus(context, ownerDesk);
      await page.goto(`${baseUrl}/settings/organization`);
      await page.getByRole('heading', { name: 'Sign-in security' }).waitFor();
      const requireBox = page.getByRole('checkbox', { name: 'Require two-step verification for staff' });
      await requireBox.check();
      const rule = page.locator('form').filter({ has: requireBox });
      await rule.getByRole('textbox', { name: 'Grace period (days)' }).fill('0');
      await rule.getByRole('button', { name: 'Save', exact: true }).click();
      await rule.getByText('Saved.').waitFor();
      await checkA11y(context, 'organization-sign-in-security');
      await snap(context, 'account-security-organization.png');
      expectNoPageErrors(ownerDesk.errors, 'owner');

      // The helper's next sign-in: set up the app first.
      const helperDesk = await newPerson(context.browser);
      opened.push(helperDesk.browserContext);
      page = focus(context, helperDesk);
      await signIn(page, baseUrl, helperEmail);
      await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
      const secret = (await page.getByTestId('totp-secret').textContent())?.trim();
      expect(secret && /^[A-Z2-7]{16,}$/.test(secret), `the page shows the key: ${secret}`);
      await checkA11y(context, 'enrol-two-step');
      await snap(context, 'account-security-enrol.png');
      await page.getByRole('textbox', { name: 'Code from the app' }).fill(await codeAt(secret));
      await page.getByRole('button', { name: 'Turn on' }).click();
      const codes = page.getByTestId('recovery-codes');
      await codes.waitFor();
      const recoveryCodes = await codes.getByRole('listitem').allTextContents();
      expect(recoveryCodes.length === 10, 'ten recovery codes');
      await snap(context, 'account-security-recovery-codes.png');
      await page.getByRole('button', { name: 'I have saved them' }).click();
      await page.waitForURL('**/today');
      expectNoPageErrors(helperDesk.errors, 'helper');

      // The following sign-in, on a phone: the code step.
      const helperPhone = await newPerson(context.browser, { phone: true });
      opened.push(helperPhone.browserContext);
      page = focus(context, helperPhone);
      await signIn(page, baseUrl, helperEmail);
      await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
      await expectFitsPhone(page, 'the code step');
      await snap(context, 'account-security-code-phone.png');
      // The next time step's code (the one just used for enrolment works only once).
      await page.getByRole('textbox', { name: 'Code from the app' }).fill(await codeAt(secret, 30));
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.waitForURL('**/today');
      await page.goto(`${baseUrl}/settings/security`);
      await page.getByTestId('totp-on').waitFor();
      await expectFitsPhone(page, 'Settings → Security');
      await snap(context, 'account-security-settings-phone.png');
      expectNoPageErrors(helperPhone.errors, 'helper on a phone');

      // A passkey, in Chromium's virtual authenticator (CDP WebAuthn): added in Settings → Security, then a sign-in
      // with it alone. A passkey belongs to a host name (not an IP address): this part, and SSO, use localhost,
      // PUBLIC_URL's host.
      const port = new URL(baseUrl).port;
      const appUrl = `http://localhost:${port}`;
      const helperKeys = await newPerson(context.browser);
      opened.push(helperKeys.browserContext);
      page = focus(context, helperKeys);
      const cdp = await helperKeys.browserContext.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
        },
      });
      await signIn(page, appUrl, helperEmail);
      await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
      await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
      await page.getByRole('textbox', { name: 'Recovery code' }).fill(recoveryCodes[0]);
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.waitForURL('**/today');
      await page.goto(`${appUrl}/settings/security`);
      await page.getByRole('textbox', { name: 'Name of the new passkey' }).fill('Work laptop');
      await page.getByRole('button', { name: 'Add a passkey' }).click();
      await page.getByText('Work laptop').waitFor();
      await snap(context, 'account-security-passkeys.png');
      await page.getByRole('button', { name: /account menu/ }).click();
      await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await page.getByRole('button', { name: 'Continue with a passkey' }).click();
      // Back where the sign-out left (Settings → Security), signed in by the passkey alone.
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      const keyed = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
      expect(keyed.user?.email === helperEmail, `signed in with the passkey as ${JSON.stringify(keyed.user)}`);
      expectNoPageErrors(helperKeys.errors, 'helper with a passkey');

      // A university signs in through OpenID Connect. The provider sends people back to PUBLIC_URL (localhost).
      const provider = await startProvider(`${appUrl}/api/auth/sso/callback`, {
        [`student-${stamp}`]: { email: `mei-${stamp}@huaxia.e2e.example`, name: 'Mei Lin' },
      });
      try {
        const office = new ApiSession(baseUrl);
        await office.signUp({
          email: `office-${stamp}@huaxia.e2e.example`,
          password,
          displayName: 'International Office',
          kind: 'UNIVERSITY',
          organizationName: `Huaxia University ${stamp}`,
        });
        const officeDesk = await newPerson(context.browser, { session: office });
        opened.push(officeDesk.browserContext);
        page = focus(context, officeDesk);
        await page.goto(`${baseUrl}/settings/organization`);
        await page.getByRole('heading', { name: 'Single sign-on (OpenID Connect)' }).waitFor();
        await page.getByRole('textbox', { name: 'Issuer URL' }).fill(provider.issuer);
        await page.getByRole('textbox', { name: 'Client ID' }).fill('waiji-e2e');
        await page.getByLabel('Client secret').fill('e2e-client-secret-of-the-provider');
        await page.getByRole('textbox', { name: 'Allowed email domains' }).fill('huaxia.e2e.example');
        await page.getByRole('button', { name: 'Save single sign-on' }).click();
        const signInUrl = page.getByTestId('sso-sign-in-url');
        await signInUrl.waitFor();
        await checkA11y(context, 'sso-settings');
        await snap(context, 'account-security-sso-settings.png');
        const link = new URL((await signInUrl.textContent()).trim());

        const student = await newPerson(context.browser, { phone: true });
        opened.push(student.browserContext);
        page = focus(context, student);
        await page.goto(`${appUrl}${link.pathname}${link.search}`);
        const button = page.getByRole('link', { name: `Sign in with Huaxia University ${stamp}` });
        await button.waitFor();
        await expectFitsPhone(page, 'the sign-in page with the SSO button');
        await snap(context, 'account-security-sso-sign-in-phone.png');
        await button.click();
        await page.waitForURL((url) => url.pathname === '/' || url.pathname.startsWith('/today'));
        const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
        expect(me.user?.email === `mei-${stamp}@huaxia.e2e.example`, `signed in as ${JSON.stringify(me.user)}`);
        expect(me.role === 'VIEWER' && me.organization?.name === `Huaxia University ${stamp}`, 'a new member');
        expectNoPageErrors(student.errors, 'student');
      } finally {
        provider.stop();
      }
    } finally {
      for (const browserContext of opened) await browserContext.close().catch(() => undefined);
    }
  },
};
