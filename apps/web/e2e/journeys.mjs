// The journeys `run.mjs` drives, in order; later ones use what earlier ones made (`shared`).
import { existsSync } from 'node:fs';
import { ApiSession } from './lib/apiClient.mjs';
import { checkA11y } from './lib/axe.mjs';
import { expect, expectNoPageErrors, openDesktopAs, openPhoneAs, password, shoot, stamp } from './lib/browser.mjs';
import { waitForMail } from './lib/mail.mjs';
import { cardCheckFailed, seedCases } from './lib/seed.mjs';
import { helperSession, signUpInBrowser } from './lib/sessions.mjs';
import { accountSecurityJourney } from './journey-account-security.mjs';
import { alipay2026Journey } from './journey-alipay-2026.mjs';
import { clientNoticesJourney } from './journey-client-notices.mjs';
import { clientReportsJourney } from './journey-client-reports.mjs';
import { conversationJourney } from './journey-conversation.mjs';
import { documentsJourney } from './journey-documents.mjs';
import { helperEditsJourney } from './journey-helper-edits.mjs';
import { individualJourney } from './journey-individual.mjs';
import { integrationsJourney } from './journey-integrations.mjs';
import { languagesJourney } from './journey-languages.mjs';
import { mailInJourney } from './journey-mail-in.mjs';
import { notificationRulesJourney } from './journey-notification-rules.mjs';
import { screensMoreJourney } from './journey-screens-more.mjs';
import { screenshotsJourney } from './journey-screenshots.mjs';
import { undoJourney } from './journey-undo.mjs';
import { universityJourney } from './journey-university.mjs';

const saveDialog = async (page) => {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
};

