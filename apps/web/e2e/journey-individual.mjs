// An individual ("Just me") does their whole case alone, on a 390 px phone: sign-up and the emailed confirmation,
// the case-type chooser, the short form about themselves, submit, the deposit, Alipay's M1 rejection pasted into the
// Alipay helper and applied to their case (retry date and reminder), then their settings. Needs no other journey.
import { checkA11y } from './lib/axe.mjs';
import { expect, expectFitsPhone, expectNoPageErrors, openPhoneAs, shoot, stamp } from './lib/browser.mjs';
import { signUpInBrowser } from './lib/sessions.mjs';

// Alipay's M1 (a failed card check) as ALIPAY.md quotes it (S2), dated five days from now in Beijing: the same card may
// be used again then, so the retry reminder waits (a date already past plans no reminder).
const retryDay = new Date(Date.now() + 5 * 86_400_000);
const inBeijing = (options) => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', ...options });
const [year, month, day] = ['year', 'month', 'day'].map((unit) =>
  inBeijing({ [unit]: 'numeric' })
    .format(retryDay)
    .replace(/\D/g, ''),
);
const cardCheckFailed = `你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(${year}年${month}月${day}日)使用原银行卡重新认证, 撤销本次认证。`;
const retryShown = [
  inBeijing({ month: 'long', day: 'numeric', year: 'numeric' }).format(retryDay),
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(retryDay),
];

const answer = async (page, question, option) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option }).check();

/** One of the case page's actions, saved through its dialog (with the dialog's fields filled first). */
const act = async (page, action, fill = async () => undefined) => {
  await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
};

