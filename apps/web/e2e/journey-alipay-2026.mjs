// Issue 18 end to end: a visitor to China (the client) verifies her passport in the Alipay app the 2026 way and binds
// an international card, with an agency helper. Her scans fail until Alipay locks her out for about 3 hours; the
// helper records the lock-out from the message's arrival time (the clock moved back 3 hours, less a few seconds), so
// the SCAN_LOCK_LIFTS reminder fires within the journey; then the scan, the face check and the approval (her
// account tier rises). Her Visa card is declined twice by its bank; the portal's next step says to switch cards.
// Stands alone (its own agency). Screenshots to E2E_SHOTS_DIR when set, and to the run's screenshot folder.
import path from 'node:path';
import { ApiSession } from './lib/apiClient.mjs';
import { checkA11y } from './lib/axe.mjs';
import { expect, expectNoPageErrors, openDesktopAs, openPhoneAs, password, stamp } from './lib/browser.mjs';
import { clientPortalSession } from './lib/sessions.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const snap = async (context, page, name) => {
  const targets = [context.screenshot(name)];
  if (process.env.E2E_SHOTS_DIR) targets.push(path.join(process.env.E2E_SHOTS_DIR, name));
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const target of targets.filter(Boolean)) await page.screenshot({ path: target, fullPage: true });
};

/** Presses an action button of the case page and saves its dialog, filling `fill` first. */
const act = async (page, name, fill = async () => {}) => {
  await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
};

const stateIs = (page, state) => page.locator(`h1 + div [data-state="${state}"]`).waitFor();