export const journeys = [
  {
    name: 'helper',
    title:
      'an agency helper signs up, creates a client and a bank-card case, moves it to awaiting deposit, applies the M1 message (confirming its 2015 date) and sees the retry date',
    run: async (context) => {
      const page = await openDesktopAs(context);
      const email = `helper-${stamp}@e2e.example`;
      context.shared.helper = { email, password };

      await signUpInBrowser(context, page, {
        accountType: /A relocation agency/,
        name: 'Hana Helper',
        agencyName: 'Bridge Relocation',
        email,
        landsOn: '**/today',
      });
      await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

      await page.getByRole('navigation').getByRole('link', { name: 'Cases' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
      await page.getByRole('link', { name: 'New case' }).click();
      await page.getByRole('heading', { level: 1, name: 'New client and case' }).waitFor();
      await page.getByRole('textbox', { name: 'Name as on the passport' }).fill('Anna Schmidt');
      await page.getByRole('textbox', { name: 'Name as the bank stores it' }).fill('SCHMIDT ANNA');
      await page.getByRole('textbox', { name: 'Passport number' }).fill('C01X2345');
      await page.getByRole('textbox', { name: 'Email' }).fill(`anna-${stamp}@e2e.example`);
      await page.getByRole('combobox', { name: 'Case type' }).selectOption('BANK_CARD_VERIFICATION');
      await page.getByRole('combobox', { name: 'Bank of the card' }).selectOption('BOC');
      await page.getByRole('textbox', { name: 'Last 4 digits of the card' }).fill('1234');
      await checkA11y(context, 'new-case');
      await page.getByRole('button', { name: 'Create case' }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      const caseId = page.url().split('/').pop();
      context.shared.caseId = caseId;
      await page.getByRole('heading', { level: 1, name: 'Anna Schmidt' }).waitFor();

      // Submit, then Alipay accepts it: awaiting the micro-deposit.
      await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Submit' }).click();
      await saveDialog(page);
      await page
        .getByRole('group', { name: 'Actions' })
        .getByRole('button', { name: 'Application accepted, awaiting deposit' })
        .click();
      await saveDialog(page);
      await page.locator('h1 + div [data-state="AWAITING_DEPOSIT"]').waitFor();

      // The card check fails: paste Alipay's message exactly as ALIPAY.md quotes it (M1) and apply it.
      const box = page.getByTestId('apply-message');
      await box.getByRole('textbox', { name: 'Alipay message' }).fill(cardCheckFailed);
      await box.getByText('1 message recognised.').waitFor();
      await box.getByRole('button', { name: 'Apply to case' }).click();
      // A message of 2015: the app asks whether so old a date is right before it applies it.
      await box.getByTestId('stale-date').getByText('This message is from 2015 — is that right?').waitFor();
      await box.getByRole('button', { name: 'Yes, apply it' }).click();
      await box.getByText('Applied: the case is now “Rejected”.').waitFor();
      const retry = await box.getByTestId('apply-retry').textContent();
      expect(
        retry?.includes('Sunday, 18 October 2015') || retry?.includes('October 18, 2015'),
        `retry date not shown: ${retry}`,
      );
      // That date was long past when it was recorded: no reminder (nor "overdue" mail) for it.
      expect((await box.getByTestId('apply-reminder').count()) === 0, 'a reminder was planned for a date in 2015');
      await page.locator('h1 + div [data-state="REJECTED"]').waitFor();
      await page.getByTestId('timeline').getByText(cardCheckFailed).first().waitFor();
      expectNoPageErrors(context.pageErrors);
      await checkA11y(context, 'case-page');
      await shoot(context, 'case-page.png');
    },
  },
  {
    name: 'client',
    title: 'the client, invited by the helper, accepts the emailed invitation on a phone and sees their timeline',
    run: async (context) => {
      const { helper, caseId } = context.shared;
      expect(helper && caseId, 'needs the helper journey first');
      const api = new ApiSession(context.baseUrl);
      await api.logIn(helper.email, helper.password);
      const caseRecord = await api.get(`/api/cases/${caseId}`);
      // Only a confirmed address may send invitations: the helper confirmed theirs at sign-up (the helper journey).
      const clientEmail = `anna-${stamp}@e2e.example`;
      await api.post('/api/organization/invitations', {
        email: clientEmail,
        role: 'CLIENT',
        clientId: caseRecord.clientId,
      });
      const [, token] = await waitForMail(context.baseUrl, clientEmail, /token=([A-Za-z0-9_-]{20,})/);

      const page = await openPhoneAs(context);
      await page.goto(`${context.baseUrl}/invitations/accept?token=${token}`);
      await page.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
      await checkA11y(context, 'invitation-accept');
      await page.getByRole('textbox', { name: 'Your name' }).fill('Anna Schmidt');
      await page.getByLabel('New password').fill(password);
      await page.getByRole('button', { name: 'Create account and join' }).click();
      await page.waitForURL(/\/portal/);
      const timeline = page.getByRole('heading', { name: 'What happened so far' });
      // One case opens at once; with several, the portal lists them first.
      await timeline
        .or(page.locator(`a[href="/portal/cases/${caseId}"]`))
        .first()
        .waitFor();
      if (!(await timeline.isVisible())) {
        await page.locator(`a[href="/portal/cases/${caseId}"]`).first().click();
      }
      await timeline.waitFor();
      await page.getByText(cardCheckFailed).first().waitFor();
      expectNoPageErrors(context.pageErrors);
      await checkA11y(context, 'portal');
      // The portal belongs to another engineer; take its phone screenshot only when there is none yet.
      if (!existsSync(context.screenshot('portal-phone.png') ?? '/')) await shoot(context, 'portal-phone.png');
    },
  },
  {
    name: 'stranger',
    title: 'a helper of another organization cannot open the case (404 from the API, not-found screen in the app)',
    run: async (context) => {
      const { caseId } = context.shared;
      expect(caseId, 'needs the helper journey first');
      const stranger = new ApiSession(context.baseUrl);
      await stranger.signUp({
        email: `stranger-${stamp}@e2e.example`,
        password,
        displayName: 'Sam Stranger',
        kind: 'AGENCY',
        organizationName: 'Other Agency',
      });
      const answer = await stranger.get(`/api/cases/${caseId}`).catch((error) => error);
      expect(answer?.status === 404, `the API answered ${answer?.status ?? 200} instead of 404`);

      const page = await openDesktopAs(context);
      await context.browserContext.addCookies(
        stranger.playwrightCookies().map((cookie) => ({ ...cookie, domain: new URL(context.baseUrl).hostname })),
      );
      await page.goto(`${context.baseUrl}/cases/${caseId}`);
      await page.getByRole('heading', { level: 1, name: 'Case not found' }).waitFor();
      expect(
        (await page.getByText('Anna Schmidt').count()) === 0,
        'the other organization’s client name is on the page',
      );
    },
  },
  {
    name: 'screens',
    title: 'the main screens with a few hundred cases (Today, cases list, board, reports) render without errors',
    run: async (context) => {
      const api = await helperSession(context);
      await seedCases(api, 240, { prefix: 'SHOT' });

      const page = await openDesktopAs(context);
      await context.browserContext.addCookies(api.playwrightCookies());
      await page.goto(`${context.baseUrl}/today`);
      await page.getByTestId('today-waiting').getByRole('link').first().waitFor();
      await checkA11y(context, 'today');
      await shoot(context, 'today.png');

      await page.goto(`${context.baseUrl}/cases`);
      await page.getByRole('table', { name: 'Cases' }).getByRole('row').nth(5).waitFor();
      await checkA11y(context, 'cases-list');
      await shoot(context, 'cases-list.png', { fullPage: false });

      await page.goto(`${context.baseUrl}/board`);
      await page
        .getByRole('region', { name: /^Awaiting deposit:/ })
        .getByRole('link')
        .first()
        .waitFor();
      await checkA11y(context, 'board');
      await shoot(context, 'board.png', { fullPage: false });

      await page.goto(`${context.baseUrl}/reports`);
      await page.getByRole('table', { name: 'Cases by state' }).waitFor();
      await checkA11y(context, 'reports');
      await shoot(context, 'reports.png');
      expectNoPageErrors(context.pageErrors);
    },
  },
  clientReportsJourney,
  clientNoticesJourney,
  conversationJourney,
  individualJourney,
  undoJourney,
  helperEditsJourney,
  notificationRulesJourney,
  universityJourney,
  documentsJourney,
  screenshotsJourney,
  mailInJourney,
  accountSecurityJourney,
  integrationsJourney,
  alipay2026Journey,
  languagesJourney,
  // Last: photographs the newer screens with the data the journeys before it made.
  screensMoreJourney,
];
