// Which case type fits one person, from three plain questions (docs/domain.md, "The process as modelled" and
// "What changed 2023–2026"). A file of its own: only the individual's new-case page reads it.
import type { CaseType } from './cases';
import type { Bilingual } from './common';
import type { SourceTag } from './sources';

export const stayKinds = ['VISITING', 'LIVING'] as const;
export type StayKind = (typeof stayKinds)[number];

/** What the person answered so far; a question not yet answered is left out. */
export type CaseTypeAnswers = { restricted?: boolean; mainlandCard?: boolean; stay?: StayKind };

export type ChooserQuestion = keyof CaseTypeAnswers;

/** A sentence of the explanation with where it comes from. */
export type ChooserReason = { text: Bilingual; source: SourceTag[] };

export type CaseTypeRecommendation = {
  type: CaseType;
  /** Why this type, in the order a person reads it. */
  reasons: ChooserReason[];
  /** The other type that could also fit this person, and when; null when there is none worth offering. */
  alternative: { type: CaseType; when: Bilingual } | null;
};

type QuestionText = { question: Bilingual; hint: ChooserReason };

export const chooserQuestions: Readonly<Record<ChooserQuestion, QuestionText>> = {
  restricted: {
    question: { en: 'Is your Alipay account restricted?', zh: '你的支付宝账户被限制了吗？' },
    hint: {
      text: {
        en: 'Paying, receiving money and messaging stop, and Alipay names a reason such as "Malicious account operations". To check: Settings → Account and Security → Security Center → Restrictions.',
        zh: '付款、收款和发消息都无法使用，支付宝会给出原因，例如“恶意操作账户”。查看方法：设置 → 账号与安全 → 安全中心 → 限制。',
      },
      source: ['S0'],
    },
  },
  mainlandCard: {
    question: { en: 'Do you have a mainland China bank card?', zh: '你有中国大陆的银行卡吗？' },
    hint: {
      text: {
        en: 'A savings (debit) card from a bank in mainland China, in your own name. A card from a branch abroad or from Hong Kong does not count.',
        zh: '以你本人名义开立的中国大陆银行储蓄卡（借记卡）。境外分行或香港发行的卡不算。',
      },
      source: ['S1', 'S2'],
    },
  },
  stay: {
    question: { en: 'Are you visiting or living in China?', zh: '你是来中国短期访问，还是在中国居住？' },
    hint: {
      text: {
        en: 'Living: you have (or will get) a residence permit for work, study or family. Visiting: a trip or a short stay.',
        zh: '居住：你有（或即将办理）工作、学习或家庭团聚的居留许可。访问：旅行或短期停留。',
      },
      source: ['W'],
    },
  },
};

export const yesNoLabels: Readonly<Record<'yes' | 'no', Bilingual>> = {
  yes: { en: 'Yes', zh: '是' },
  no: { en: 'No', zh: '否' },
};

export const stayLabels: Readonly<Record<StayKind, Bilingual>> = {
  VISITING: { en: 'Visiting', zh: '短期访问' },
  LIVING: { en: 'Living in China', zh: '在中国居住' },
};

/** The questions to show for these answers, in order: a restricted account needs no more. */
export function questionsFor(answers: CaseTypeAnswers): ChooserQuestion[] {
  return answers?.restricted === true ? ['restricted'] : ['restricted', 'mainlandCard', 'stay'];
}

const reason = (en: string, zh: string, source: SourceTag[]): ChooserReason => ({ text: { en, zh }, source });

const appeal: ChooserReason[] = [
  reason(
    'A restricted account cannot be verified until the restriction is lifted, so the appeal comes first.',
    '账户被限制时无法完成认证，需要先申诉解除限制。',
    ['S0'],
  ),
  reason(
    'The appeal inside the app offers only linking a mainland bank card. Instead, ask the chat for a human agent (人工客服): they email you a link to upload your passport data page and a photo of you holding the passport.',
    'App 内的申诉只提供绑定大陆银行卡一种方式。请在客服对话中要求转人工客服，客服会发邮件给你上传链接，上传护照信息页和手持护照的照片。',
    ['S0'],
  ),
  reason(
    'In the reported cases the restriction was lifted about 12 hours after the upload, at most the next day. The app does not announce it: check the Restrictions page again.',
    '据报告，上传后约 12 小时即解除限制，最晚第二天。App 不会通知你，请自行回到“限制”页面查看。',
    ['S0', 'W'],
  ),
];

