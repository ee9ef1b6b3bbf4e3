// Integrations: the owner makes an API token in Settings, copies it and uses it from a script (fetch with
// Authorization: Bearer, no cookie, no CSRF); revokes it and the script is refused. Then adds a webhook endpoint — a
// real receiver started here, verifying each request with standardwebhooks — and sees the delivery in the log.
// Needs the 'helper' journey first (its confirmed helper, the owner of an agency).
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { checkA11y } from './lib/axe.mjs';
import {
  expect,
  expectFitsPhone,
  expectNoPageErrors,
  openDesktopAs,
  openPhoneAs,
  shoot,
  stamp,
  waitUntil,
} from './lib/browser.mjs';
import { helperSession } from './lib/sessions.mjs';

/** A receiver on a free loopback port; `received` keeps each request with whether its signature verified. */
const startReceiver = async () => {
  const receiver = { secret: '', received: [] };
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let verified = false;
      try {
        new Webhook(receiver.secret).verify(body, request.headers);
        verified = true;
      } catch {
        verified = false;
      }
      receiver.received.push({ id: request.headers['webhook-id'], verified, body: JSON.parse(body) });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${server.address().port}/waiji`;
  receiver.close = () => new Promise((resolve) => server.close(resolve));
  return receiver;
};

/** Also a copy for whoever runs this journey alone to look at (E2E_SHOTS_DIR), screenshots of docs/ or not. */
const look = async (page, name) => {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${dir}/${name}`, fullPage: true });
};

export const integrationsJourney = {
  name: 'integrations',
  title:
    'an owner makes an API token in Settings and a script uses it (bearer, no CSRF) until it is revoked; adds a webhook endpoint and sees the signed delivery in the log',
  run: async (context) => {
    const staff = await helperSession(context);
    const page = await openDesktopAs(context, staff);

    // A token that may change cases, made in Settings → API tokens.
    await page.goto(`${context.baseUrl}/settings/api-tokens`);
    await page.getByRole('heading', { level: 2, name: 'API tokens' }).waitFor();
    await page.getByText('No tokens yet.').waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('CRM sync');
    await page.getByRole('checkbox', { name: /Change cases/ }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const tokenField = page.getByRole('textbox', { name: 'Token' });
    await tokenField.waitFor();
    const token = await tokenField.inputValue();
    expect(/^wj_[A-Za-z0-9_-]{43}$/.test(token), `the token shown is ${token.slice(0, 6)}…`);
    await page.getByRole('list', { name: 'API tokens' }).getByText('CRM sync').waitFor();
    await checkA11y(context, 'settings-api-tokens');
    await shoot(context, 'settings-api-tokens.png');
    await look(page, 'settings-api-tokens.png');

    // The script: bearer only — no cookie, no CSRF header.
    const script = (method, path, body) =>
      fetch(`${context.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    const listed = await script('GET', '/api/clients?limit=5');
    expect(listed.status === 200, `GET /api/clients with the token answered ${listed.status}`);
    const made = await script('POST', '/api/clients', { passportName: `Script Client ${stamp}` });
    expect(made.status === 201, `POST /api/clients with the token answered ${made.status}`);
    await page.reload();
    await page
      .getByRole('list', { name: 'API tokens' })
      .getByText(/^Last used /)
      .waitFor();

    // Revoked in the UI: the script is refused.
    await page.getByRole('button', { name: 'Revoke the token CRM sync' }).click();
    await page.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page
      .getByRole('list', { name: 'API tokens' })
      .getByText(/^Revoked /)
      .waitFor();
    const refused = await script('GET', '/api/clients?limit=5');
    expect(refused.status === 401, `the revoked token answered ${refused.status}`);

    // Webhooks: a receiver of our own, an endpoint for it, its secret shown once.
    const receiver = await startReceiver();
    try {
      await page.goto(`${context.baseUrl}/settings/webhooks`);
      await page.getByRole('heading', { level: 2, name: 'Webhooks' }).waitFor();
      await page.getByText('No endpoints yet.').waitFor();
      await page.getByRole('textbox', { name: 'Endpoint URL' }).fill(receiver.url);
      await page.getByRole('textbox', { name: 'Description' }).fill('CRM');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const secretField = page.getByRole('textbox', { name: 'Signing secret' });
      await secretField.waitFor();
      receiver.secret = await secretField.inputValue();
      expect(receiver.secret.startsWith('whsec_'), 'the secret does not start with whsec_');

      // A new case: the scheduler delivers case.created, signed.
      const client = await staff.post('/api/clients', { passportName: `Webhook Client ${stamp}` });
      const kase = await staff.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' });
      await waitUntil('the case.created delivery', () =>
        receiver.received.some((entry) => entry.body.type === 'case.created' && entry.body.data.caseId === kase.id),
      );
      const delivered = receiver.received.find((entry) => entry.body.data.caseId === kase.id);
      expect(delivered.verified, 'the webhook signature did not verify');

      const endpoints = page.getByRole('list', { name: 'Webhook endpoints' });
      await endpoints.getByRole('button', { name: 'Show the delivery log' }).click();
      const log = page.getByRole('list', { name: `Deliveries to ${receiver.url}` });
      await log.getByText('Case created').first().waitFor();
      await log.getByText('Delivered', { exact: true }).first().waitFor();
      await endpoints.getByRole('button', { name: 'Send a test' }).click();
      await waitUntil('the test delivery', () => receiver.received.some((entry) => entry.body.type === 'webhook.test'));
      await page.mouse.move(0, 0); // no hover colours in the contrast check
      await checkA11y(context, 'settings-webhooks');
      await shoot(context, 'settings-webhooks.png');
      await look(page, 'settings-webhooks.png');
      expectNoPageErrors(context.pageErrors);

      const phone = await openPhoneAs(context, staff);
      await phone.goto(`${context.baseUrl}/settings/webhooks`);
      await phone
        .getByRole('list', { name: 'Webhook endpoints' })
        .getByRole('button', { name: 'Show the delivery log' })
        .click();
      await phone
        .getByRole('list', { name: `Deliveries to ${receiver.url}` })
        .getByText('Case created')
        .first()
        .waitFor();
      await expectFitsPhone(phone, 'Settings → Webhooks');
      await shoot(context, 'settings-webhooks-phone.png');
      await look(phone, 'settings-webhooks-phone.png');
      await phone.goto(`${context.baseUrl}/settings/api-tokens`);
      await phone.getByRole('list', { name: 'API tokens' }).getByText('CRM sync').waitFor();
      await expectFitsPhone(phone, 'Settings → API tokens');
      await shoot(context, 'settings-api-tokens-phone.png');
      await look(phone, 'settings-api-tokens-phone.png');
      expectNoPageErrors(context.pageErrors);
    } finally {
      await receiver.close();
    }
  },
};
