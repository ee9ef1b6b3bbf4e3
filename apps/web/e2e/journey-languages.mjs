// Issue 22, the client's own language: a client marked Russian is invited in Russian, their portal opens in Russian
// and the email after a rejection is Russian with Alipay's Chinese reason beside its meaning; the portal in Arabic
// (right to left) and Korean on a 390 px phone, photographed for the README, axe on each. Needs the 'helper' journey.
import { checkA11y } from './lib/axe.mjs';
import { expect, expectNoPageErrors, expectFitsPhone, openPhoneAs, password, stamp } from './lib/browser.mjs';
import { ApiSession } from './lib/apiClient.mjs';
import { waitForMail } from './lib/mail.mjs';
import { helperSession } from './lib/sessions.mjs';

/** A client of `staff` in `language` with a bank-card case moved by `steps`, invited; the invitation must match `invited`. */
const clientIn = async (context, staff, { language, name, invited, steps }) => {
  const email = `${language}-${stamp}@e2e.example`;
  const client = await staff.post('/api/clients', {
    passportName: name,
    email,
    emailConsent: true,
    preferredLanguage: language,
  });
  let kase = await staff.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' });
  for (const [action, payload = {}] of steps) {
    kase = (await staff.post(`/api/cases/${kase.id}/transitions`, { action, version: kase.version, payload })).case;
  }
  await staff.post('/api/organization/invitations', { email, role: 'CLIENT', clientId: client.id });
  const [, token] = await waitForMail(
    context.baseUrl,
    email,
    new RegExp(`${invited.source}[\\s\\S]*?token=([A-Za-z0-9_-]{20,})`),
  );
  const portal = new ApiSession(context.baseUrl);
  await portal.post('/api/auth/invitations/accept', { token, password, displayName: name });
  await portal.logIn(email, password);
  return { email, client, kase, portal };
};

/** The portal of `portal` on a phone, once it speaks `language` (title `title`). */
const openPortal = async (context, portal, { title, lang, dir }) => {
  const page = await openPhoneAs(context, portal);
  await page.goto(`${context.baseUrl}/portal`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  expect(html[0] === lang && html[1] === dir, `<html lang dir> is ${html.join(' ')}, expected ${lang} ${dir}`);
  return page;
};

export const languagesJourney = {
  name: 'languages',
  title:
    'a client marked Russian is invited in Russian, the portal opens in Russian, the rejection email is Russian with Alipay’s Chinese beside it; the portal in Arabic (rtl) and Korean on a phone',
  run: async (context) => {
    const staff = await helperSession(context);

    // Russian: invitation, portal, rejection email.
    const ru = await clientIn(context, staff, {
      language: 'ru',
      name: `Ivanova Anna ${stamp}`,
      invited: /приглашает вас следить за вашим делом в Alipay/,
      steps: [['submit']],
    });
    const page = await openPortal(context, ru.portal, { title: 'Ваше дело в Alipay', lang: 'ru', dir: 'ltr' });
    await page.getByRole('region', { name: 'Что сделать сейчас' }).waitFor();
    await page.getByRole('combobox', { name: 'Язык' }).waitFor();
    // The portal arrives drawn by the server (apps/api/src/common/portal-page.ts): the case in Russian in the HTML,
    // before any script, and no inline script (the Content-Security-Policy refuses them); the app then takes the
    // page over in place, and a mismatch there would be a page error.
    const served = await ru.portal.request('GET', '/portal', undefined, { accept: 'text/html' });
    expect(
      /<html lang="ru" dir="ltr"/.test(served) &&
        served.includes('data-server-rendered') &&
        served.includes('Что сделать сейчас'),
      'the portal’s HTML carries the case, in Russian',
    );
    expect(!/<script>/.test(served), 'the server-rendered portal has no inline script');
    expectNoPageErrors(context.pageErrors);
    await checkA11y(context, 'portal-ru');
    await staff.post(`/api/cases/${ru.kase.id}/transitions`, {
      action: 'reject',
      version: ru.kase.version,
      payload: { reasonCode: 'DOCUMENTS_MISSING' },
    });
    await waitForMail(
      context.baseUrl,
      ru.email,
      /теперь статус — Отклонено\.[\s\S]*Причина: 缺少其他有效证件 — Не хватает других действительных документов/,
    );

    // Arabic, right to left, and Korean: photographed on the phone.
    let phone;
    for (const { language, name, invited, title, region, shot } of [
      {
        language: 'ar',
        name: `Hassan Ali ${stamp}`,
        invited: /يدعوك/,
        title: 'طلبك في Alipay',
        region: 'ما عليك فعله الآن',
        shot: 'portal-ar-phone.png',
      },
      {
        language: 'ko',
        name: `Kim Minji ${stamp}`,
        invited: /초대했습니다/,
        title: '내 Alipay 진행 상황',
        region: '지금 할 일',
        shot: 'portal-ko-phone.png',
      },
    ]) {
      const client = await clientIn(context, staff, {
        language,
        name,
        invited,
        steps: [['submit'], ['await_deposit']],
      });
      phone = await openPortal(context, client.portal, {
        title,
        lang: language,
        dir: language === 'ar' ? 'rtl' : 'ltr',
      });
      await phone.getByRole('region', { name: region }).waitFor();
      await expectFitsPhone(phone, `portal-${language}`);
      await checkA11y(context, `portal-${language}`);
      const target = context.screenshot(shot);
      if (target) await phone.screenshot({ path: target, fullPage: false });
      expectNoPageErrors(context.pageErrors);
    }

    // Every other language from the Korean client's chooser: the page follows (lang, dir), the documents the case
    // asks for and the conversation are in that language too (no English heading left), and axe finds nothing.
    const english = ['Documents to send', 'Messages with your helper', 'Report what happened'];
    for (const [language, tag] of [
      ['ja', 'ja'],
      ['th', 'th'],
      ['id', 'id'],
      ['es', 'es'],
      ['fr', 'fr'],
      ['de', 'de'],
      ['ru', 'ru'],
      ['ar', 'ar'],
      ['zh', 'zh-CN'],
      ['en', 'en'],
    ]) {
      await phone.locator('select:has(option[value="ja"])').selectOption(language);
      await phone.waitForFunction((wanted) => document.documentElement.lang === wanted, tag);
      const dir = await phone.evaluate(() => document.documentElement.dir);
      expect(dir === (language === 'ar' ? 'rtl' : 'ltr'), `${language}: dir is ${dir}`);
      const headings = await phone.getByRole('heading').allInnerTexts();
      const left = english.filter((text) => headings.some((heading) => heading.includes(text)));
      if (language === 'en') expect(left.length > 0, 'English: the portal’s English headings are back');
      else expect(left.length === 0, `${language}: English headings left: ${left.join(', ')}`);
      await checkA11y(context, `portal-${language}`);
    }
    expectNoPageErrors(context.pageErrors);
  },
};
