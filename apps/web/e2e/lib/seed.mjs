// Realistic cases for screenshots and Lighthouse, through the API itself: a CSV import (dry run + commit), then
// transitions so every state, deadline and rejection reason shows up.

const firstNames = [
  'Anna',
  'Lukas',
  'Maria',
  'James',
  'Sofia',
  'Omar',
  'Yuki',
  'Pedro',
  'Emma',
  'Ivan',
  'Aisha',
  'Noah',
  'Chloe',
  'Mateo',
  'Lena',
  'Samuel',
];
const lastNames = [
  'Müller',
  'Smith',
  'García',
  "O'Neill",
  'Kowalski',
  'Haddad',
  'Tanaka',
  'Silva',
  'Jensen',
  'Petrov',
  'Diallo',
  'Brown',
  'Martin',
  'Rossi',
  'Novak',
  'Okafor',
];
const banks = ['BOC', 'CMB', 'ICBC', 'CITIC', 'PAB', 'SPDB', 'CIB', 'PSBC'];
const types = [
  'BANK_CARD_VERIFICATION',
  'BANK_CARD_VERIFICATION',
  'BANK_CARD_VERIFICATION',
  'APP_PASSPORT_VERIFICATION',
  'RESTRICTION_APPEAL',
];
const tags = ['spring-intake', 'vip', 'needs-translator', 'tsinghua', 'expat-desk'];

export const cardCheckFailed =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';

const pad = (value, size) => String(value).padStart(size, '0');

/** The client of the seed's row `index`: names repeat only past 256 rows, which then carry their number. */
const seedName = (index) => {
  const first = firstNames[index % firstNames.length];
  const last = lastNames[Math.floor(index / firstNames.length) % lastNames.length];
  return { first, last, name: `${first} ${last}${index >= 256 ? ` ${index}` : ''}` };
};

/** CSV rows of `count` clients, each with one case. */
export const casesCsv = (count, prefix = 'E2E') => {
  const lines = [
    'externalRef,passportName,bankName,nationality,passportNumber,phone,caseType,bank,cardLast4,tags,priority',
  ];
  for (let index = 0; index < count; index += 1) {
    const { first, last, name } = seedName(index);
    const type = types[index % types.length];
    const bank = type === 'BANK_CARD_VERIFICATION' ? banks[index % banks.length] : '';
    const card = type === 'BANK_CARD_VERIFICATION' ? pad((index * 37) % 10000, 4) : '';
    const tag = index % 3 === 0 ? tags[index % tags.length] : '';
    const priority = index % 11 === 0 ? 'HIGH' : 'NORMAL';
    // Banks store plain capitals: Müller → MULLER, O'Neill → ONEILL.
    const plain = (part) =>
      part
        .normalize('NFD')
        .toUpperCase()
        .replace(/[^A-Z ]/g, '');
    const bankName = `${plain(last)} ${plain(first)}`;
    const field = (value) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    lines.push(
      [
        `${prefix}-${pad(index, 5)}`,
        name,
        bankName,
        'DE',
        `C${pad(index, 7)}`,
        `+49 151 ${pad(index, 7)}`,
        type,
        bank,
        card,
        tag,
        priority,
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
};

const walk = {
  BANK_CARD_VERIFICATION: [['submit'], ['await_deposit'], ['confirm_deposit', { amount: '0.0974' }], ['approve']],
  APP_PASSPORT_VERIFICATION: [['submit'], ['start_review'], ['approve']],
  RESTRICTION_APPEAL: [['submit'], ['start_review'], ['approve']],
};

/** Imports `count` cases and moves a share of them through their machines (by index, so runs are repeatable). */
export const seedCases = async (session, count, { prefix = 'E2E', moved = Math.min(count, 120) } = {}) => {
  const job = await session.post(`/api/imports?fileName=${prefix}.csv`, casesCsv(count, prefix), {
    'content-type': 'text/csv',
  });
  if (job.errorCount > 0)
    throw new Error(`seed import has ${job.errorCount} errors: ${JSON.stringify(job.errors.slice(0, 3))}`);
  await session.post(`/api/imports/${job.id}/commit`, { skipInvalid: false });
  const items = [];
  let cursor;
  do {
    const page = await session.get(
      `/api/cases?limit=200&sort=createdAt&order=asc${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  // In the file's order, not the list's: an import's cases share their creation time, so createdAt leaves their
  // order to the ids, and which case reaches which state (what the screens show) would change from run to run.
  const row = new Map(Array.from({ length: count }, (_, index) => [seedName(index).name, index]));
  items.sort((a, b) => (row.get(a.passportName) ?? count) - (row.get(b.passportName) ?? count));
  for (const [index, item] of items.slice(0, moved).entries()) {
    const steps = walk[item.type];
    const depth = index % (steps.length + 2);
    let current = item;
    for (const [action, payload] of steps.slice(0, Math.min(depth, steps.length))) {
      current = (
        await session.post(`/api/cases/${current.id}/transitions`, {
          action,
          version: current.version,
          ...(payload ? { payload } : {}),
        })
      ).case;
    }
    // Every seventh case ends rejected: a card-check failure pasted as Alipay sent it, or a missing document. M1 is
    // dated 2015: the API asks whether so old a date is right (409 STALE_MESSAGE_DATE) unless it is confirmed.
    if (index % 7 === 3 && current.allowedActions.includes('reject')) {
      const body =
        current.type === 'BANK_CARD_VERIFICATION'
          ? { text: cardCheckFailed, version: current.version, confirmStaleDate: true }
          : { text: '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件。', version: current.version };
      current = (await session.post(`/api/cases/${current.id}/apply-message`, body)).case;
    }
    // Deadlines of the helper's own: seconds away (overdue by the time anyone looks; the API refuses past ones) or later today.
    if (index % 9 === 1) {
      await session.post(`/api/cases/${current.id}/reminders`, {
        dueAt: new Date(Date.now() + 3_000).toISOString(),
        note: 'Call the bank about the deposit',
      });
    } else if (index % 9 === 5) {
      await session.post(`/api/cases/${current.id}/reminders`, {
        dueAt: new Date(Date.now() + 20 * 60_000).toISOString(),
        note: 'Ask the client for the entry-stamp page',
      });
    }
  }
  return items.length;
};
