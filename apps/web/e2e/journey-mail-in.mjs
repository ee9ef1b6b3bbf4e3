// Mail in (issue 19): Alipay's rejection arrives by email (GBK-encoded HTML, over SMTP to the case's own address), the
// helper sees it on the case page with its reading and applies it in one click; an email from an unknown sender waits
// in the unmatched inbox until the helper puts it on its case; the client finds the case's address in the portal on a
// 390 px phone; an admin's Settings → Incoming email. Needs the 'helper' journey first.
import path from 'node:path';
import { createRequire } from 'node:module';
import { checkA11y } from './lib/axe.mjs';
import {
  checkFits,
  expect,
  expectFitsPhone,
  expectNoPageErrors,
  openDesktopAs,
  openPhoneAs,
  shoot,
  stamp,
  waitUntil,
} from './lib/browser.mjs';
import { root } from './lib/server.mjs';
import { clientPortalSession, helperSession } from './lib/sessions.mjs';

const require = createRequire(path.join(root, 'package.json'));
const nodemailer = require('nodemailer');
const iconv = require('iconv-lite');

/** A screenshot for docs/screenshots (when the run takes them) and WAIJI_SHOTS_DIR (a developer's look), if set. */
const snap = async (context, name, part) => {
  const extra = process.env.WAIJI_SHOTS_DIR;
  for (const target of [context.screenshot(name), extra ? path.join(extra, name) : undefined]) {
    if (!target) continue;
    // From the page scrolled to its top, so the sticky header does not cover the part.
    await shoot({ ...context, screenshot: () => target }, name, part ? { part } : {});
  }
};

const send = (raw, envelope) =>
  nodemailer
    .createTransport({
      host: '127.0.0.1',
      port: Number(process.env.E2E_INBOUND_SMTP_PORT),
      secure: false,
      ignoreTLS: true,
    })
    .sendMail({ envelope, raw });

/** Alipay's M1 as it mails it: HTML in GBK, sent a minute ago, retry date five days on. */
const m1Mail = (to) => {
  const retry = new Date(Date.now() + 5 * 86_400_000 + 8 * 3_600_000);
  const day = `${retry.getUTCFullYear()}年${String(retry.getUTCMonth() + 1).padStart(2, '0')}月${String(retry.getUTCDate()).padStart(2, '0')}日`;
  const html = `<html><body><p>尊敬的用户：</p><p>你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(${day})使用原银行卡重新认证, 撤销本次认证。</p><p>支付宝</p></body></html>`;
  const gbk = (text) => `=?GBK?B?${iconv.encode(text, 'gbk').toString('base64')}?=`;
  return Buffer.concat([
    Buffer.from(
      [
        `From: ${gbk('支付宝')} <service@mail.alipay.com>`,
        `To: ${to}`,
        `Subject: ${gbk('支付宝实名认证结果')}`,
        `Date: ${new Date(Date.now() - 60_000).toUTCString()}`,
        `Message-ID: <m1-${stamp}@mail.alipay.com>`,
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=GBK',
        'Content-Transfer-Encoding: base64',
        '',
        '',
      ].join('\r\n'),
    ),
    Buffer.from(iconv.encode(html, 'gbk').toString('base64')),
  ]);
};

