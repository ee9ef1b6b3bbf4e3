// Screenshots of the Alipay app into the interpreter: a helper pastes one into a case and applies the M1 reading; an
// agency's client on a 390 px phone uploads one in the portal and the helper sees it as the client's report. Needs the
// 'helper' journey first. E2E_SHOTS_DIR (optional) also saves this journey's screens there.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { checkA11y } from './lib/axe.mjs';
import {
  expect,
  expectFitsPhone,
  expectNoPageErrors,
  openDesktopAs,
  openPhoneAs,
  shoot,
  stamp,
} from './lib/browser.mjs';
import { clientWithPortal, helperSession } from './lib/sessions.mjs';

const require = createRequire(import.meta.url);
const sharp = require('sharp');

// Alipay's M1 (ALIPAY.md §3) with a retry day in 2031, so no far-past question is asked.
const M1_LINES = [
  '你的银行卡信息认证失败,请更换银行',
  '卡重新认证或撤销认证5天后',
  '(2031年10月18日)使用原银行卡重',
  '新认证, 撤销本次认证。',
];

/** A phone-sized screenshot of the message (drawn from SVG text in a CJK font), as PNG bytes. */
const screenshotOf = (lines) => {
  const text = lines.map((line, index) => `<text x="16" y="${90 + index * 30}" font-size="17">${line}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="390" height="${140 + lines.length * 30}">
    <rect width="100%" height="100%" fill="#f5f5f5"/><rect x="8" y="50" width="374" height="${lines.length * 30 + 40}" rx="12" fill="#fff"/>
    <text x="195" y="30" font-size="17" text-anchor="middle" font-family="WenQuanYi Micro Hei" fill="#333">支付宝</text>
    <g font-family="WenQuanYi Micro Hei" fill="#333">${text}</g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
};

const extraShot = async (page, name, part) => {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  if (part) await part.screenshot({ path: path.join(dir, name) });
  else await page.screenshot({ path: path.join(dir, name), fullPage: true });
};

export const screenshotsJourney = {
  name: 'screenshots',
  title:
    'a helper pastes a screenshot of M1 into a case, sees the recognised text and the suggestion, applies it; a client on a 390 px phone uploads a screenshot in the portal and the helper sees the report',
  run: async (context) => {
    const staff = await helperSession(context);
    const png = await screenshotOf(M1_LINES);

    // A bank-card case waiting for the deposit, its client invited to the portal.
    const { kase, portal } = await clientWithPortal(context, staff, {
      name: `Mei Tan ${stamp}`,
      displayName: 'Mei Tan',
      email: `mei-tan-${stamp}@e2e.example`,
      caseFields: { type: 'BANK_CARD_VERIFICATION', bank: 'ICBC', cardLast4: '8765' },
      steps: [['submit'], ['await_deposit']],
    });

    // The helper pastes the image (Ctrl-V) into the case's message box.
    let page = await openDesktopAs(context, staff);
    await page.goto(`${context.baseUrl}/cases/${kase.id}`);
    const panel = page.getByTestId('apply-message');
    await panel.waitFor();
    const box = panel.getByRole('textbox', { name: 'Alipay message' });
    await box.click();
    await box.evaluate((element, base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'alipay.png', { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, png.toString('base64'));
    await panel.getByTestId('screenshot-read').waitFor({ timeout: 60_000 });
    const recognised = (await box.inputValue()).replace(/\s/g, '');
    expect(recognised.includes('银行卡信息认证失败'), `recognised text: ${recognised}`);
    expect(recognised.includes('2031'), `the retry date was not read: ${recognised}`);
    const card = panel.locator('article[data-code="CARD_CHECK_FAILED"]');
    await card.waitFor();
    await card.getByTestId('retry-after').getByText('2031').waitFor();
    await checkA11y(context, 'case-screenshot');
    await shoot(context, 'case-screenshot.png', { part: panel });
    await extraShot(page, 'case-screenshot-desktop.png', panel);
    await card.getByRole('button', { name: 'Apply to case' }).click();
    await panel.getByTestId('apply-result').waitFor();
    await panel.getByTestId('apply-retry').getByText('2031').waitFor();
    const after = await staff.get(`/api/cases/${kase.id}`);
    expect(after.state === 'REJECTED', `the case is ${after.state}, not REJECTED`);
    expect(after.reasonCode === 'CARD_CHECK_FAILED' || after.retryAfter?.startsWith('2031-10-17'), 'M1 not applied');
    expectNoPageErrors(context.pageErrors);

    // The client, on a phone, reports Alipay's message by uploading a screenshot of it.
    page = await openPhoneAs(context, portal);
    await page.goto(`${context.baseUrl}/portal/cases/${kase.id}`);
    const area = page.getByRole('region', { name: 'Report what happened' });
    await area.waitFor();
    await area.getByRole('button', { name: 'Alipay said this' }).click();
    const form = area.getByRole('form', { name: 'Alipay said this' });
    await form.locator('input[type="file"]').setInputFiles({ name: 'alipay.png', mimeType: 'image/png', buffer: png });
    await form.getByTestId('screenshot-read').waitFor({ timeout: 60_000 });
    const text = form.getByRole('textbox', { name: /The message from Alipay/ });
    expect((await text.inputValue()).includes('2031'), 'the portal did not fill the message from the screenshot');
    await form.getByTestId('report-preview').waitFor();
    await expectFitsPhone(page, 'the portal with a read screenshot');
    await checkA11y(context, 'portal-screenshot');
    await extraShot(page, 'portal-screenshot-phone.png', area);
    await form.getByRole('button', { name: 'Send to my helper' }).click();
    await area.getByRole('status').filter({ hasText: 'Sent.' }).waitFor();
    expectNoPageErrors(context.pageErrors);

    // A visitor of the public Alipay helper, on a phone, reads the same screenshot (the public route): just the reading.
    page = await openPhoneAs(context, null);
    await page.goto(`${context.baseUrl}/tools`);
    const helper = page.getByRole('region', { name: 'Understand an Alipay message' });
    await helper.getByTestId('screenshot-reader').getByText('up to 4 MB', { exact: false }).waitFor();
    await helper
      .locator('input[type="file"]')
      .setInputFiles({ name: 'alipay.png', mimeType: 'image/png', buffer: png });
    await helper.getByTestId('screenshot-read').waitFor({ timeout: 60_000 });
    await helper
      .locator('article[data-code="CARD_CHECK_FAILED"]')
      .getByTestId('retry-after')
      .getByText('2031')
      .waitFor();
    await expectFitsPhone(page, 'the Alipay helper with a read screenshot');
    await checkA11y(context, 'tools-screenshot');
    await extraShot(page, 'tools-screenshot-phone.png', helper);
    expectNoPageErrors(context.pageErrors);

    // The helper sees it as the client's report.
    page = await openDesktopAs(context, staff);
    await page.goto(`${context.baseUrl}/today`);
    const report = page
      .getByTestId('today-reports')
      .getByRole('listitem', { name: `Mei Tan ${stamp} says: Alipay said this` });
    await report.getByText('银行卡信息认证失败', { exact: false }).first().waitFor();
    await extraShot(page, 'today-screenshot-report-desktop.png', report);
    expectNoPageErrors(context.pageErrors);
  },
};
