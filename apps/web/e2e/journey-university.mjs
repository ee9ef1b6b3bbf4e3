// Issue 16 end to end: a university office signs up, downloads the Chinese import template from the import dialog,
// fills in 20 students in Chinese labels and values, imports them and invites them all to the portal in the same
// step (20 invitation emails, in Chinese for the students whose language is 中文), filters the board by a cohort tag,
// then invites a colleague (HELPER), assigns them a few students and has them choose "only my cases": their bell,
// their emails and Today's "Mine" show their own students' reminders and none of the others'. Stands alone.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiSession } from './lib/apiClient.mjs';
import { checkA11y } from './lib/axe.mjs';
import { expect, expectNoPageErrors, focus, newPerson, password, stamp } from './lib/browser.mjs';
import { decodeMail, devMail, waitForMail } from './lib/mail.mjs';

const organizationName = `Huaxia University International Office ${stamp}`;

const pad = (value, size) => String(value).padStart(size, '0');

/** A desktop browser context (1280 px) for one person, closed with the others in `opened` when the journey ends. */
const openDesktop = async (context, opened) => {
  const person = await newPerson(context.browser, { acceptDownloads: true });
  opened.push(person.browserContext);
  return person;
};

const shoot = async (page, target, options = {}) => {
  if (!target) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: target, ...options });
};

// The 20 students: 12 of the autumn cohort, 8 of the spring one, each with a second tag; 8 read Chinese best.
const autumn = '2026秋季';
const spring = '2026春季';
const people = [
  ['TAN WEI MING', '马来西亚', 'zh'],
  ['KIM MINJUN', '韩国', 'en'],
  ['NGUYEN VAN AN', '越南', 'en'],
  ['LIM JIA HUI', '新加坡', 'zh'],
  ['LENA MUELLER', '德国', 'en'],
  ['ONG KAI XIN', '马来西亚', 'zh'],
  ['AMARA OKAFOR', '尼日利亚', 'en'],
  ['SARAH DUBOIS', '法国', 'en'],
  ['WONG MEI LING', '新加坡', 'zh'],
  ['PEDRO SILVA', '巴西', 'en'],
  ['SOMCHAI SAETANG', '泰国', 'zh'],
  ['JAMES BROWN', '美国', 'en'],
  ['YAMADA HARUTO', '日本', 'en'],
  ['CHEN JUN JIE', '马来西亚', 'zh'],
  ['AISHA KHAN', '巴基斯坦', 'en'],
  ['IVAN PETROV', '俄罗斯', 'en'],
  ['GOH XIN YI', '新加坡', 'zh'],
  ['MARCO ROSSI', '意大利', 'en'],
  ['EMMA JENSEN', '丹麦', 'en'],
  ['LIU WEN HAO', '印度尼西亚', 'zh'],
];
const banksZh = [
  ['中国银行', 'BOC'],
  ['招商银行', 'CMB'],
  ['中国工商银行', 'ICBC'],
  ['中信银行', 'CITIC'],
];
const secondTags = ['本科', '硕士', '交换生'];

const students = people.map(([name, nationality, language], index) => {
  const kind = index % 4;
  const type = kind <= 1 ? 'BANK_CARD_VERIFICATION' : kind === 2 ? 'APP_PASSPORT_VERIFICATION' : 'RESTRICTION_APPEAL';
  const [bankZh, bank] = type === 'BANK_CARD_VERIFICATION' ? banksZh[index % banksZh.length] : ['', null];
  const cohort = index < 12 ? autumn : spring;
  const other = secondTags[index % secondTags.length];
  return {
    name,
    ref: `2026${pad(index + 1, 4)}`,
    email: `stu${pad(index + 1, 2)}-${stamp}@e2e.example`,
    language,
    type,
    bank,
    card: bank ? pad((index * 731) % 10_000, 4) : null,
    tags: [cohort, other],
    priority: index % 5 === 0 ? 'HIGH' : 'NORMAL',
    // The cells as a Chinese-speaking office writes them, by the template's Chinese headers.
    cells: {
      编号: `2026${pad(index + 1, 4)}`,
      护照姓名: name,
      银行预留姓名: bank ? name : '',
      国籍: nationality,
      出生日期: `${2000 + (index % 6)}年${(index % 12) + 1}月${(index % 27) + 1}日`,
      护照号码: `E${pad(index + 1, 7)}`,
      护照有效期至: '2031-05-31',
      签证类型: 'X1',
      签证有效期至: '2028-07-15',
      电话: `138 0013 ${pad(8000 + index, 4)}`,
      邮箱: `stu${pad(index + 1, 2)}-${stamp}@e2e.example`,
      语言: language === 'zh' ? '中文' : '英文',
      案件类型: {
        BANK_CARD_VERIFICATION: '银行卡认证',
        APP_PASSPORT_VERIFICATION: 'App 护照认证',
        RESTRICTION_APPEAL: '限制申诉',
      }[type],
      银行: bankZh,
      卡号后四位: bank ? pad((index * 731) % 10_000, 4) : '',
      // Some write the tags with a comma, some with the Chinese comma.
      标签: index % 2 === 0 ? `${cohort}, ${other}` : `${cohort}，${other}`,
      优先级: index % 5 === 0 ? '高' : '普通',
    },
  };
});

