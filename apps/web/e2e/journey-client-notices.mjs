// After an M3 rejection ("other valid documents missing") on an in-app passport case: the client, on a 390 px phone,
// reads the same advice as the helper (add the visa, entry stamp and signature page), a "what happens next" that
// names its deadline, taps a source to read what it is, and got the rejection by email; the helper's checklist
// gained the missing documents. Needs the 'helper' journey first (its confirmed helper may invite clients).
import { ApiSession } from './lib/apiClient.mjs';
import { checkA11y } from './lib/axe.mjs';
import { waitForMail } from './lib/mail.mjs';

const password = 'a long e2e passphrase 42';
const stamp = Date.now().toString(36);

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

export const clientNoticesJourney = {
  name: 'client-notices',
  title:
    'after an M3 rejection the client on a 390 px phone sees the helper’s advice, the named deadline and a tappable source, and was emailed; the checklist gained the documents',
  run: async (context) => {
    const { helper } = context.shared;
    expect(helper, 'needs the helper journey first');
    const staff = new ApiSession(context.baseUrl);
    await staff.logIn(helper.email, helper.password);

    const clientEmail = `mia-${stamp}@e2e.example`;
    const visaExpiry = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const client = await staff.post('/api/clients', {
      passportName: `Mia Costa ${stamp}`,
      email: clientEmail,
      emailConsent: true,
      preferredLanguage: 'en',
      visaExpiry,
    });
    let kase = await staff.post('/api/cases', { clientId: client.id, type: 'APP_PASSPORT_VERIFICATION' });
    kase = (await staff.post(`/api/cases/${kase.id}/transitions`, { action: 'submit', version: kase.version })).case;
    await staff.post('/api/organization/invitations', { email: clientEmail, role: 'CLIENT', clientId: client.id });
    const [, token] = await waitForMail(context.baseUrl, clientEmail, /token=([A-Za-z0-9_-]{20,})/);
    const portal = new ApiSession(context.baseUrl);
    await portal.post('/api/auth/invitations/accept', { token, password, displayName: 'Mia Costa' });
    await portal.logIn(clientEmail, password);

    await staff.post(`/api/cases/${kase.id}/transitions`, {
      action: 'reject',
      version: kase.version,
      payload: { reasonCode: 'DOCUMENTS_MISSING' },
    });
    await waitForMail(context.baseUrl, clientEmail, /Your Alipay case: Rejected[\s\S]*Add the Chinese visa/);
    const { items: checklist } = await staff.get(`/api/cases/${kase.id}/checklist`);
    expect(
      ['VISA', 'ENTRY_STAMP', 'SIGNATURE_PAGE'].every((document) =>
        checklist.some((item) => item.document === document && item.status === 'MISSING'),
      ),
      `checklist: ${JSON.stringify(checklist.map((item) => [item.document, item.status]))}`,
    );

    context.browserContext = await context.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
      timezoneId: 'Asia/Shanghai',
      reducedMotion: 'reduce',
    });
    await context.browserContext.addCookies(portal.playwrightCookies());
    const page = await context.browserContext.newPage();
    page.setDefaultTimeout(20_000);
    context.page = page;
    context.pageErrors = [];
    page.on('pageerror', (error) => context.pageErrors.push(error.message));
    await page.goto(`${context.baseUrl}/portal/cases/${kase.id}`);

    const todo = page.getByRole('region', { name: 'What to do now' });
    await todo.getByText(/Add the Chinese visa, the entry stamp and the passport page with the signature/).waitFor();
    expect(
      (await todo.getByText(/photo of the passport page/).count()) === 0,
      'the portal still says to re-photograph the passport page',
    );
    const when = page.getByRole('region', { name: 'What happens next, and when' });
    await when.getByText('Next: Document expiring').waitFor();
    await when.getByText(/^Your visa expires on /).waitFor();
    await checkA11y(context, 'portal-rejected');

    const chip = todo.getByRole('button', { name: 'Source: The Beijinger guide, 2015' }).first();
    await chip.tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link', { name: 'Open the page' }).waitFor();
    expect(
      (await dialog.getByRole('link').getAttribute('href'))?.startsWith('https://thebeijinger.com/'),
      'the source links elsewhere',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `the portal is ${overflow}px wider than the 390 px phone`);
    expect(context.pageErrors.length === 0, `page errors: ${context.pageErrors.join(' | ')}`);
    await checkA11y(context, 'portal-source-popover');
    const target = context.screenshot('portal-rejected-phone.png');
    if (target) await page.screenshot({ path: target, fullPage: false });
  },
};
