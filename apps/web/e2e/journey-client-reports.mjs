// Client reports: an agency's client reports from the portal on a phone, the helper confirms from Today, and the
// client is emailed the new state. Needs the 'helper' journey first (its confirmed helper may invite clients).
import { ApiSession } from './lib/apiClient.mjs';
import { checkA11y } from './lib/axe.mjs';
import { waitForMail } from './lib/mail.mjs';

const password = 'a long e2e passphrase 42';
const stamp = Date.now().toString(36);
// What Alipay shows after the amount was entered (M6): a review within 2 days.
const underReview = '支付宝客服将在2天内为你审核。审核完成后，请返回支付宝查看实名认证进度。';

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** A browser context of its own (cookies of `session`), as the runner's failure screenshot expects it. */
const openAs = async (context, session, { phone }) => {
  await context.browserContext?.close().catch(() => undefined);
  context.browserContext = await context.browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    isMobile: phone,
    hasTouch: phone,
    locale: 'en-GB',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  });
  await context.browserContext.addCookies(session.playwrightCookies());
  const page = await context.browserContext.newPage();
  page.setDefaultTimeout(20_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  context.page = page;
  context.pageErrors = errors;
  return page;
};

/** The page, or only `part` of it (taken from the page scrolled to its top, clear of the sticky header). */
const shoot = async (context, name, part) => {
  const target = context.screenshot(name);
  if (!target) return;
  await context.page.evaluate(() => window.scrollTo(0, 0));
  const clip = part ? await part.boundingBox() : undefined;
  await context.page.screenshot({ path: target, fullPage: true, ...(clip ? { clip } : {}) });
};

export const clientReportsJourney = {
  name: 'client-reports',
  title:
    'an agency client on a 390 px phone reports the deposit (0.0974) and pastes Alipay’s message, the helper confirms both from Today, the client is emailed the new state',
  run: async (context) => {
    const { helper } = context.shared;
    expect(helper, 'needs the helper journey first');
    const staff = new ApiSession(context.baseUrl);
    await staff.logIn(helper.email, helper.password);

    // A client with an address and consent, a bank-card case waiting for the deposit, and their portal account.
    const clientEmail = `lena-${stamp}@e2e.example`;
    const client = await staff.post('/api/clients', {
      passportName: `Lena Novak ${stamp}`,
      email: clientEmail,
      emailConsent: true,
      preferredLanguage: 'en',
    });
    let kase = await staff.post('/api/cases', {
      clientId: client.id,
      type: 'BANK_CARD_VERIFICATION',
      bank: 'CMB',
      cardLast4: '4321',
    });
    for (const action of ['submit', 'await_deposit']) {
      kase = (await staff.post(`/api/cases/${kase.id}/transitions`, { action, version: kase.version, payload: {} }))
        .case;
    }
    await staff.post('/api/organization/invitations', { email: clientEmail, role: 'CLIENT', clientId: client.id });
    const [, token] = await waitForMail(context.baseUrl, clientEmail, /token=([A-Za-z0-9_-]{20,})/);
    const portal = new ApiSession(context.baseUrl);
    await portal.post('/api/auth/invitations/accept', { token, password, displayName: 'Lena Novak' });
    await portal.logIn(clientEmail, password);

    // The client, on a phone, reports the deposit and pastes what Alipay said.
    let page = await openAs(context, portal, { phone: true });
    await page.goto(`${context.baseUrl}/portal/cases/${kase.id}`);
    const area = page.getByRole('region', { name: 'Report what happened' });
    await area.waitFor();
    await area.getByRole('button', { name: 'The deposit arrived' }).click();
    const deposit = area.getByRole('form', { name: 'The deposit arrived' });
    await deposit.getByRole('textbox', { name: /Amount received/ }).fill('0.0974');
    await deposit.getByRole('button', { name: 'Send to my helper' }).click();
    await area.getByRole('status').filter({ hasText: 'Sent. Your helper will confirm it.' }).waitFor();

    await area.getByRole('button', { name: 'Alipay said this' }).click();
    const pasted = area.getByRole('form', { name: 'Alipay said this' });
    await pasted.getByRole('textbox', { name: /The message from Alipay/ }).fill(underReview);
    await pasted
      .getByTestId('report-preview')
      .getByText(/review/i)
      .first()
      .waitFor();
    await pasted.getByRole('button', { name: 'Send to my helper' }).click();
    await area.getByRole('status').filter({ hasText: 'Sent.' }).waitFor();
    const reports = area.getByRole('list', { name: 'Your reports' });
    await reports.getByText('0.0974 CNY', { exact: false }).waitFor();
    // "Sent." is still there from the first report: wait for the second one in the list before counting.
    await reports.getByText('Waiting for your helper to confirm').nth(1).waitFor();
    expect(
      (await reports.getByText('Waiting for your helper to confirm').count()) === 2,
      'the two reports are not both shown as waiting',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `the portal is ${overflow}px wider than the 390 px phone`);
    expect(context.pageErrors.length === 0, `page errors: ${context.pageErrors.join(' | ')}`);
    await checkA11y(context, 'portal-report');
    await shoot(context, 'portal-report-phone.png', area);

    // The helper confirms both from Today, one click each.
    page = await openAs(context, staff, { phone: false });
    await page.goto(`${context.baseUrl}/today`);
    const today = page.getByTestId('today-reports');
    const depositItem = today.getByRole('listitem', { name: `Lena Novak ${stamp} says: The deposit arrived` });
    await depositItem.getByText('Confirming records: Deposit amount entered').waitFor();
    await checkA11y(context, 'today-client-reports');
    await depositItem.getByRole('button', { name: 'Confirm' }).click();
    await depositItem.waitFor({ state: 'detached' });
    const messageItem = today.getByRole('listitem', { name: `Lena Novak ${stamp} says: Alipay said this` });
    await messageItem.getByText(underReview).waitFor();
    await messageItem.getByRole('button', { name: 'Confirm' }).click();
    await messageItem.waitFor({ state: 'detached' });

    const after = await staff.get(`/api/cases/${kase.id}`);
    expect(after.state === 'MANUAL_REVIEW', `the case is ${after.state}, not MANUAL_REVIEW`);
    const { items } = await staff.get(`/api/cases/${kase.id}/events`);
    const reported = items.filter((event) => event.data?.reportedBy === 'CLIENT').map((event) => event.action);
    expect(
      JSON.stringify(reported) === JSON.stringify(['confirm_deposit', 'MESSAGE']),
      `reported entries: ${JSON.stringify(reported)}`,
    );
    await page.goto(`${context.baseUrl}/cases/${kase.id}`);
    await page.getByTestId('timeline').getByTestId('reported-by-client').first().waitFor();
    await checkA11y(context, 'case-page-reported');
    expect(context.pageErrors.length === 0, `page errors: ${context.pageErrors.join(' | ')}`);

    // The client is told the new state by email (the outbox delivers on the scheduler's next pass).
    await waitForMail(context.baseUrl, clientEmail, /Your Alipay case: Manual review/);
  },
};
