// Documents (issue 17): an agency's client on a 390 px phone photographs their passport's data page — a blurred photo
// first, which the checks refuse in plain words with "Retake" — then a sharp one, whose machine-readable lines the
// API reads after the upload; the helper on a desktop reviews it side by side with the client's record, copies the
// passport's name order into the record (confirmed), accepts it and waives the entry stamp with a note: the requests
// read "ready to submit" (so does Today) and the pre-submission checks no longer miss the passport. Needs the 'helper'
// journey first. The photos are generated here (a synthetic data page, the documents benchmark's own renderer; no real
// person).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { requireTs } from '../../../tools/bench/documents-load-ts.mjs';
import { checkA11y } from './lib/axe.mjs';
import { expect, expectFitsPhone, expectNoPageErrors, openDesktopAs, openPhoneAs, stamp } from './lib/browser.mjs';
import { clientPortalSession, helperSession } from './lib/sessions.mjs';

const passport = {
  issuingState: 'NZL',
  surname: 'OKAFOR',
  givenNames: 'GRACE',
  documentNumber: 'LA7214589',
  nationality: 'NZL',
  birthDate: '1994-03-12',
  sex: 'F',
  expiryDate: '2031-08-20',
  personalNumber: '',
};

/** The blurred and the sharp photo of the data page, as JPEG files the phone's file chooser is handed. */
const photographs = async (dir) => {
  const { degrade, renderDataPage } = requireTs('apps/api/src/documents/inspection/synthetic-page.ts');
  const page = await renderDataPage(passport, { width: 1800, margin: 0.06 });
  const blurred = path.join(dir, `passport-blurred-${stamp}.jpg`);
  const sharp = path.join(dir, `passport-${stamp}.jpg`);
  await writeFile(blurred, await degrade(page, { blur: 9, quality: 85 }));
  await writeFile(sharp, await degrade(page, { rotate: 0.8, noise: 2, quality: 92, unevenLight: 0.1 }));
  return { blurred, sharp };
};

/**
 * A screenshot of `part` as `name`: for docs/screenshots when screenshots are on, and for a person to look at when
 * E2E_EXTRA_SHOTS names a folder. Parts of the page are cut from a full-page capture scrolled to the top (the sticky
 * header stays up there); a dialog (`fixed`) is captured as it is on screen.
 */
const snap = async (context, name, part, { docs = false, fixed = false } = {}) => {
  const targets = [
    docs ? context.screenshot(name) : undefined,
    process.env.E2E_EXTRA_SHOTS && path.join(process.env.E2E_EXTRA_SHOTS, name),
  ].filter(Boolean);
  if (targets.length === 0) return;
  if (fixed) {
    for (const target of targets) await part.screenshot({ path: target });
    return;
  }
  await context.page.evaluate(() => window.scrollTo(0, 0));
  const clip = part ? await part.boundingBox() : undefined;
  for (const target of targets)
    await context.page.screenshot({ path: target, fullPage: true, ...(clip ? { clip } : {}) });
};

