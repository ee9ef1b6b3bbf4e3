// The newer screens with realistic data, checked with axe and photographed for the README: on a 1280 px desktop the
// helper's Today with client reports to confirm and unread messages, a case with a client's report and messages,
// the clients list and a client's page, the new-case form for an existing client and its duplicate warning, the
// board narrowed by filters, reports by tag, the import dialog's columns and allowed values, a source's popover; on a
// 390 px phone the invitation page, the portal's "what happens next" and calendar feed. Runs last: needs the
// 'helper' journey (its confirmed helper) and the 'screens' one (its few hundred tagged cases).
import { checkA11y } from './lib/axe.mjs';
import { expect, expectNoPageErrors, openDesktopAs, openPhoneAs, stamp } from './lib/browser.mjs';
import { waitForMail } from './lib/mail.mjs';
import { clientWithPortal, helperSession } from './lib/sessions.mjs';

// What Alipay shows after the amount was entered (M6): a review within 2 days.
const underReview = '支付宝客服将在2天内为你审核。审核完成后，请返回支付宝查看实名认证进度。';

/** The calendar day `days` from now, as the API takes it (YYYY-MM-DD). */
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A screenshot of the page (from its top) or of one part of it; nothing while loading, no page errors. */
const shoot = async (context, name, { part, around, fullPage = true } = {}) => {
  expectNoPageErrors(context.pageErrors);
  const loading = context.page.locator('.mantine-Loader-root:visible');
  await loading
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  const target = context.screenshot(name);
  if (!target) return;
  // The smallest part of the page that holds all of `around` (a popover floats outside its anchor's box), or `part`.
  const parts = around ?? (part ? [part] : undefined);
  if (parts) {
    const popover = around !== undefined;
    // A popover stays where it is, in the middle of the screen; a part is taken from the whole page scrolled to its
    // top, where the sticky header does not cover it.
    if (popover) await parts[0].evaluate((element) => element.scrollIntoView({ block: 'center' }));
    else await context.page.evaluate(() => window.scrollTo(0, 0));
    const boxes = await Promise.all(parts.map((locator) => locator.boundingBox()));
    const pad = popover ? 16 : 0;
    const left = Math.max(0, Math.min(...boxes.map((box) => box.x)) - pad);
    const top = Math.max(0, Math.min(...boxes.map((box) => box.y)) - pad);
    const right = Math.max(...boxes.map((box) => box.x + box.width)) + pad;
    const bottom = Math.max(...boxes.map((box) => box.y + box.height)) + pad;
    await context.page.screenshot({
      path: target,
      fullPage: !popover,
      clip: { x: left, y: top, width: right - left, height: bottom - top },
    });
    return;
  }
  await context.page.evaluate(() => window.scrollTo(0, 0));
  await context.page.screenshot({ path: target, fullPage });
};

/** A client's details as a helper would have filled them in: the bank's spelling of the name and a passport number. */
const filledIn = (name, details) => ({
  bankName: name.toUpperCase().split(' ').reverse().join(' '),
  passportNumber: `C${Math.floor(Math.random() * 9e6 + 1e6)}`,
  ...details,
});