export const alipay2026Journey = {
  name: 'alipay-2026',
  title:
    'a visitor’s passport scan locks out, the lock-out reminder fires (clock moved back 3 h), verification approved (tier raised), her Visa declined twice and the next step says switch cards',
  run: async (context) => {
    const staff = new ApiSession(context.baseUrl);
    await staff.signUp({
      email: `h4-helper-${stamp}@e2e.example`,
      password,
      displayName: 'Lin Helper',
      kind: 'AGENCY',
      organizationName: `Visitor Desk ${stamp}`,
    });
    const visitorEmail = `ana-silva-${stamp}@e2e.example`;
    const client = await staff.post('/api/clients', {
      passportName: `ANA SILVA ${stamp}`,
      email: visitorEmail,
      emailConsent: true,
      nationality: 'BR',
    });
    const scan = await staff.post('/api/cases', { clientId: client.id, type: 'PASSPORT_SCAN_VERIFICATION' });

    // The helper's desktop: the passport scan case, its machine drawn with the new states.
    const page = await openDesktopAs(context, staff);
    await page.goto(`${context.baseUrl}/cases/${scan.id}`);
    await page.getByRole('heading', { level: 1, name: `ANA SILVA ${stamp}` }).waitFor();
    await stateIs(page, 'PREPARING');

    // The lock-out message arrived almost 3 hours ago (the clock moved back): recorded now, its lock lifts in seconds.
    const lockedAt = new Date(Date.now() - 3 * 3_600_000 + 20_000);
    let kase = await staff.get(`/api/cases/${scan.id}`);
    kase = (
      await staff.post(`/api/cases/${scan.id}/transitions`, {
        action: 'lock_out',
        version: kase.version,
        payload: {
          originalMessage: 'Too many attempts. Please try again in 3 hours.',
          receivedAt: lockedAt.toISOString(),
        },
      })
    ).case;
    expect(kase.state === 'SCAN_LOCKED', `the case is ${kase.state}, not locked`);
    await page.reload();
    await stateIs(page, 'SCAN_LOCKED');
    const reminders = page.getByTestId('reminders');
    await reminders.locator('[data-kind="SCAN_LOCK_LIFTS"]').waitFor();
    await checkA11y(context, 'alipay-2026-scan-locked');
    await snap(context, page, 'alipay-2026-scan-locked.png');

    // The reminder fires (the scheduler ticks every few seconds): the helper is notified that the lock has lifted.
    let fired;
    for (let tries = 0; tries < 40 && !fired; tries += 1) {
      const { items } = await staff.get('/api/notifications');
      fired = items.find((item) => item.caseId === scan.id && item.kind === 'REMINDER');
      if (!fired) await sleep(2000);
    }
    expect(fired, 'the SCAN_LOCK_LIFTS reminder did not fire');
    expect(/lock/i.test(`${fired.title} ${fired.body}`), `the notification says ${fired.title}: ${fired.body}`);
    await page.reload();
    await page
      .getByRole('button', { name: /Notifications/ })
      .first()
      .click();
    await page
      .getByRole('dialog')
      .getByText(/Passport-scan lock should have lifted/)
      .first()
      .waitFor();
    await snap(context, page, 'alipay-2026-lock-reminder.png');
    await page.keyboard.press('Escape');

    // Scan again, the face check, the review, approved: in the browser, one action at a time.
    await act(page, 'Lock lifted, scan again');
    await stateIs(page, 'PREPARING');
    await act(page, 'Scan accepted, face check');
    await stateIs(page, 'FACE_CHECK');
    await act(page, 'Submit');
    await stateIs(page, 'MANUAL_REVIEW');
    await reminders.locator('[data-kind="REVIEW_DUE"]').waitFor();
    await act(page, 'Approved');
    await stateIs(page, 'APPROVED');
    const verified = await staff.get(`/api/clients/${client.id}`);
    expect(verified.accountTier === 'FACE_VERIFIED', `the tier is ${verified.accountTier}`);

    await page.goto(`${context.baseUrl}/clients/${client.id}`);
    const account = page.getByTestId('client-alipay-account');
    await account.locator('[data-tier="FACE_VERIFIED"]').waitFor();
    await account.getByText(/US\$5,000 a payment/).waitFor();
    await checkA11y(context, 'alipay-2026-client-tier');
    await snap(context, page, 'alipay-2026-client-tier.png');

    // The international card: a Visa from the UK, declined by its bank twice.
    const card = await staff.post('/api/cases', { clientId: client.id, type: 'INTERNATIONAL_CARD_BINDING' });
    await page.goto(`${context.baseUrl}/cases/${card.id}`);
    await stateIs(page, 'PREPARING');
    await act(page, 'Card added, 3-D Secure pending', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Card network' }).selectOption('VISA');
      await dialog.getByRole('textbox', { name: /Issuing country/ }).fill('gb');
      await dialog.getByRole('textbox', { name: 'Last 4 digits of the card' }).fill('4242');
    });
    await stateIs(page, 'THREE_DS_PENDING');
    await act(page, 'Issuing bank declined');
    await stateIs(page, 'ISSUER_DECLINED');
    await act(page, 'Try a card again', async (dialog) => {
      await dialog.getByRole('textbox', { name: 'Last 4 digits of the card' }).fill('4242');
    });
    await stateIs(page, 'THREE_DS_PENDING');
    await act(page, 'Issuing bank declined', async (dialog) => {
      await dialog.getByRole('textbox', { name: 'Original Alipay message' }).fill('Card Issuing Bank Declined');
    });
    await stateIs(page, 'ISSUER_DECLINED');
    const declined = await staff.get(`/api/cases/${card.id}`);
    expect(
      declined.cardDeclines === 2 && declined.cardNetwork === 'VISA' && declined.cardIssuingCountry === 'GB',
      `declines ${declined.cardDeclines}, network ${declined.cardNetwork}, country ${declined.cardIssuingCountry}`,
    );
    await checkA11y(context, 'alipay-2026-card-declined');
    await snap(context, page, 'alipay-2026-card-declined.png');

    // The visitor, on her phone in the portal: the next step is to switch cards.
    const portal = await clientPortalSession(context, staff, {
      email: visitorEmail,
      clientId: client.id,
      displayName: 'Ana Silva',
    });
    const phone = await openPhoneAs(context, portal);
    await phone.goto(`${context.baseUrl}/portal/cases/${card.id}`);
    await phone
      .getByText(/^Switch cards: this card was declined twice by its bank/)
      .first()
      .waitFor();
    await phone.getByText('添加银行卡').first().waitFor();
    await checkA11y(context, 'alipay-2026-portal-switch-cards');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width <= 390, `the portal case is ${width} px wide on a 390 px phone`);
    await snap(context, phone, 'alipay-2026-portal-switch-cards-phone.png');
    expectNoPageErrors(context.pageErrors);
  },
};
