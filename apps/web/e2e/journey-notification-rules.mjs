// Issue 16 on a 390 px phone: the helper follows a case and snoozes its chases from the case page's header, pastes
// a message dated 2015 and is asked whether that is right before it applies, and picks which cases reach them in
// Settings → Notifications. Nothing wider than the phone, no page errors. Needs the 'helper' journey first.
import { checkA11y } from './lib/axe.mjs';
import { checkFits, expect, openPhoneAs, stamp } from './lib/browser.mjs';
import { cardCheckFailed } from './lib/seed.mjs';
import { helperSession } from './lib/sessions.mjs';

export const notificationRulesJourney = {
  name: 'notification-rules',
  title:
    'on a 390 px phone a helper follows a case, snoozes its chases and wakes it, is asked about a message dated 2015 before it applies, and chooses which cases reach them',
  run: async (context) => {
    const staff = await helperSession(context);
    const client = await staff.post('/api/clients', { passportName: `Lena Vogel ${stamp}` });
    const kase = await staff.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' });
    await staff.post(`/api/cases/${kase.id}/transitions`, {
      action: 'submit',
      version: kase.version,
      payload: { bank: 'BOC', cardLast4: '4321' },
    });

    const page = await openPhoneAs(context, staff);
    await page.goto(`${context.baseUrl}/cases/${kase.id}`);
    const header = page.getByTestId('case-follow-up');
    await header.getByRole('button', { name: /Follow/ }).click();
    await header.getByRole('button', { name: /Following/ }).waitFor();
    await header.getByRole('button', { name: 'Snooze chases' }).click();
    await header.getByLabel('Snooze until').waitFor();
    await checkA11y(context, 'case-snooze');
    await checkFits(context, header, 'case-snooze-phone.png');
    await header.getByRole('button', { name: 'Snooze', exact: true }).click();
    await header.getByTestId('snoozed-until').waitFor();
    await checkFits(context, header, 'case-follow-phone.png');
    await header.getByRole('button', { name: 'Wake now' }).click();
    await header.getByRole('button', { name: 'Snooze chases' }).waitFor();

    // Alipay's message of 2015: asked first, applied when confirmed; no reminder for a date already past.
    const box = page.getByTestId('apply-message');
    await box.getByRole('textbox', { name: 'Alipay message' }).fill(cardCheckFailed);
    await box.getByText('1 message recognised.').waitFor();
    await box.getByRole('button', { name: 'Apply to case' }).click();
    const question = box.getByTestId('stale-date');
    await question.getByText('This message is from 2015 — is that right?').waitFor();
    await checkA11y(context, 'case-stale-date-question');
    await checkFits(context, question, 'stale-date-question-phone.png');
    await question.getByRole('button', { name: 'Yes, apply it' }).click();
    await box.getByText('Applied: the case is now “Rejected”.').waitFor();
    expect((await box.getByTestId('apply-reminder').count()) === 0, 'a reminder was planned for a date in 2015');

    await page.goto(`${context.baseUrl}/settings/notifications`);
    const email = page.getByRole('combobox', { name: /Email at once/ });
    await email.selectOption('MINE');
    await page.getByText('Saved.').waitFor();
    const saved = await staff.get('/api/notifications/preferences');
    expect(saved.email === 'MINE', `email preference not saved: ${JSON.stringify(saved)}`);
    await checkA11y(context, 'settings-notifications-saved');
    await checkFits(context, page.getByRole('main'), 'settings-notifications-phone.png');
  },
};