export const mailInJourney = {
  name: 'mail-in',
  title:
    'Alipay’s GBK rejection email reaches the case address over SMTP and is applied in one click; an unknown sender’s email is put on its case from the unmatched inbox; the client sees the case address in the portal (390 px); Settings → Incoming email',
  run: async (context) => {
    const staff = await helperSession(context);
    const clientEmail = `lei-${stamp}@e2e.example`;
    const client = await staff.post('/api/clients', {
      // Letters only: a passport name keeps no digits, so the stamp stays out of it.
      passportName: 'Zhang Lei',
      email: clientEmail,
      emailConsent: true,
      preferredLanguage: 'en',
    });
    let kase = await staff.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' });
    kase = (
      await staff.post(`/api/cases/${kase.id}/transitions`, {
        action: 'submit',
        version: kase.version,
        payload: { bank: 'ICBC', cardLast4: '4321' },
      })
    ).case;
    const { address } = await staff.get(`/api/cases/${kase.id}/inbound-mail`);
    await send(m1Mail(address), { from: 'service@mail.alipay.com', to: [address] });
    await waitUntil(
      'the email on the case',
      async () => (await staff.get(`/api/cases/${kase.id}/inbound-mail`)).items[0],
    );

    // The helper: the email on the case page, its reading, Apply in one click.
    let page = await openDesktopAs(context, staff);
    await page.goto(`${context.baseUrl}/cases/${kase.id}`);
    const panel = page.getByTestId('case-emails');
    await panel.getByText('支付宝实名认证结果').waitFor();
    await panel.getByTestId('inbound-reading').locator('[data-code="CARD_CHECK_FAILED"]').waitFor();
    expect(
      (await panel.getByTestId('inbound-address').inputValue()) === address,
      'the case page shows the case address',
    );
    await checkA11y(context, 'case-emails');
    await snap(context, 'mail-in-case.png', panel);
    await panel.getByTestId('inbound-apply').click();
    await panel.getByTestId('apply-result').waitFor();
    await page.locator('h1 + div [data-state="REJECTED"]').waitFor();
    await panel.getByTestId('apply-retry').waitFor();
    await snap(context, 'mail-in-case-applied.png', panel);
    expectNoPageErrors(context.pageErrors);

    // An unknown sender: the unmatched inbox, from Today; the helper puts it on the case.
    const { address: to } = await staff.get('/api/inbound-mail/settings');
    await send(
      Buffer.from(
        `From: Lei's brother <brother-${stamp}@e2e.example>\r\nTo: ${to}\r\nSubject: Screenshot from Alipay for Zhang Lei\r\nMessage-ID: <unknown-${stamp}@e2e.example>\r\nDate: ${new Date().toUTCString()}\r\n\r\nHello, my brother asked me to send this:\r\n\r\n支付宝客服将在2天内为你审核。审核完成后,请返回支付宝查看实名认证进度。\r\n`,
      ),
      { from: `brother-${stamp}@e2e.example`, to: [to] },
    );
    await waitUntil('the unmatched email', async () =>
      (await staff.get('/api/inbound-mail/messages')).items.find(
        (item) => item.from === `brother-${stamp}@e2e.example`,
      ),
    );
    await page.goto(`${context.baseUrl}/today`);
    await page.getByTestId('unmatched-emails-today').getByRole('link', { name: 'Open the unmatched emails' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unmatched emails' }).waitFor();
    const email = page.getByTestId('inbound-email').filter({ hasText: 'Screenshot from Alipay for Zhang Lei' });
    await email.waitFor();
    await email.getByRole('textbox', { name: 'Find the case' }).fill('Zhang Lei');
    await page.getByRole('option', { name: /ZHANG LEI|Zhang Lei/ }).click();
    await checkA11y(context, 'unmatched-inbox');
    await snap(context, 'mail-in-inbox.png');
    await email.getByTestId('inbound-assign').click();
    await page.getByText('No email is waiting.', { exact: false }).waitFor();
    const onCase = await staff.get(`/api/cases/${kase.id}/inbound-mail`);
    expect(onCase.items.length === 2, `the case has ${onCase.items.length} emails after filing`);

    // Settings → Incoming email (the helper journey's user owns the organization).
    await page.goto(`${context.baseUrl}/settings/incoming-mail`);
    await page.getByTestId('inbound-mail-settings').getByTestId('imap-panel').waitFor();
    await checkA11y(context, 'settings-incoming-mail');
    await snap(context, 'mail-in-settings.png');

    // The client on a phone: "Forward Alipay's emails here" with the case's address.
    const portal = await clientPortalSession(context, staff, {
      email: clientEmail,
      clientId: client.id,
      displayName: 'Zhang Lei',
    });
    page = await openPhoneAs(context, portal);
    await page.goto(`${context.baseUrl}/portal/cases/${kase.id}`);
    const forward = page.getByTestId('portal-forward-address');
    await forward.getByTestId('inbound-address').waitFor();
    expect(
      (await forward.getByTestId('inbound-address').inputValue()) === address,
      'the portal shows the case address',
    );
    await checkA11y(context, 'portal-forward-address');
    await checkFits(context, forward, 'mail-in-portal-phone.png', { nameInMessage: false });
    await snap({ ...context, screenshot: () => undefined }, 'mail-in-portal-phone.png', forward);

    // The case page on a phone too.
    page = await openPhoneAs(context, staff);
    await page.goto(`${context.baseUrl}/cases/${kase.id}`);
    const phonePanel = page.getByTestId('case-emails');
    await phonePanel.getByText('支付宝实名认证结果').waitFor();
    await expectFitsPhone(page, 'the case page’s emails');
    expectNoPageErrors(context.pageErrors);
    await snap(context, 'mail-in-case-phone.png', phonePanel);
  },
};
