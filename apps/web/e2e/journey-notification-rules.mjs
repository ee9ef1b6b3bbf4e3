// Issue 16 on a 390 px phone: the helper follows a case and snoozes its chases from the case page's header, pastes
// a message dated 2015 and is asked whether that is right before it applies, and picks which cases reach them in
// Settings → Notifications. Nothing wider than the phone, no page errors. Needs the 'helper' journey first.
import { ApiSession } from './lib/apiClient.mjs';
import { checkA11y } from './lib/axe.mjs';
import { cardCheckFailed } from './lib/seed.mjs';

const stamp = Date.now().toString(36);

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** A phone-sized browser context with `session`'s cookies, as the runner's failure screenshot expects it. */
const openPhoneAs = async (context, session) => {
  await context.browserContext?.close().catch(() => undefined);
  context.browserContext = await context.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
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

/** `part` in view, nothing of the page wider than the phone, no page errors; a screenshot of `part`. */
const checkFits = async (context, part, name) => {
  await part.scrollIntoViewIfNeeded();
  const overflow = await context.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 0, `${name}: the page is ${overflow}px wider than the 390 px phone`);
  expect(context.pageErrors.length === 0, `page errors: ${context.pageErrors.join(' | ')}`);
  const target = context.screenshot(name);
  if (target) await part.screenshot({ path: target });
};

export const notificationRulesJourney = {
  name: 'notification-rules',
  title:
    'on a 390 px phone a helper follows a case, snoozes its chases and wakes it, is asked about a message dated 2015 before it applies, and chooses which cases reach them',
  run: async (context) => {
    const { helper } = context.shared;
    expect(helper, 'needs the helper journey first');
    const staff = new ApiSession(context.baseUrl);
    await staff.logIn(helper.email, helper.password);
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
