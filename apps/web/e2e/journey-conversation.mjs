// The case's conversation: an agency's client writes to their helper from the portal on a 390 px phone, the helper
// (also on a phone) sees it marked new on the case page and answers, and the client is emailed the answer.
// Needs the 'helper' journey first (its confirmed helper may invite clients).
import { ApiSession } from './lib/apiClient.mjs';
import { checkA11y } from './lib/axe.mjs';
import { waitForMail } from './lib/mail.mjs';

const password = 'a long e2e passphrase 42';
const stamp = Date.now().toString(36);

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** A browser context of its own (cookies of `session`) on a phone, as the runner's failure screenshot expects it. */
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

/** The panel in view, and nothing of the page wider than the phone. */
const checkFits = async (context, panel, name) => {
  await panel.scrollIntoViewIfNeeded();
  const overflow = await context.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 0, `the page is ${overflow}px wider than the 390 px phone`);
  expect(context.pageErrors.length === 0, `page errors: ${context.pageErrors.join(' | ')}`);
  const target = context.screenshot(name);
  if (target) await panel.screenshot({ path: target });
};

export const conversationJourney = {
  name: 'conversation',
  title:
    'an agency client writes to their helper from the portal on a 390 px phone, the helper sees it new on the case page and answers, the client is emailed the answer',
  run: async (context) => {
    const { helper } = context.shared;
    expect(helper, 'needs the helper journey first');
    const staff = new ApiSession(context.baseUrl);
    await staff.logIn(helper.email, helper.password);

    const clientEmail = `mei-${stamp}@e2e.example`;
    const client = await staff.post('/api/clients', {
      passportName: `Mei Lin ${stamp}`,
      email: clientEmail,
      emailConsent: true,
      preferredLanguage: 'en',
    });
    const kase = await staff.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' });
    await staff.post('/api/organization/invitations', { email: clientEmail, role: 'CLIENT', clientId: client.id });
    const [, token] = await waitForMail(context.baseUrl, clientEmail, /token=([A-Za-z0-9_-]{20,})/);
    const portal = new ApiSession(context.baseUrl);
    await portal.post('/api/auth/invitations/accept', { token, password, displayName: 'Mei Lin' });
    await portal.logIn(clientEmail, password);

    // The client writes from the portal.
    let page = await openPhoneAs(context, portal);
    await page.goto(`${context.baseUrl}/portal/cases/${kase.id}`);
    let panel = page.getByRole('region', { name: 'Messages with your helper' });
    await panel.getByText('No messages yet.', { exact: false }).waitFor();
    const question = 'My bank says the card is fine. Should I try again today, or wait for Alipay?';
    await panel.getByRole('textbox', { name: 'Your message' }).fill(question);
    await panel.getByRole('button', { name: 'Send' }).click();
    await panel.getByRole('list', { name: 'Messages, oldest first' }).getByText(question).waitFor();
    await checkA11y(context, 'portal-conversation');
    await checkFits(context, panel, 'conversation-portal-phone.png');

    // The helper sees it new on the case page, and answers.
    page = await openPhoneAs(context, staff);
    await page.goto(`${context.baseUrl}/cases/${kase.id}`);
    panel = page.getByRole('region', { name: 'Conversation with the client' });
    const list = panel.getByRole('list', { name: 'Messages, oldest first' });
    await list.getByText(question).waitFor();
    await panel.getByTestId('conversation-unread').getByText('1 new').waitFor();
    const answer = 'Please wait: the same card may be used again from Friday. I will remind you.';
    await panel.getByRole('textbox', { name: 'Your message' }).fill(answer);
    await panel.getByRole('button', { name: 'Send' }).click();
    await list.getByText(answer).waitFor();
    await checkA11y(context, 'case-conversation');
    await checkFits(context, panel, 'conversation-case-phone.png');
    const read = await staff.get(`/api/cases/${kase.id}/messages`);
    expect(read.unread === 0, `the helper still has ${read.unread} unread after seeing the conversation`);

    // The client is emailed the answer, with a link back to the portal.
    await waitForMail(context.baseUrl, clientEmail, /a new message about your case/);
    await waitForMail(context.baseUrl, clientEmail, new RegExp(`/portal/cases/${kase.id}`));
  },
};