export const screensMoreJourney = {
  name: 'screens-more',
  title:
    'the newer screens with realistic data pass axe and are photographed: Today’s reports and messages, a case with a client’s report, clients, the new-case form, the filtered board, reports by tag, the import dialog, a source, the invitation and the portal on a phone',
  run: async (context) => {
    const staff = await helperSession(context);
    const { user } = await staff.get('/api/auth/me');

    // Two clients write in: Sofia reports the deposit and asks a question, Yuki pastes what Alipay said.
    const sofia = await clientWithPortal(context, staff, {
      name: 'Sofia Bianchi',
      email: `sofia-${stamp}@e2e.example`,
      details: filledIn('Sofia Bianchi', {
        nationality: 'IT',
        birthDate: '1994-03-17',
        passportExpiry: '2031-05-09',
        visaType: 'Z (work)',
        visaExpiry: inDays(240),
        phone: '+86 138 0013 4821',
      }),
      steps: [['submit'], ['await_deposit']],
      caseFields: {
        type: 'BANK_CARD_VERIFICATION',
        bank: 'ICBC',
        cardLast4: '4821',
        tags: ['spring-intake'],
        assigneeId: user.id,
      },
    });
    await sofia.portal.post(`/api/portal/cases/${sofia.kase.id}/proposals`, {
      kind: 'DEPOSIT_ARRIVED',
      amount: '0.0974',
      arrivedOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    });
    await sofia.portal.post(`/api/portal/cases/${sofia.kase.id}/messages`, {
      body: 'The deposit came this morning: 0.0974 yuan. Do I enter it in Alipay now, or wait for you?',
    });
    const yuki = await clientWithPortal(context, staff, {
      name: 'Yuki Sato',
      email: `yuki-${stamp}@e2e.example`,
      details: filledIn('Yuki Sato', { nationality: 'JP', visaType: 'X1 (study)', visaExpiry: inDays(400) }),
      steps: [['submit'], ['await_deposit'], ['confirm_deposit', { amount: '0.1263' }]],
      caseFields: { type: 'BANK_CARD_VERIFICATION', bank: 'CMB', cardLast4: '0517', tags: ['vip'] },
    });
    await yuki.portal.post(`/api/portal/cases/${yuki.kase.id}/proposals`, { kind: 'MESSAGE', text: underReview });
    await yuki.portal.post(`/api/portal/cases/${yuki.kase.id}/messages`, {
      body: 'Alipay says it will review my account within 2 days. Is there anything I should do meanwhile?',
    });

    // Today: the reports to confirm and the unread messages above the deadlines.
    let page = await openDesktopAs(context, staff);
    await page.goto(`${context.baseUrl}/today`);
    await page
      .getByTestId('today-reports')
      .getByRole('listitem', { name: /^Sofia Bianchi says:/ })
      .waitFor();
    await page.getByRole('region', { name: 'Unread messages from clients' }).getByText('Yuki Sato').waitFor();
    await page.getByTestId('today-waiting').getByRole('link').first().waitFor();
    await checkA11y(context, 'today-reports-messages');
    await shoot(context, 'today-reports-messages.png', { fullPage: false });

    // Sofia's case: her report to confirm, her question in the conversation, the details and follow-up.
    await page.goto(`${context.baseUrl}/cases/${sofia.kase.id}`);
    await page.getByRole('heading', { level: 1, name: 'Sofia Bianchi' }).waitFor();
    await page.getByTestId('case-reports').getByText('The deposit arrived').first().waitFor();
    await page
      .getByRole('region', { name: 'Conversation with the client' })
      .getByText('Do I enter it in Alipay now', { exact: false })
      .waitFor();
    await checkA11y(context, 'case-page-client-report');
    await shoot(context, 'case-page-client-report.png', { fullPage: false });

    // The clients list and Sofia's page.
    await page.goto(`${context.baseUrl}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await page.getByRole('list', { name: 'Clients' }).getByRole('listitem').nth(5).waitFor();
    await checkA11y(context, 'clients');
    await shoot(context, 'clients.png', { fullPage: false });
    await page.goto(`${context.baseUrl}/clients/${sofia.client.id}`);
    await page.getByRole('heading', { level: 1, name: 'Sofia Bianchi' }).waitFor();
    await page.getByRole('form', { name: 'Details' }).waitFor();
    await checkA11y(context, 'client-page-desktop');
    await shoot(context, 'client-page.png');

    // A further case for someone already stored: "Existing client", found by name.
    await page.goto(`${context.baseUrl}/cases/new`);
    await page.locator('label', { hasText: 'Existing client' }).click();
    const picker = page.getByRole('combobox', { name: 'Client' });
    await picker.fill('Yuki');
    const option = page.getByRole('option', { name: /^Yuki Sato/ });
    await option.waitFor();
    await checkA11y(context, 'new-case-client-picker');
    await shoot(context, 'new-case-client-picker.png', { fullPage: false });
    await option.click();
    await page.getByRole('heading', { level: 1, name: 'New case for Yuki Sato' }).waitFor();
    await page.getByRole('combobox', { name: 'Case type' }).selectOption('APP_PASSPORT_VERIFICATION');
    await checkA11y(context, 'new-case-existing-client');
    // The same person typed in as a new client: the form says who they probably are.
    await page.goto(`${context.baseUrl}/cases/new`);
    await page.getByRole('textbox', { name: 'Name as on the passport' }).fill('BIANCHI, sofia');
    await page.getByRole('textbox', { name: 'Email' }).fill(`sofia-${stamp}@e2e.example`);
    await page.getByRole('button', { name: 'Create case' }).click();
    const duplicate = page.getByTestId('duplicate-client');
    await duplicate.getByText('This client may already exist').waitFor();
    await checkA11y(context, 'new-case-duplicate-desktop');
    await shoot(context, 'new-case-duplicate.png', { part: duplicate });

    // The board narrowed to bank-card cases tagged "vip", one column for each chosen state.
    await page.goto(
      `${context.baseUrl}/board?type=BANK_CARD_VERIFICATION&tag=vip&state=SUBMITTED,AWAITING_DEPOSIT,MANUAL_REVIEW,APPROVED`,
    );
    await page
      .getByRole('region', { name: /^Manual review:/ })
      .getByRole('link')
      .first()
      .waitFor();
    await checkA11y(context, 'board-filtered');
    await shoot(context, 'board-filters.png');

    // Reports: by tag (cohort).
    await page.goto(`${context.baseUrl}/reports`);
    const byTag = page.getByTestId('report-byTag');
    await byTag.getByRole('button', { name: 'Show only “vip”' }).first().waitFor();
    await checkA11y(context, 'reports-by-tag');
    await shoot(context, 'reports-by-tag.png', { part: byTag });

    // The import dialog with its template links and the columns' allowed values.
    await page.goto(`${context.baseUrl}/cases`);
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import clients and cases' });
    await dialog.getByText('Columns and allowed values').click();
    // The list scrolls in its box: bring the columns with allowed values (language, case type, bank) into view.
    const language = dialog.locator('dt', { hasText: 'Language' }).first();
    await language.waitFor();
    await language.evaluate((term) => {
      const box = term.closest('dl')?.parentElement;
      if (box) box.scrollTop = term.offsetTop - box.offsetTop - 6;
    });
    await checkA11y(context, 'import-dialog');
    await shoot(context, 'import-dialog.png', { fullPage: false });
    await page.keyboard.press('Escape');

    // A source chip's popover, in the Alipay helper's reading of a pasted message (with "Apply to this case").
    await page.goto(`${context.baseUrl}/tools`);
    const reading = page.getByTestId('tools-apply');
    await reading.getByRole('textbox', { name: 'Alipay message' }).fill(underReview);
    await reading.getByText('1 message recognised.').waitFor();
    const chip = reading.getByRole('button', { name: 'Source: The Beijinger guide, 2015' }).first();
    await chip.click();
    const source = page.getByRole('dialog');
    await source.getByRole('link', { name: 'Open the page' }).waitFor();
    await checkA11y(context, 'source-popover');
    await shoot(context, 'source-popover.png', { around: [reading.locator('article[data-code]').first(), source] });

    // On a phone: the invitation's page, then the portal's "what happens next" and calendar feed.
    const mateoEmail = `mateo-${stamp}@e2e.example`;
    const mateo = await staff.post('/api/clients', {
      passportName: 'Mateo Fernández',
      email: mateoEmail,
      emailConsent: true,
      preferredLanguage: 'en',
    });
    await staff.post('/api/cases', { clientId: mateo.id, type: 'APP_PASSPORT_VERIFICATION' });
    await staff.post('/api/organization/invitations', { email: mateoEmail, role: 'CLIENT', clientId: mateo.id });
    const [, token] = await waitForMail(context.baseUrl, mateoEmail, /token=([A-Za-z0-9_-]{20,})/);
    page = await openPhoneAs(context, null);
    await page.goto(`${context.baseUrl}/invitations/accept?token=${token}`);
    await page.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
    await page.getByRole('textbox', { name: 'Your name' }).waitFor();
    await checkA11y(context, 'invitation-accept-phone');
    await shoot(context, 'invitation-accept-phone.png');

    page = await openPhoneAs(context, sofia.portal);
    await page.goto(`${context.baseUrl}/portal/cases/${sofia.kase.id}`);
    const when = page.getByRole('region', { name: 'What happens next, and when' });
    await when
      .getByText(/^Next: /)
      .first()
      .waitFor();
    const calendar = page.getByRole('region', { name: 'Your deadlines in your calendar' });
    await calendar.getByRole('button', { name: 'Add to my calendar' }).click();
    await calendar.getByRole('button', { name: 'Create feed address' }).click();
    await calendar.getByRole('textbox', { name: /Feed address/ }).waitFor();
    await checkA11y(context, 'portal-next-calendar');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `the portal is ${overflow}px wider than the 390 px phone`);
    await shoot(context, 'portal-next-phone.png', { part: when });
    await shoot(context, 'portal-calendar-phone.png', { part: calendar });
  },
};
