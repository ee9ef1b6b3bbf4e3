// After an M3 rejection ("other valid documents missing") on an in-app passport case: the client, on a 390 px phone,
// reads the same advice as the helper (add the visa, entry stamp and signature page), a "what happens next" that
// names its deadline, taps a source to read what it is, and got the rejection by email; the helper's checklist
// gained the missing documents. Needs the 'helper' journey first (its confirmed helper may invite clients).
import { checkA11y } from './lib/axe.mjs';
import { expect, expectNoPageErrors, openPhoneAs, stamp } from './lib/browser.mjs';
import { waitForMail } from './lib/mail.mjs';
import { clientPortalSession, helperSession } from './lib/sessions.mjs';

export const clientNoticesJourney = {
  name: 'client-notices',
  title:
    'after an M3 rejection the client on a 390 px phone sees the helper’s advice, the named deadline and a tappable source, and was emailed; the checklist gained the documents',
  run: async (context) => {
    const staff = await helperSession(context);

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
    const portal = await clientPortalSession(context, staff, {
      email: clientEmail,
      clientId: client.id,
      displayName: 'Mia Costa',
    });

    await staff.post(`/api/cases/${kase.id}/transitions`, {
      action: 'reject',
      version: kase.version,
      payload: { reasonCode: 'DOCUMENTS_MISSING' },
    });
    await waitForMail(context.baseUrl, clientEmail, /Your Alipay case: Rejected[\s\S]*Add the Chinese visa/);
    const { items: checklist } = await staff.get(`/api/cases/${kase.id}/checklist`);
    expect(
      ['VISA', 'ENTRY_STAMP', 'SIGNATURE_PAGE'].every((document) =>
        checklist.some((item) => item.document === document && item.status === 'REQUESTED'),
      ),
      `checklist: ${JSON.stringify(checklist.map((item) => [item.document, item.status]))}`,
    );

    const page = await openPhoneAs(context, portal);
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
    expectNoPageErrors(context.pageErrors);
    await checkA11y(context, 'portal-source-popover');
    const target = context.screenshot('portal-rejected-phone.png');
    if (target) await page.screenshot({ path: target, fullPage: false });
  },
};
