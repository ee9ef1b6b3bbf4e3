// API sessions the journeys start from: the 'helper' journey's confirmed helper, and a client's portal account.
import { ApiSession } from './apiClient.mjs';
import { expect, password } from './browser.mjs';
import { waitForMail } from './mail.mjs';

/** The 'helper' journey's confirmed helper, logged in (that journey must have run first). */
export const helperSession = async (context) => {
  const { helper } = context.shared;
  expect(helper, 'needs the helper journey first');
  const staff = new ApiSession(context.baseUrl);
  await staff.logIn(helper.email, helper.password);
  return staff;
};

/** `staff` invites client `clientId` to the portal at `email`; the client accepts (as `displayName`) and logs in. */
export const clientPortalSession = async (context, staff, { email, clientId, displayName }) => {
  await staff.post('/api/organization/invitations', { email, role: 'CLIENT', clientId });
  const [, token] = await waitForMail(context.baseUrl, email, /token=([A-Za-z0-9_-]{20,})/);
  const portal = new ApiSession(context.baseUrl);
  await portal.post('/api/auth/invitations/accept', { token, password, displayName });
  await portal.logIn(email, password);
  return portal;
};

/**
 * A client of `staff` (with `email`, consent to emails, English; `details` add to or override that), a case of theirs
 * (`caseFields`) moved through `steps` (`[action, payload?]` each), and the client's portal session (as
 * `displayName`, `name` by default): `{ client, kase, portal }`.
 */
export const clientWithPortal = async (
  context,
  staff,
  { name, displayName = name, email, details = {}, caseFields = {}, steps = [] },
) => {
  const client = await staff.post('/api/clients', {
    passportName: name,
    email,
    emailConsent: true,
    preferredLanguage: 'en',
    ...details,
  });
  let kase = await staff.post('/api/cases', { clientId: client.id, ...caseFields });
  for (const [action, payload = {}] of steps) {
    kase = (await staff.post(`/api/cases/${kase.id}/transitions`, { action, version: kase.version, payload })).case;
  }
  const portal = await clientPortalSession(context, staff, { email, clientId: client.id, displayName });
  return { client, kase, portal };
};

/**
 * On `page`, signs up for an account of `accountType` (the sign-up page's radio, e.g. /Just me/), with `agencyName`
 * if given, confirms the address from the emailed link and signs in, landing on `landsOn` (a URL glob).
 */
export const signUpInBrowser = async (context, page, { accountType, name, agencyName, email, landsOn }) => {
  await page.goto(`${context.baseUrl}/sign-up`);
  await page.getByRole('radio', { name: accountType }).check();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  if (agencyName) await page.getByRole('textbox', { name: 'Agency name' }).fill(agencyName);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('New password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  // The same answer whether or not the address is taken: check your email, confirm, then sign in.
  await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
  const [confirmLink] = await waitForMail(
    context.baseUrl,
    email,
    /https?:\/\/[^\s"<>]*\/verify-email\?token=[A-Za-z0-9_-]{20,}/,
  );
  const link = new URL(confirmLink);
  await page.goto(`${context.baseUrl}${link.pathname}${link.search}`);
  await page.getByText('Email confirmed').waitFor();
  await page.getByRole('link', { name: 'Sign in' }).last().click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(landsOn);
};
