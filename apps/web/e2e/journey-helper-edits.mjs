// Editing what exists: the helper, on a 390 px phone, finds a client on the Clients page, corrects their bank name,
// opens a second case for them from their page (with an assignee), archives and restores that case, and is warned
// when creating the same person again. Needs the 'helper' journey first (its confirmed helper).
import { checkA11y } from './lib/axe.mjs';
import { expect, expectFitsPhone, expectNoPageErrors, openPhoneAs, stamp } from './lib/browser.mjs';
import { helperSession } from './lib/sessions.mjs';

export const helperEditsJourney = {
  name: 'helper-edits',
  title:
    'a helper on a 390 px phone edits a client’s bank name, opens a second case for them with an assignee, archives and restores it, and is warned of a duplicate',
  run: async (context) => {
    const staff = await helperSession(context);
    const name = `Lukas Meyer ${stamp}`;
    const client = await staff.post('/api/clients', {
      passportName: name,
      bankName: 'LUKAS MEYER',
      passportNumber: 'C7XY9876',
      email: `lukas-${stamp}@e2e.example`,
    });
    await staff.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' });

    const page = await openPhoneAs(context, staff);
    await page.goto(`${context.baseUrl}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('9876');
    const row = page.getByRole('list', { name: 'Clients' }).getByRole('listitem').filter({ hasText: name });
    await row.getByText('1 case · 1 open').waitFor();
    await expectFitsPhone(page, 'the clients list');
    await checkA11y(context, 'clients-list');
    await row.getByRole('link', { name }).click();

    // The bank stores the name surname first: correct it in place.
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const details = page.getByRole('form', { name: 'Details' });
    await details.getByRole('textbox', { name: 'Name as the bank stores it' }).fill('MEYER LUKAS');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByText('Saved.').waitFor();
    const saved = await staff.get(`/api/clients/${client.id}`);
    expect(saved.bankName === 'MEYER LUKAS', `the bank name is ${saved.bankName}`);
    await expectFitsPhone(page, 'the client page');
    await checkA11y(context, 'client-page');
    await context.page.evaluate(() => window.scrollTo(0, 0));
    const shot = context.screenshot('client-page-phone.png');
    if (shot) await page.screenshot({ path: shot, fullPage: true });

    // A second case for the same person, from their page, given to the helper.
    await page.getByRole('link', { name: 'New case for this client' }).click();
    await page.getByRole('heading', { level: 1, name: `New case for ${name}` }).waitFor();
    await page.getByRole('combobox', { name: 'Case type' }).selectOption('RESTRICTION_APPEAL');
    await page.getByRole('combobox', { name: 'Assignee' }).selectOption({ label: 'Hana Helper' });
    await checkA11y(context, 'new-case-for-client');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const secondId = page.url().split('/').pop();
    const second = await staff.get(`/api/cases/${secondId}`);
    expect(second.clientId === client.id, 'the second case is not for the same client');
    expect(second.assigneeName === 'Hana Helper', `the second case is assigned to ${second.assigneeName}`);
    const cases = await staff.get(`/api/cases?clientId=${client.id}&archived=include`);
    expect(cases.items.length === 2, `the client has ${cases.items.length} cases`);

    // Archive it (after the confirmation), then restore it.
    await page.getByTestId('case-details').getByRole('button', { name: 'Archive case' }).click();
    await page.getByRole('dialog', { name: 'Archive this case?' }).getByRole('button', { name: 'Archive' }).click();
    const notice = page.getByTestId('case-archived');
    await notice.getByText('This case is archived').waitFor();
    await checkA11y(context, 'case-archived');
    expect((await staff.get(`/api/cases/${secondId}`)).archivedAt !== null, 'the case was not archived');
    await notice.getByRole('button', { name: 'Restore case' }).click();
    await notice.waitFor({ state: 'detached' });
    expect((await staff.get(`/api/cases/${secondId}`)).archivedAt === null, 'the case was not restored');
    await expectFitsPhone(page, 'the case page');

    // The same person again as a new client: the form says who they probably are instead of creating a twin.
    await page.goto(`${context.baseUrl}/cases/new`);
    await page.getByRole('textbox', { name: 'Name as on the passport' }).fill(`MEYER, lukas ${stamp}`);
    await page.getByRole('textbox', { name: 'Passport number' }).fill('X1239876');
    await page.getByRole('button', { name: 'Create case' }).click();
    const warning = page.getByTestId('duplicate-client');
    await warning.getByText('This client may already exist').waitFor();
    await warning.getByText('same passport and name').waitFor();
    await checkA11y(context, 'new-case-duplicate');
    await warning.getByRole('link', { name: 'Open existing' }).click();
    await page.waitForURL(`**/clients/${client.id}`);
    const listed = await staff.get(`/api/clients?q=${encodeURIComponent(`Meyer ${stamp}`)}`);
    expect(listed.items.length === 1, `${listed.items.length} clients named like Lukas`);
    expectNoPageErrors(context.pageErrors);
  },
};