export const documentsJourney = {
  name: 'documents',
  title:
    'a client on a 390 px phone photographs the passport page: a blurred photo gets "retake", a sharp one is read (MRZ); the helper reviews it beside the record, updates the name from the passport, accepts it and waives the entry stamp — ready to submit, the checks no longer miss it',
  run: async (context) => {
    const staff = await helperSession(context);
    const photos = await photographs(context.artifacts);

    // The client's record types the name in the usual order; the passport has OKAFOR GRACE.
    const clientEmail = `grace-${stamp}@e2e.example`;
    const client = await staff.post('/api/clients', {
      passportName: 'Grace Okafor',
      passportNumber: passport.documentNumber,
      nationality: 'NZL',
      birthDate: passport.birthDate,
      passportExpiry: passport.expiryDate,
      email: clientEmail,
      emailConsent: true,
      preferredLanguage: 'en',
    });
    const kase = await staff.post('/api/cases', {
      clientId: client.id,
      type: 'BANK_CARD_VERIFICATION',
      bank: 'ICBC',
      cardLast4: '7788',
    });
    const portal = await clientPortalSession(context, staff, {
      email: clientEmail,
      clientId: client.id,
      displayName: 'Grace Okafor',
    });

    // ---- The client, on a phone: what is asked, the guide, a blurred photo, then a sharp one.
    let page = await openPhoneAs(context, portal);
    await page.goto(`${context.baseUrl}/portal/cases/${kase.id}`);
    const section = page.getByTestId('portal-documents');
    const item = section.getByRole('listitem', { name: 'Passport data (bio) page' });
    await item.waitFor();
    await item.getByText('What a good photo looks like').click();
    await item.getByText('All four corners in the picture').waitFor();
    await expectFitsPhone(page, 'the documents to send');
    await checkA11y(context, 'portal-documents');

    await item.getByTestId('photo-input-PASSPORT_BIO').setInputFiles(photos.blurred);
    const after = item.getByTestId('after-upload');
    await after.getByText('The photo is blurred.', { exact: false }).waitFor({ timeout: 30_000 });
    await after.getByText('Please retake this photo.').waitFor();
    await item.getByRole('button', { name: 'Retake the photo' }).waitFor();
    await expectFitsPhone(page, 'the finding after the upload');
    await checkA11y(context, 'portal-documents-finding');
    await snap(context, 'documents-retake-phone.png', item, { docs: true });

    await item.getByTestId('photo-input-PASSPORT_BIO').setInputFiles(photos.sharp);
    // The passport's lines are read after the upload answer; the portal asks again until they are.
    await after
      .filter({ hasNot: page.getByText('The photo is blurred.', { exact: false }) })
      .waitFor({ timeout: 30_000 });
    await item.getByText('Sent — waiting for your helper to check it.').waitFor({ timeout: 30_000 });
    await page
      .getByText('Reading the passport’s machine-readable lines…')
      .waitFor({ state: 'detached', timeout: 60_000 });
    expectNoPageErrors(context.pageErrors);
    await snap(context, 'documents-sent-phone.png', section);

    // ---- The helper, on a desktop: the request is uploaded; review the newest file side by side.
    page = await openDesktopAs(context, staff);
    await page.goto(`${context.baseUrl}/cases/${kase.id}`);
    const panel = page.getByTestId('documents');
    const row = panel.getByRole('listitem', { name: 'Passport data (bio) page' });
    await panel.locator('li[data-document="PASSPORT_BIO"][data-status="UPLOADED"]').waitFor();
    expect((await row.getByTestId('document-file').count()) === 2, 'the passport row does not list both files');
    const checks = page.getByTestId('checks');
    await checks.getByText('Missing: Passport data (bio) page', { exact: false }).first().waitFor();
    await checkA11y(context, 'case-documents');
    await snap(context, 'documents-case-before.png', panel);

    await row.getByRole('button', { name: 'Review Passport data (bio) page' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Review: Passport data (bio) page' });
    await dialog.getByRole('img', { name: 'The uploaded Passport data (bio) page' }).waitFor();
    await dialog.getByTestId('mrz-fields').getByText('OKAFOR GRACE').waitFor({ timeout: 60_000 });
    await dialog.getByText('The name on the passport reads OKAFOR GRACE', { exact: false }).waitFor();
    await dialog.getByTestId('client-record').getByText('Grace Okafor').waitFor();
    await checkA11y(context, 'document-review');
    await snap(context, 'documents-review.png', dialog, { docs: true, fixed: true });

    // Copy the passport's name into the record (asked first), then accept.
    await dialog.getByRole('button', { name: 'Update the client’s record from the passport' }).click();
    const confirm = page.getByRole('dialog', { name: 'Update the client’s record?' });
    await confirm.getByRole('button', { name: 'Update the record' }).click();
    await confirm.waitFor({ state: 'detached' });
    await dialog.getByText(/The record was updated/).waitFor();
    const updated = await staff.get(`/api/clients/${client.id}`);
    expect(updated.passportName === 'OKAFOR GRACE', `the record's name is ${updated.passportName}`);
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await dialog.getByTestId('document-status').getByText('Accepted').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await row.getByTestId('request-status').getByText('Accepted').waitFor();

    // The entry stamp is not needed here (a residence permit is on its way, say): waived with a note.
    const stampRow = panel.getByRole('listitem', { name: 'Entry stamp or residence permit' });
    await stampRow.getByRole('button', { name: 'Mark not needed: Entry stamp or residence permit' }).click();
    const waive = page.getByRole('dialog', { name: 'Not needed: Entry stamp or residence permit' });
    await waive
      .getByRole('textbox', { name: /Why is it not needed/ })
      .fill('Residence permit sent by post to the bank.');
    await waive.getByRole('button', { name: 'Mark as not needed' }).click();
    await waive.waitFor({ state: 'detached' });
    await panel.getByText('Every required document is accepted or waived: ready to submit.').waitFor();
    const documents = await staff.get(`/api/cases/${kase.id}/documents`);
    expect(documents.readyToSubmit === true, 'the API does not say ready to submit');
    // The pre-submission checks count the accepted passport.
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="checks"]')?.textContent?.includes('Missing: Passport data (bio) page'),
      undefined,
      { timeout: 20_000 },
    );
    expectNoPageErrors(context.pageErrors);
    await checkA11y(context, 'case-documents-ready');
    await snap(context, 'documents-case.png', panel);
    await snap(context, 'documents-case-page.png');

    // Today lists it as ready to submit.
    await page.goto(`${context.baseUrl}/today`);
    await page.getByTestId('today-ready').getByRole('link', { name: 'Open case of OKAFOR GRACE' }).waitFor();
    await checkA11y(context, 'today-ready');

    // ---- The client sees it accepted.
    page = await openPhoneAs(context, portal);
    await page.goto(`${context.baseUrl}/portal/cases/${kase.id}`);
    await page
      .getByTestId('portal-documents')
      .getByRole('listitem', { name: 'Passport data (bio) page' })
      .getByTestId('request-status')
      .getByText('Accepted')
      .waitFor();
    await expectFitsPhone(page, 'the accepted documents');
    expectNoPageErrors(context.pageErrors);
    await snap(context, 'documents-accepted-phone.png', page.getByTestId('portal-documents'));
  },
};