export const individualJourney = {
  name: 'individual',
  title:
    'an individual on a 390 px phone signs up as "Just me", picks the case type with the chooser, submits, records the deposit, applies a pasted M1 rejection (same card in 5 days) from the Alipay helper and sees the retry date and its reminder; their settings fit the phone',
  run: async (context) => {
    const page = await openPhoneAs(context);
    const email = `ana-${stamp}@e2e.example`;

    // Sign up as "Just me", confirm the address from the email, sign in: an individual lands on "My case".
    await signUpInBrowser(context, page, {
      accountType: /Just me/,
      name: 'Ana Lima',
      email,
      landsOn: '**/portal',
    });

    // "Create my case": three plain questions, the recommendation and why, then a form about themselves.
    await page.getByRole('link', { name: 'Create my case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create my case' }).waitFor();
    await answer(page, 'Is your Alipay account restricted?', 'No');
    await answer(page, 'Do you have a mainland China bank card?', 'Yes');
    await answer(page, 'Are you visiting or living in China?', 'Living in China');
    const recommendation = page.getByTestId('case-type-recommendation');
    await recommendation.getByRole('heading', { name: 'Mainland card quick binding (快捷绑卡)' }).waitFor();
    expect(
      (await recommendation.getAttribute('data-type')) === 'MAINLAND_CARD_QUICK_BINDING',
      'the chooser did not recommend quick binding of the mainland card',
    );
    await recommendation.getByText(/receive money and pay people/).waitFor();
    await expectFitsPhone(page, 'the case-type chooser');
    await checkA11y(context, 'individual-chooser');
    await shoot(context, 'individual-chooser-phone.png');
    // Ana applied the older way (the micro-deposit) before she found Waiji, so she picks that type herself.
    await page.getByRole('combobox', { name: 'Or choose the type yourself' }).selectOption('BANK_CARD_VERIFICATION');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    const name = page.getByRole('textbox', { name: 'Your name as on your passport' });
    expect((await name.inputValue()) === 'Ana Lima', 'the form did not start from the account’s name');
    expect((await page.getByText(/client/i).count()) === 0, 'the individual’s form speaks of a client');
    await page.getByRole('textbox', { name: 'Your name as your bank stores it' }).fill('LIMA ANA');
    await page.getByRole('combobox', { name: 'Bank of your card' }).selectOption('BOC');
    await page.getByRole('textbox', { name: 'Last 4 digits of your card' }).fill('1234');
    await expectFitsPhone(page, 'the individual’s new-case form');
    await checkA11y(context, 'individual-new-case');
    await page.getByRole('button', { name: 'Create my case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = page.url().split('/').pop();
    await page.getByRole('heading', { level: 1, name: 'Ana Lima' }).waitFor();

    // Submitted, accepted by Alipay, and the micro-deposit's amount entered: Alipay reviews.
    await act(page, 'Submit');
    await act(page, 'Application accepted, awaiting deposit');
    await act(page, 'Deposit amount entered', (dialog) =>
      dialog.getByRole('textbox', { name: /Deposit amount/ }).fill('0.0974'),
    );
    await page.locator('h1 + div [data-state="MANUAL_REVIEW"]').waitFor();

    // Alipay rejects the card (M1): pasted into the public Alipay helper and applied to the case with one click.
    await page.goto(`${context.baseUrl}/tools`);
    const box = page.getByTestId('tools-apply');
    await box.getByTestId('apply-target').getByText('Manual review').waitFor();
    await box.getByRole('textbox', { name: 'Alipay message' }).fill(cardCheckFailed);
    await box.getByText('1 message recognised.').waitFor();
    await box.getByRole('button', { name: 'Apply to my case' }).click();
    await box.getByText('Applied: the case is now “Rejected”.').waitFor();
    const retry = await box.getByTestId('apply-retry').textContent();
    expect(
      retryShown.some((date) => retry?.includes(date)),
      `retry date ${retryShown.join(' or ')} not shown: ${retry}`,
    );
    const reminder = box.getByTestId('apply-reminder');
    await reminder.waitFor();
    expect(
      (await reminder.getAttribute('data-kind')) === 'RETRY_ALLOWED',
      'the reminder shown is not the retry reminder',
    );
    await expectFitsPhone(page, 'the Alipay helper with its applied result');
    await checkA11y(context, 'tools-applied');
    const applied = context.screenshot('tools-apply-phone.png');
    if (applied) {
      // From the whole page scrolled to its top, so that the sticky header does not cover the box.
      await page.evaluate(() => window.scrollTo(0, 0));
      const { x, y, width, height } = await box.boundingBox();
      const clip = { x: x - 12, y: y - 12, width: width + 24, height: height + 24 };
      await page.screenshot({ path: applied, fullPage: true, clip });
    }
    await box.getByRole('link', { name: 'Open the case' }).click();
    await page.waitForURL(`**/cases/${caseId}`);
    await page.locator('h1 + div [data-state="REJECTED"]').waitFor();
    await page.getByTestId('reminders').locator('[data-kind="RETRY_ALLOWED"]').waitFor();

    // Settings: only what applies to one person, and each fits the phone.
    await page.goto(`${context.baseUrl}/settings`);
    await page.waitForURL('**/settings/profile');
    const sectionNav = page.getByRole('navigation', { name: 'Settings sections' });
    await sectionNav.getByRole('link', { name: 'Profile' }).waitFor();
    const sections = await sectionNav.getByRole('link').allTextContents();
    expect(
      sections.join(',') ===
        'Profile,Notifications,Language,Calendar feed,Security,Email delivery,Incoming email,API tokens,Webhooks',
      `an individual's settings sections are ${sections.join(', ')}`,
    );
    await page.getByRole('textbox', { name: /Your name/ }).waitFor();
    await expectFitsPhone(page, 'settings: profile');
    await checkA11y(context, 'settings-profile');
    // Notifications, the calendar and email delivery belong to other engineers: any section heading will do for them.
    // Security comes last: the screenshot shows it.
    for (const [section, heading] of [
      ['notifications', undefined],
      ['language', 'Language'],
      ['calendar', undefined],
      ['email', undefined],
      ['security', 'Security'],
    ]) {
      await page.goto(`${context.baseUrl}/settings/${section}`);
      await page
        .getByRole('main')
        .getByRole('heading', { level: 2, ...(heading ? { name: heading, exact: true } : {}) })
        .first()
        .waitFor();
      await page
        .getByRole('main')
        .getByRole('status')
        .first()
        .waitFor({ state: 'detached', timeout: 5_000 })
        .catch(() => undefined);
      await expectFitsPhone(page, `settings: ${section}`);
      await checkA11y(context, `settings-${section}`);
      // The sections scroll sideways on a phone: the open one is brought into view.
      const open = page.getByRole('navigation', { name: 'Settings sections' }).locator('[aria-current="page"]');
      await page.waitForFunction(
        (link) => {
          const box = link?.getBoundingClientRect();
          return box !== undefined && box.left >= 0 && box.right <= window.innerWidth + 0.5;
        },
        await open.elementHandle(),
      );
    }
    await shoot(context, 'individual-settings-phone.png');
    expectNoPageErrors(context.pageErrors);
  },
};
