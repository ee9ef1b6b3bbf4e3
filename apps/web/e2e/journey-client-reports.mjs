// Client reports: an agency's client reports from the portal on a phone, the helper confirms from Today, and the
// client is emailed the new state. Needs the 'helper' journey first (its confirmed helper may invite clients).
import { checkA11y } from './lib/axe.mjs';
import { expect, expectNoPageErrors, openDesktopAs, openPhoneAs, shoot, stamp } from './lib/browser.mjs';
import { waitForMail } from './lib/mail.mjs';
import { clientWithPortal, helperSession } from './lib/sessions.mjs';

// What Alipay shows after the amount was entered (M6): a review within 2 days.
const underReview = '支付宝客服将在2天内为你审核。审核完成后，请返回支付宝查看实名认证进度。';

export const clientReportsJourney = {
  name: 'client-reports',
  title:
    'an agency client on a 390 px phone reports the deposit (0.0974) and pastes Alipay’s message, the helper confirms both from Today, the client is emailed the new state',
  run: async (context) => {
    const staff = await helperSession(context);

    // A client with an address and consent, a bank-card case waiting for the deposit, and their portal account.
    const clientEmail = `lena-${stamp}@e2e.example`;
    const { kase, portal } = await clientWithPortal(context, staff, {
      name: `Lena Novak ${stamp}`,
      displayName: 'Lena Novak',
      email: clientEmail,
      caseFields: { type: 'BANK_CARD_VERIFICATION', bank: 'CMB', cardLast4: '4321' },
      steps: [['submit'], ['await_deposit']],
    });

    // The client, on a phone, reports the deposit and pastes what Alipay said.
    let page = await openPhoneAs(context, portal);
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
    expectNoPageErrors(context.pageErrors);
    await checkA11y(context, 'portal-report');
    await shoot(context, 'portal-report-phone.png', { part: area });

    // The helper confirms both from Today, one click each.
    page = await openDesktopAs(context, staff);
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
    expectNoPageErrors(context.pageErrors);

    // The client is told the new state by email (the outbox delivers on the scheduler's next pass).
    await waitForMail(context.baseUrl, clientEmail, /Your Alipay case: Manual review/);
  },
};