const bankCard: ChooserReason[] = [
  reason(
    'With a mainland card, Alipay checks your name and passport against what your bank holds (real-name verification with a bank card). Type your name exactly as the bank stores it.',
    '有大陆银行卡时，支付宝会用银行登记的信息核对你的姓名和护照（银行卡实名认证）。姓名要与银行登记的完全一致。',
    ['S2', 'S3'],
  ),
  reason(
    'Older applications were confirmed with a small deposit (under RMB 1) into the card; for overseas users Alipay now binds the card directly (quick binding, 快捷绑卡) against the phone number your bank holds, and reviews the passport pages within 24 hours. Waiji tracks the review, the failure causes and the 24-hour wait after unbinding.',
    '以前的申请需要确认一笔打入银行卡的小额款项（不到 1 元）；现在支付宝对境外用户直接快捷绑卡，核对银行预留手机号，并在 24 小时内审核护照页。Waiji 会跟踪审核、失败原因以及解绑后的 24 小时等待。',
    ['S3', 'W'],
  ),
];

const livingWithCard = reason(
  'Living in China, a mainland card also lets you receive money and pay people, not only shops.',
  '在中国居住时，大陆银行卡还能让你收款和向个人付款，而不仅仅是在商户消费。',
  ['W'],
);

const passport: ChooserReason[] = [
  reason(
    "Without a mainland card, today's way is the passport check in the app: Me → Settings → Identity Verification → Passport, with a photo of the data page (newer phones read the chip and check your face).",
    '没有大陆银行卡时，现在的方式是在 App 里做护照认证：我的 → 设置 → 身份认证 → 护照，拍摄护照信息页（较新的手机可读取护照芯片并进行人脸验证）。',
    ['W'],
  ),
  reason(
    'The review takes 1–2 business days, so start at least 48 hours before you need to pay. Repeated scan failures lock you out for about 3 hours: type the details by hand instead, and do not reinstall the app.',
    '审核需要 1–2 个工作日，请至少在需要付款前 48 小时开始。多次扫描失败会锁定约 3 小时：请改为手动输入，不要重装 App。',
    ['W7', 'W12'],
  ),
  reason(
    'Then add your Visa, Mastercard, JCB, Diners Club or Discover card (a case of its own): the name on it must match your passport, and your bank may have to allow international online payments.',
    '之后添加 Visa、Mastercard、JCB、Diners Club 或 Discover 卡（另开一个案件）：卡上的姓名必须与护照一致，可能需要让发卡行开通境外网上支付。',
    ['W8', 'W11'],
  ),
];

/**
 * The case type these answers point to, with the reasons to show; null until enough is answered. A restricted
 * account is appealed first (S0); otherwise a mainland card decides (S2, S3: the bank-card route needs one; W7, W8:
 * everyone else verifies the passport in the app), and living or visiting decides what else is worth saying.
 */
export function recommendCaseType(answers: CaseTypeAnswers): CaseTypeRecommendation | null {
  if (typeof answers !== 'object' || answers === null) return null;
  if (answers.restricted === true) return { type: 'RESTRICTION_APPEAL_AGENT', reasons: appeal, alternative: null };
  if (answers.restricted !== false || answers.mainlandCard === undefined || answers.stay === undefined) return null;
  if (answers.mainlandCard) {
    return {
      type: 'MAINLAND_CARD_QUICK_BINDING',
      reasons: answers.stay === 'LIVING' ? [...bankCard, livingWithCard] : bankCard,
      alternative: {
        type: 'PASSPORT_SCAN_VERIFICATION',
        when: {
          en: 'If the bank card route fails or your bank will not confirm your name, the passport check in the app with a card from home works too.',
          zh: '如果银行卡认证不通过，或银行无法核对你的姓名，也可以在 App 里做护照认证并绑定境外银行卡。',
        },
      },
    };
  }
  return {
    type: 'PASSPORT_SCAN_VERIFICATION',
    reasons: passport,
    alternative:
      answers.stay === 'LIVING'
        ? {
            type: 'MAINLAND_CARD_QUICK_BINDING',
            when: {
              en: 'Once you open a mainland savings account, you can verify with that card too: it lets you receive money and pay people, which a card from abroad does not.',
              zh: '开立大陆储蓄账户后，也可以用该卡认证：它能收款和向个人付款，境外银行卡做不到。',
            },
          }
        : null,
  };
}
