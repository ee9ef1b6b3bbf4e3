// The case's conversation: an agency's client writes to their helper from the portal on a 390 px phone, the helper
// (also on a phone) sees it marked new on the case page and answers, and the client is emailed the answer.
// Needs the 'helper' journey first (its confirmed helper may invite clients).
import { checkA11y } from './lib/axe.mjs';
import { checkFits, expect, openPhoneAs, stamp } from './lib/browser.mjs';
import { waitForMail } from './lib/mail.mjs';
import { clientPortalSession, helperSession } from './lib/sessions.mjs';

export const conversationJourney = {
  name: 'conversation',
  title:
    'an agency client writes to their helper from the portal on a 390 px phone, the helper sees it new on the case page and answers, the client is emailed the answer',
  run: async (context) => {
    const staff = await helperSession(context);

    const clientEmail = `mei-${stamp}@e2e.example`;
    const client = await staff.post('/api/clients', {
      passportName: `Mei Lin ${stamp}`,
      email: clientEmail,
      emailConsent: true,
      preferredLanguage: 'en',
    });
    const kase = await staff.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' });
    const portal = await clientPortalSession(context, staff, {
      email: clientEmail,
      clientId: client.id,
      displayName: 'Mei Lin',
    });

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
    await checkFits(context, panel, 'conversation-portal-phone.png', { nameInMessage: false });

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
    await checkFits(context, panel, 'conversation-case-phone.png', { nameInMessage: false });
    const read = await staff.get(`/api/cases/${kase.id}/messages`);
    expect(read.unread === 0, `the helper still has ${read.unread} unread after seeing the conversation`);

    // The client is emailed the answer, with a link back to the portal.
    await waitForMail(context.baseUrl, clientEmail, /a new message about your case/);
    await waitForMail(context.baseUrl, clientEmail, new RegExp(`/portal/cases/${kase.id}`));
  },
};
