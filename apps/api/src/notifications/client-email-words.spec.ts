import { clientLanguages, clientTexts, documentKinds, nextSteps, reminderKinds, textKey } from '@waiji/domain';
import { clientReviewEmail, clientReviewNotification, type ReviewFacts } from '../documents/review-notice';
import {
  clientEmailWords,
  clientMessageWords,
  clientReminderWords,
  clientReviewWords,
  fill,
} from './client-email-words';
import { clientMessageEmail, type MessageFacts, messageNotification } from './message-content';
import { clientInAppNotification, clientReminderEmail } from './client-reminder-content';
import type { ReminderFacts } from './reminder-content';

// Issue 22: the client's emails in every client language — the same entries and the same placeholders as English.

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('client email words', () => {
  const english = new Map(leaves(clientEmailWords.en as unknown as Tree));

  it.each(clientLanguages)('%s has every entry, with the placeholders of the English one', (language) => {
    const own = leaves(clientEmailWords[language] as unknown as Tree);
    expect(own.map(([key]) => key).sort()).toEqual([...english.keys()].sort());
    const mismatched = own.filter(
      ([key, text]) => placeholders(text).join() !== placeholders(english.get(key)!).join(),
    );
    expect(mismatched).toEqual([]);
    expect(own.filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(fill('{{a}} and {{b}}', { a: 'x' })).toBe('x and {{b}}');
  });
});

describe('a reminder to a client in their language', () => {
  const facts: ReminderFacts = {
    caseId: 'c1',
    caseType: 'BANK_CARD_VERIFICATION',
    state: 'AWAITING_DEPOSIT',
    clientName: 'PETROV IVAN',
    organizationName: 'Bridge <Agency>',
    kind: 'DEPOSIT_EXPECTED',
    manual: false,
    dueAt: new Date('2026-03-10T00:00:00Z'),
    timeZone: 'Asia/Shanghai',
    dueLocal: '2026-03-10 08:00',
    reason: { en: 'The deposit should have arrived.', zh: '打款应已到账。' },
    steps: [
      {
        text: { en: 'Press 输入打款金额 and type the amount.', zh: '点击“输入打款金额”。' },
        button: { zh: '输入打款金额', pinyin: "shūrù dǎkuǎn jīn'é", en: 'Enter the deposit amount' },
        source: ['S2'],
      },
    ],
    caseUrl: 'https://waiji.example/cases/c1',
  };

  it.each(Object.keys(clientReminderWords) as (keyof typeof clientReminderWords)[])(
    '%s names every deadline kind and keeps the placeholders',
    (language) => {
      const words = clientReminderWords[language];
      expect(Object.keys(words.kinds).sort()).toEqual([...reminderKinds].sort());
      expect(placeholders(words.subject)).toEqual(['kind']);
      expect(placeholders(words.intro)).toEqual(['organization']);
    },
  );

  it('writes Russian with the kind, the zone named in Russian and Alipay’s words beside their Russian meaning', () => {
    const mail = clientReminderEmail(facts, 'ru', 'https://waiji.example/u/x');
    expect(mail.subject).toBe('Напоминание об Alipay: Проверочный платёж должен был прийти');
    expect(mail.text).toContain('Здравствуйте, PETROV IVAN!');
    expect(mail.text).toContain('Срок: Проверочный платёж должен был прийти — 2026-03-10 08:00 (Китай');
    expect(mail.text).toContain("输入打款金额 (shūrù dǎkuǎn jīn'é) — ввести сумму платежа");
    expect(mail.html).toContain('<html lang="ru" dir="ltr">');
    expect(mail.html).toContain('Bridge &lt;Agency&gt;');
  });

  it('tells a Russian client in the app in Russian: the kind, and the first step from the Russian table', () => {
    const at = new Date('2026-03-09T00:00:00Z');
    const steps = nextSteps(
      { type: 'BANK_CARD_VERIFICATION', state: 'AWAITING_DEPOSIT', stateEnteredAt: at, attempt: 1 },
      at,
    );
    const notice = clientInAppNotification({ ...facts, steps }, 'ru');
    expect(notice.title).toBe('Проверочный платёж должен был прийти: PETROV IVAN');
    expect(notice.body).toContain(clientTexts.ru[textKey(steps[0]!.text.en)]!);
    expect(clientInAppNotification(facts, 'zh').title).toBe('打款应已到账: PETROV IVAN');
  });

  it('keeps English and Chinese as they were, and Arabic right to left', () => {
    expect(clientReminderEmail(facts, 'en', 'u').subject).toBe('Alipay reminder: Deposit should have arrived');
    expect(clientReminderEmail(facts, 'ar', 'u').html).toContain('<html lang="ar" dir="rtl">');
  });
});

describe('a document review to a client in their language', () => {
  const facts: ReviewFacts = {
    kind: 'VISA',
    accepted: false,
    reason: 'The photo is blurred',
    clientName: 'PETROV IVAN',
    organizationName: 'Bridge',
    portalUrl: 'https://waiji.example/portal/cases/c1',
  };

  it.each(Object.keys(clientReviewWords) as (keyof typeof clientReviewWords)[])(
    '%s names every document kind and keeps the placeholders',
    (language) => {
      const words = clientReviewWords[language];
      expect(Object.keys(words.kinds).sort()).toEqual([...documentKinds].sort());
      expect(placeholders(words.accepted)).toEqual(['document']);
      expect(placeholders(words.again)).toEqual(['document']);
      expect(placeholders(words.acceptedLine)).toEqual(['document', 'organization']);
      expect(placeholders(words.rejectedLine)).toEqual(['document', 'organization']);
    },
  );

  it('tells a Korean client in the app in Korean, with the helper’s reason', () => {
    const notice = clientReviewNotification(facts, 'ko');
    expect(notice.title).toBe(fill(clientReviewWords.ko.again, { document: '중국 비자' }));
    expect(notice.body).toContain('The photo is blurred');
    expect(clientReviewNotification(facts, 'en').title).toBe('Please send again: Chinese visa');
  });

  it('asks a Russian client again in Russian, with the helper’s reason and the portal link', () => {
    const mail = clientReviewEmail(facts, 'ru', 'https://waiji.example/u/x');
    expect(mail.subject).toBe('Пришлите ещё раз: Китайская виза');
    expect(mail.text).toContain('Bridge проверили документ «Китайская виза»: нужен новый.');
    expect(mail.text).toContain('Почему: The photo is blurred');
    expect(mail.text).toContain('Загрузить снова: https://waiji.example/portal/cases/c1');
    expect(clientReviewEmail(facts, 'en', 'u').subject).toBe('Please send again: Chinese visa');
  });
});

describe('a helper’s message to a client in their language', () => {
  const facts: MessageFacts = {
    caseType: 'BANK_CARD_VERIFICATION',
    state: 'AWAITING_DEPOSIT',
    clientName: 'KIM MINJI',
    organizationName: 'Bridge',
    authorName: 'Li Na',
    body: 'Please check your bank SMS tomorrow.',
    url: 'https://waiji.example/portal/cases/c1',
  };

  it.each(Object.keys(clientMessageWords) as (keyof typeof clientMessageWords)[])(
    '%s has every entry with the English placeholders',
    (language) => {
      const words = clientMessageWords[language];
      expect(placeholders(words.title)).toEqual(['organization']);
      expect(placeholders(words.subject)).toEqual(['organization']);
      expect(placeholders(words.wrote)).toEqual(['about', 'author', 'organization']);
      expect(placeholders(words.wroteUnnamed)).toEqual(['about', 'organization']);
      expect(placeholders(words.replyPortal)).toEqual([]);
      expect(placeholders(words.replyOutside)).toEqual(['organization']);
    },
  );

  it('writes to a Korean client in Korean, the case named in Korean, the message quoted as written', () => {
    const mail = clientMessageEmail(facts, 'ko', 'https://waiji.example/u/x');
    expect(mail.subject).toBe('Bridge: 진행 건에 관한 새 메시지');
    expect(mail.text).toContain('Bridge의 Li Na 님이 진행 건(');
    expect(mail.text).toContain('  > Please check your bank SMS tomorrow.');
    expect(mail.text).toContain('포털에서 읽고 답장하기: https://waiji.example/portal/cases/c1');
    expect(mail.html).toContain('<html lang="ko" dir="ltr">');
    expect(messageNotification(facts, 'ko', 'client').title).toBe('Bridge에서 새 메시지가 왔습니다');
    // Arabic right to left; no portal: how to answer instead.
    const ar = clientMessageEmail({ ...facts, url: null, authorName: null }, 'ar', 'u');
    expect(ar.html).toContain('dir="rtl"');
    expect(ar.text).toContain('كتبت إليك Bridge');
    expect(ar.text).toContain('للرد، تواصل مع Bridge');
    // English and Chinese as before.
    expect(clientMessageEmail(facts, 'en', 'u').subject).toBe('Bridge: a new message about your case');
    expect(messageNotification(facts, 'zh', 'client').title).toBe('Bridge 发来新消息');
    expect(messageNotification(facts, 'ru', 'helper').title).toBe('Message from KIM MINJI');
  });
});
