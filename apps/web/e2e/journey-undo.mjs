// Undo: the helper, on a 390 px phone, marks a case in Alipay's review as urgent, then approves it by mistake and
// undoes the approval: the case is back in review with its review reminder, and the timeline says who undid what.
// Needs the 'helper' journey first (its confirmed helper).
import { checkA11y } from './lib/axe.mjs';
import { expect, expectNoPageErrors, openPhoneAs, stamp } from './lib/browser.mjs';
import { helperSession } from './lib/sessions.mjs';

export const undoJourney = {
  name: 'undo',
  title:
    'a helper on a 390 px phone marks a case in review urgent, approves it by mistake and undoes it: back in review with its reminder, the undo on the timeline',
  run: async (context) => {
    const staff = await helperSession(context);

    // A bank-card case whose deposit amount was entered: in Alipay's manual review, with its review reminder.
    const client = await staff.post('/api/clients', { passportName: `Mia Okafor ${stamp}` });
    let kase = await staff.post('/api/cases', {
      clientId: client.id,
      type: 'BANK_CARD_VERIFICATION',
      bank: 'ICBC',
      cardLast4: '5566',
    });
    for (const [action, payload] of [
      ['submit', {}],
      ['await_deposit', {}],
      ['confirm_deposit', { amount: '0.0974' }],
    ]) {
      kase = (await staff.post(`/api/cases/${kase.id}/transitions`, { action, version: kase.version, payload })).case;
    }
    expect(kase.state === 'MANUAL_REVIEW', `the case is ${kase.state}, not in review`);

    const page = await openPhoneAs(context, staff);
    await page.goto(`${context.baseUrl}/cases/${kase.id}`);
    await page.getByRole('heading', { level: 1, name: `Mia Okafor ${stamp}` }).waitFor();
    const reminders = page.getByTestId('reminders');
    await reminders.locator('[data-kind="REVIEW_DUE"]').waitFor();

    // Priority: chosen on the case page, saved at once.
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PATCH' && response.url().endsWith(`/api/cases/${kase.id}`),
    );
    await page.getByRole('combobox', { name: 'Priority' }).selectOption('URGENT');
    expect((await saved).ok(), 'the priority was not saved');
    expect((await staff.get(`/api/cases/${kase.id}`)).priority === 'URGENT', 'the API does not say urgent');

    // The mis-click: "Approved" instead of waiting for Alipay.
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Approved' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('h1 + div [data-state="APPROVED"]').waitFor();
    await reminders.locator('[data-kind="REVIEW_DUE"]').waitFor({ state: 'detached' });

    // The notice offers the undo with the time left (10 minutes).
    const undo = page.getByRole('group', { name: 'Undo the last step' });
    await undo.getByText('You moved this case: “Approved”.').waitFor();
    await checkA11y(context, 'case-undo-notice');
    const left = await undo.getByTestId('undo-left').textContent();
    expect(/^(10:00|9:[0-5]\d) left$/.test(left ?? ''), `time left shown as ${left}`);
    const box = await undo.getByRole('button', { name: 'Undo “Approved”' }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390, 'the undo button does not fit the phone’s width');
    await undo.getByRole('button', { name: 'Undo “Approved”' }).click();

    // Back in review, its reminder back, the undo on the timeline; nothing more to undo.
    await page.getByTestId('undo-result').getByText('Undone: the case is back to “Manual review”').waitFor();
    await page.locator('h1 + div [data-state="MANUAL_REVIEW"]').waitFor();
    await reminders.locator('[data-kind="REVIEW_DUE"]').waitFor();
    await page.getByTestId('timeline').getByText('Hana Helper undid “Approved”').waitFor();
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Approved' }).waitFor();
    expect((await undo.count()) === 0, 'the undo is still offered after the undo');
    const after = await staff.get(`/api/cases/${kase.id}`);
    expect(
      after.state === 'MANUAL_REVIEW' && after.undo === null && after.priority === 'URGENT',
      `the API says ${after.state}, undo ${JSON.stringify(after.undo)}, priority ${after.priority}`,
    );
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth <= 390, `the case page is ${pageWidth} px wide on a 390 px phone`);
    expectNoPageErrors(context.pageErrors);
    const target = context.screenshot('case-undo-phone.png');
    if (target) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: target, fullPage: false });
    }
  },
};