const csvField = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const splitHeader = (line) =>
  line.split(',').map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replace(/""/g, '"'),
  );

/**
 * The downloaded template filled in: its header line exactly as downloaded (with the byte-order mark), the example
 * row replaced by the students, and its # note rows kept below them (the import skips those).
 */
const fillTemplate = (template) => {
  const lines = template.split('\r\n');
  const [headerLine] = lines;
  const headers = splitHeader(headerLine.replace(/^\uFEFF/, ''));
  const unknown = Object.keys(students[0].cells).filter((label) => !headers.includes(label));
  expect(unknown.length === 0, `the template has no column ${unknown.join(', ')}: ${headers.join(' | ')}`);
  const notes = lines.filter((line) => line.startsWith('#') || line.startsWith('"#'));
  expect(notes.length > 3, `the template's note rows are missing: ${template.slice(0, 400)}`);
  const rows = students.map((student) => headers.map((label) => csvField(student.cells[label] ?? '')).join(','));
  return [headerLine, ...rows, '', ...notes, ''].join('\r\n');
};

/** Every captured email to `to`, decoded. */
const mailTo = async (baseUrl, to) => {
  const response = await devMail(baseUrl);
  expect(response.ok, `the dev mail capture answered ${response.status}`);
  const { messages } = await response.json();
  return messages
    .filter((message) => message.to.includes(to))
    .map((message) => ({ subject: message.subject, text: decodeMail(message.raw) }));
};

const until = async (what, check, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${what} within ${timeoutMs / 1000} s`);
};

/** Shanghai's local day of `date` as YYYY-MM-DD. */
const shanghaiDay = (date) => date.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });

/** The names of the cases a Today section lists. */
const sectionNames = async (page, testId) =>
  (await page.getByTestId(testId).locator('li[data-case-id] a').allTextContents()).map((text) => text.trim());

export const universityJourney = {
  name: 'university',
  title:
    'a university office imports 20 students from the Chinese template, invites them all to the portal in the same step, filters the board by a cohort tag, and a helper who chose “only my cases” sees only their own students’ reminders',
  run: async (context) => {
    const opened = [];
    try {
      await universityRun(context, opened);
    } finally {
      // The runner closes the context of the failure screenshot; the other person's goes here.
      for (const browserContext of opened) {
        if (browserContext !== context.browserContext) await browserContext.close().catch(() => undefined);
      }
    }
  },
};

const universityRun = async (context, opened) => {
  const { baseUrl } = context;
  const officeEmail = `office-${stamp}@e2e.example`;

  // The office signs up as a university, confirms its address and signs in.
  const office = await openDesktop(context, opened);
  const page = focus(context, office);
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByRole('radio', { name: /A university office/ }).check();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Li Na');
  await page.getByRole('textbox', { name: 'University or office name' }).fill(organizationName);
  await page.getByRole('textbox', { name: 'Email' }).fill(officeEmail);
  await page.getByLabel('New password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
  const [confirmLink] = await waitForMail(
    baseUrl,
    officeEmail,
    /https?:\/\/[^\s"<>]*\/verify-email\?token=[A-Za-z0-9_-]{20,}/,
  );
  await page.goto(`${baseUrl}${new URL(confirmLink).pathname}${new URL(confirmLink).search}`);
  await page.getByText('Email confirmed').waitFor();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill(officeEmail);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/today');

  // The import dialog's Chinese template, downloaded as a person does.
  await page.getByRole('navigation').getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import clients and cases' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Chinese template (中文)' }).click(),
  ]);
  expect(
    download.suggestedFilename() === 'waiji-import-template-zh.csv',
    `the template is named ${download.suggestedFilename()}`,
  );
  const template = await readFile(await download.path(), 'utf8');
  expect(template.startsWith('\uFEFF编号,护照姓名,'), `the template starts ${JSON.stringify(template.slice(0, 40))}`);
  const filled = fillTemplate(template);
  const csvPath = path.join(context.artifacts, `university-students-${stamp}.csv`);
  await writeFile(csvPath, filled, 'utf8');

  // Upload, see the dry run, tick "invite the new clients to the portal", import.
  await dialog.getByLabel('CSV file').setInputFiles(csvPath);
  await dialog.getByRole('button', { name: 'Check file' }).click();
  await dialog.getByText('Dry run: 20 of 20 rows can be imported').waitFor();
  await dialog.getByText('No problems found.').waitFor();
  const invite = dialog.getByRole('checkbox', { name: 'Then invite the new clients to the portal' });
  await invite.check();
  await checkA11y(context, 'university-import-dry-run');
  await shoot(page, context.screenshot('university-import-dry-run.png'));
  await dialog.getByRole('button', { name: 'Import 20 rows' }).click();
  await dialog.getByText('Done: 20 created, 0 skipped (already there).').waitFor({ timeout: 60_000 });
  await dialog.getByText('Invited 20 clients to the portal.').waitFor();
  expect((await dialog.getByText('Not invited:').count()) === 0, 'the import left some students uninvited');
  await checkA11y(context, 'university-import-done');
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await dialog.waitFor({ state: 'detached' });

  // What the import made: 20 cases, the Chinese values read as codes, the tags split on either comma.
  const owner = new ApiSession(baseUrl);
  await owner.logIn(officeEmail, password);
  const cases = (await owner.get('/api/cases?limit=200')).items;
  expect(cases.length === 20, `${cases.length} cases after the import`);
  const caseOf = new Map(cases.map((kase) => [kase.client.passportName, kase]));
  for (const student of students) {
    const kase = caseOf.get(student.name);
    expect(kase, `no case for ${student.name}`);
    expect(kase.type === student.type, `${student.name}: type ${kase.type}, not ${student.type}`);
    expect(kase.bank === student.bank, `${student.name}: bank ${kase.bank}, not ${student.bank}`);
    expect(kase.cardLast4 === student.card, `${student.name}: card ${kase.cardLast4}`);
    expect(kase.priority === student.priority, `${student.name}: priority ${kase.priority}`);
    expect(
      JSON.stringify([...kase.tags].sort()) === JSON.stringify([...student.tags].sort()),
      `${student.name}: tags ${JSON.stringify(kase.tags)}, not ${JSON.stringify(student.tags)}`,
    );
    const client = await owner.get(`/api/clients/${kase.clientId}`);
    expect(client.preferredLanguage === student.language, `${student.name}: language ${client.preferredLanguage}`);
    expect(client.externalRef === student.ref && client.email === student.email, `${student.name}: ref/email`);
  }

  // One invitation email per student, in the student's language.
  for (const student of students) {
    await waitForMail(baseUrl, student.email, /accept-invitation\?token=[A-Za-z0-9_-]{20,}/);
  }
  for (const student of students) {
    const mails = (await mailTo(baseUrl, student.email)).filter((mail) => /accept-invitation\?token=/.test(mail.text));
    expect(mails.length === 1, `${student.name} got ${mails.length} invitation emails`);
    const [mail] = mails;
    if (student.language === 'zh') {
      expect(
        mail.subject === `邀请您加入 Waiji 上的 ${organizationName}`,
        `${student.name}'s subject: ${mail.subject}`,
      );
      expect(
        mail.text.includes(`邀请您以“客户”身份加入 Waiji 上的“${organizationName}”`) &&
          !mail.text.includes('invited you to join'),
        `${student.name}'s invitation is not in Chinese: ${mail.text.slice(-1500)}`,
      );
    } else {
      expect(
        mail.subject === `Invitation to ${organizationName} on Waiji`,
        `${student.name}'s subject: ${mail.subject}`,
      );
      expect(
        mail.text.includes('invited you to join') && !mail.text.includes('邀请您'),
        `${student.name}'s invitation is not in English: ${mail.text.slice(-1500)}`,
      );
    }
  }

  // The board, narrowed to the autumn cohort by the tag filter: its 12 students and nobody else.
  const cards = page.locator('section[data-state] li[data-case-id]');
  await page.getByRole('navigation').getByRole('link', { name: 'Board' }).click();
  await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
  await until('the board does not show the 20 students', async () => (await cards.count()) === 20);
  const tagFilter = page.getByRole('combobox', { name: 'Tag' });
  await tagFilter.fill('秋季');
  const option = page.getByRole('option', { name: new RegExp(`${autumn}.*12 cases`) });
  await option.click();
  await page.waitForURL((url) => url.searchParams.get('tag') === autumn);
  const autumnNames = students.filter((student) => student.tags.includes(autumn)).map((student) => student.name);
  await until('the board does not narrow to the 12 autumn students', async () => (await cards.count()) === 12);
  const shown = (await cards.locator('a').allTextContents()).map((text) => text.trim()).sort();
  expect(
    JSON.stringify(shown) === JSON.stringify([...autumnNames].sort()),
    `the board filtered by ${autumn} shows ${shown.join(', ')}`,
  );
  await checkA11y(context, 'university-board-cohort');
  await shoot(page, context.screenshot('university-board-cohort.png'));
  expectNoPageErrors(office.errors, 'office');

  // A colleague joins as a helper through an emailed invitation.
  const helperEmail = `wang-${stamp}@e2e.example`;
  await owner.post('/api/organization/invitations', { email: helperEmail, role: 'HELPER' });
  const [invitationLink] = await waitForMail(
    baseUrl,
    helperEmail,
    /https?:\/\/[^\s"<>]*\/accept-invitation\?token=[A-Za-z0-9_-]{20,}/,
  );
  const helper = await openDesktop(context, opened);
  const helperPage = focus(context, helper);
  await helperPage.goto(`${baseUrl}${new URL(invitationLink).pathname}${new URL(invitationLink).search}`);
  await helperPage.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
  await helperPage.getByRole('textbox', { name: 'Your name' }).fill('Wang Fang');
  await helperPage.getByLabel('New password').fill(password);
  await helperPage.getByRole('button', { name: 'Create account and join' }).click();
  await helperPage.waitForURL('**/today');

  // Settings → Notifications: only my cases, in the app and by email.
  await helperPage.goto(`${baseUrl}/settings/notifications`);
  await helperPage.getByRole('combobox', { name: /In the app/ }).selectOption('MINE');
  await helperPage.getByText('Saved.').waitFor();
  await helperPage.getByRole('combobox', { name: /Email at once/ }).selectOption('MINE');
  const wang = new ApiSession(baseUrl);
  await wang.logIn(helperEmail, password);
  await until('the helper’s preferences are not saved as “only mine”', async () => {
    const saved = await wang.get('/api/notifications/preferences');
    return saved.inApp === 'MINE' && saved.email === 'MINE';
  });
  await checkA11y(context, 'university-helper-notifications');

  // The office gives four autumn students to the helper and two to itself, from the list's selection.
  focus(context, office);
  const mine = students.slice(0, 4);
  const ownersOwn = students.slice(4, 6);
  const assign = async (group, assignee) => {
    await page.goto(`${baseUrl}/cases?tag=${encodeURIComponent(autumn)}`);
    const table = page.getByRole('table', { name: 'Cases' });
    for (const student of group) await table.getByRole('checkbox', { name: `Select ${student.name}` }).check();
    const bar = page.getByRole('region', { name: 'Change selected cases' });
    await bar.getByText(`${group.length} cases selected`).waitFor();
    await bar.getByRole('combobox', { name: 'Assign to' }).selectOption({ label: assignee });
    await bar.getByRole('button', { name: 'Assign', exact: true }).click();
    await bar.getByText(`${group.length} cases updated.`).waitFor();
  };
  await assign(mine, 'Wang Fang');
  await assign(ownersOwn, 'Li Na');
  for (const student of mine) {
    const kase = await owner.get(`/api/cases/${caseOf.get(student.name).id}`);
    expect(kase.assigneeId === wang.me.user.id, `${student.name} is assigned to ${kase.assigneeName}`);
  }

  // Reminders the office sets: some later today, some due in seconds (the scheduler sends them), on the helper's
  // students, on unassigned ones and on the office's own.
  const unassigned = students.slice(6, 9);
  const now = Date.now();
  const endOfDay = new Date(`${shanghaiDay(new Date(now))}T23:59:00+08:00`).getTime();
  const laterToday = new Date(Math.max(now + 60_000, Math.min(now + 45 * 60_000, endOfDay - 60_000)));
  const soon = new Date(now + 6_000);
  const remind = (student, dueAt, note) =>
    owner.post(`/api/cases/${caseOf.get(student.name).id}/reminders`, { dueAt: dueAt.toISOString(), note });
  const todayHelper = mine.slice(0, 2);
  const todayOthers = [unassigned[0], unassigned[1], ownersOwn[0]];
  for (const student of [...todayHelper, ...todayOthers]) {
    await remind(student, laterToday, 'Bring the residence permit to the office');
  }
  const firedHelper = mine[2];
  const firedOthers = [unassigned[2], ownersOwn[1]];
  for (const student of [firedHelper, ...firedOthers]) {
    await remind(student, soon, 'Call about the bank card check');
  }

  // The office hears of all three (a reminder reaches its maker), so the scheduler has sent them…
  const titlesOf = async (session) =>
    (await session.get('/api/notifications?limit=100')).items
      .filter((item) => item.body?.includes('Call about the bank card check'))
      .map((item) => item.title);
  await until('the office was not told of the three reminders', async () => {
    const titles = await titlesOf(owner);
    return [firedHelper, ...firedOthers].every((student) => titles.some((title) => title.includes(student.name)));
  });
  // …and the helper only of their own student's, in the app and by email.
  const helperTitles = await titlesOf(wang);
  expect(
    helperTitles.length === 1 && helperTitles[0].includes(firedHelper.name),
    `the helper's reminder notifications: ${JSON.stringify(helperTitles)}`,
  );
  await waitForMail(baseUrl, helperEmail, new RegExp(`Reminder: ${firedHelper.name}|${firedHelper.name}`));
  // One scheduler tick more for any email that would wrongly follow.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  const helperMails = await mailTo(baseUrl, helperEmail);
  for (const student of firedOthers) {
    expect(
      !helperMails.some((mail) => mail.subject.includes(student.name) || mail.text.includes(student.name)),
      `the helper was emailed about ${student.name}, not their student`,
    );
  }

  // The helper's bell lists their student's reminder and no one else's.
  focus(context, helper);
  await helperPage.goto(`${baseUrl}/today`);
  await helperPage.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await helperPage.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
  const drawer = helperPage.getByRole('dialog', { name: 'Notifications' });
  const list = drawer.getByRole('list', { name: 'Notifications, newest first' });
  await list.getByText('Call about the bank card check', { exact: false }).first().waitFor();
  const drawerText = await list.innerText();
  expect(drawerText.includes(firedHelper.name), `the bell does not name ${firedHelper.name}`);
  for (const student of [...firedOthers, ...todayOthers]) {
    expect(!drawerText.includes(student.name), `the helper's bell names ${student.name}, not their student`);
  }
  await checkA11y(context, 'university-helper-bell');
  await helperPage.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });

  // Today, "Mine": due today, the helper's two students; "Everyone" adds the others'.
  const dueToday = 'today-dueToday';
  // The scope's radio inputs are hidden under their chips: a person clicks the chip.
  const scope = helperPage.getByRole('group', { name: 'Whose cases' });
  await scope.getByText('Mine', { exact: true }).click();
  await helperPage.waitForURL((url) => url.searchParams.get('assignee') === 'me');
  // The address changes before the list is drawn again, so the list is read until it is Mine's: the helper's
  // students due today, and no one else (Everyone's list, still shown for a moment, holds the helper's too).
  const mineNames = new Set(mine.map((student) => student.name));
  let mineDue = [];
  await until('Today (Mine) does not list exactly the helper’s students due today', async () => {
    mineDue = await sectionNames(helperPage, dueToday);
    return (
      todayHelper.every((student) => mineDue.includes(student.name)) && mineDue.every((name) => mineNames.has(name))
    );
  }).catch((error) => {
    throw new Error(`${error.message}; last seen: ${mineDue.join(', ')}`);
  });
  await checkA11y(context, 'university-helper-today-mine');
  await shoot(helperPage, context.screenshot('university-helper-today-mine.png'));
  await scope.getByText('Everyone', { exact: true }).click();
  await helperPage.waitForURL((url) => !url.searchParams.has('assignee'));
  await until('Today (Everyone) does not list the other students due today', async () => {
    const names = await sectionNames(helperPage, dueToday);
    return [...todayHelper, ...todayOthers].every((student) => names.includes(student.name));
  });
  expectNoPageErrors(helper.errors, 'helper');
  expectNoPageErrors(office.errors, 'office');
};
