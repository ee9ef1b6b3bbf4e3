import { alipayButtons } from './alipay-buttons';
import type { Bilingual } from './common';
import type { MessageCode } from './reasons';
import { knowledge2026 } from './message-knowledge-2026';
import type { Knowledge } from './message-knowledge-types';

export type { InterpretationKind, Knowledge, MessageStep } from './message-knowledge-types';

const call95188: Bilingual = {
  en: 'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.',
  zh: '拨打支付宝客服 95188（按 1）或英文热线 +86 571 95188，最好请会中文的朋友协助。',
};

/** What each message means and what to do (docs/domain.md, "Messages"). A data table; the recognisers are in message-patterns.ts. */
export const messageKnowledge: Readonly<Record<MessageCode, Knowledge>> = {
  CARD_CHECK_FAILED: {
    kind: 'error',
    meaning: {
      en: 'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.',
      zh: '银行卡信息认证失败。可以立即更换银行卡重新认证，或撤销本次认证，N 天后（消息中的日期）再用原银行卡重新认证。',
    },
    causes: [
      {
        en: 'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).',
        zh: '姓名与银行登记的不完全一致（顺序、大小写、中间名、空格）。',
      },
      { en: 'A technical fault at Alipay or the bank.', zh: '支付宝或银行的技术故障。' },
    ],
    nextSteps: [
      {
        en: 'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.',
        zh: '向银行确认登记的姓名写法（网银或柜台）并完全照写；中国银行使用全大写。',
      },
      { en: 'Either change to another bank card now, or', zh: '立即更换银行卡重新认证，或' },
      {
        en: 'revoke (撤销本次认证) and retry with the same card on or after the date in the message.',
        zh: '点击“撤销本次认证”，在消息中的日期当天或之后使用原银行卡重新认证。',
        onRetryDay: {
          en: 'revoke (撤销本次认证) and retry with the same card on or after {day}.',
          zh: '点击“撤销本次认证”，在 {day} 当天或之后使用原银行卡重新认证。',
        },
        onRetryPassed: {
          en: 'revoke (撤销本次认证) and retry with the same card — it is allowed now.',
          zh: '点击“撤销本次认证”，现在即可使用原银行卡重新认证。',
        },
        button: alipayButtons.revoke,
      },
    ],
    suggestedAction: 'reject',
    source: ['S2'],
  },
  DEPOSIT_FAILED: {
    kind: 'error',
    meaning: {
      en: 'Alipay could not pay the small test amount into the bank account, so the verification failed.',
      zh: '支付宝向银行账户打款失败，认证未通过。',
    },
    causes: [
      {
        en: 'Usually the name order or spelling differs from the bank record; the message itself is generic.',
        zh: '通常是姓名顺序或拼写与银行记录不一致；此消息本身较笼统。',
      },
    ],
    nextSteps: [
      {
        en: 'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).',
        zh: '登录支付宝查看打款失败原因。',
      },
      {
        en: 'Re-enter the name exactly as the bank has it and submit again.',
        zh: '按银行登记的姓名重新填写并再次提交。',
      },
      call95188,
    ],
    suggestedAction: 'reject',
    source: ['S2'],
  },
  DOCUMENTS_MISSING: {
    kind: 'error',
    meaning: {
      en: 'The review failed because other valid documents are missing.',
      zh: '审核未通过：缺少其他有效证件。',
    },
    causes: [
      {
        en: 'Only the passport data page was sent, or the visa / entry stamp was missing.',
        zh: '只上传了护照信息页，或缺少签证/入境章。',
      },
    ],
    nextSteps: [
      {
        en: 'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.',
        zh: '补充中国签证、入境章和护照签名页后重新申请。',
      },
      call95188,
    ],
    suggestedAction: 'reject',
    missingDocuments: ['VISA', 'ENTRY_STAMP', 'SIGNATURE_PAGE'],
    source: ['S2', 'S3'],
  },
  CANNOT_OPERATE: {
    kind: 'error',
    meaning: {
      en: "Sorry, the application can't be processed at the moment.",
      zh: '抱歉，暂时无法操作。',
    },
    causes: [
      {
        en: 'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.',
        zh: '姓名超过 20 个字母（含空格），且银行不是招商银行。',
      },
    ],
    nextSteps: [{ en: 'Use a China Merchants Bank (招商银行) card.', zh: '改用招商银行的银行卡。' }],
    source: ['S2', 'S4'],
  },
  SYSTEM_ERROR: {
    kind: 'error',
    meaning: {
      en: "Alipay's system had an error and could not process the request.",
      zh: '支付宝系统出错，暂时无法处理。',
    },
    causes: [
      { en: 'A fault on the Alipay website.', zh: '支付宝网站故障。' },
      {
        en: 'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.',
        zh: '有时是姓名写法与银行记录不符：有用户从中国银行换成工商银行后成功。',
      },
    ],
    nextSteps: [
      { en: 'Try again later.', zh: '稍后再试。' },
      {
        en: 'Clear the browser cache and cookies, or use another browser.',
        zh: '清除浏览器缓存和 Cookie，或换一个浏览器。',
      },
      {
        en: "If it keeps failing, check the name spelling or try another bank's card.",
        zh: '若仍失败，检查姓名写法或换一家银行的卡。',
      },
    ],
    source: ['S2'],
  },
  UNDER_REVIEW: {
    kind: 'status',
    meaning: {
      en: 'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).',
      zh: '不是错误：支付宝客服将在 2 天内审核。若想重新认证，请先撤销本次认证申请。',
    },
    causes: [],
    nextSteps: [
      {
        en: 'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.',
        zh: '等待审核结果，然后在支付宝查看实名认证进度。',
      },
      {
        en: 'Do not revoke unless you want to start again.',
        zh: '除非要重新认证，否则不要撤销申请。',
        button: alipayButtons.revoke,
      },
    ],
    suggestedAction: 'start_review',
    source: ['S2', 'S3', 'S4'],
  },
  LOGIN_BLOCKED: {
    kind: 'error',
    meaning: {
      en: 'This account is not allowed to log in at present; contact Alipay customer service on 95188.',
      zh: '该账户目前不允许登录，请联系支付宝客服 95188。',
    },
    causes: [
      {
        en: 'Seen after a foreign-card payment was held for 24 hours and declined.',
        zh: '曾出现在境外卡付款被冻结 24 小时后被拒之后。',
      },
    ],
    nextSteps: [call95188],
    source: ['S2'],
  },
  CHOOSE_OTHER_METHOD: {
    kind: 'error',
    meaning: {
      en: '"Choose another verification method": shown after an error on submit; it returns to the start.',
      zh: '“选择其他认证方式”：提交出错后出现，点击后回到认证首页。',
    },
    causes: [{ en: 'An error on submit, often a system error.', zh: '提交时出错，常为系统错误。' }],
    nextSteps: [
      {
        en: 'Read the error shown above it; retry later or in another browser.',
        zh: '查看上方的错误提示；稍后或换浏览器重试。',
      },
    ],
    source: ['S2'],
  },
  WRONG_FORM_ID_NUMBER: {
    kind: 'error',
    meaning: {
      en: 'The mainland form was used: it wants an 18-character Chinese ID number.',
      zh: '使用了大陆居民认证表单：它要求 18 位身份证号码。',
    },
    causes: [
      {
        en: 'The 外籍 (foreign nationality) link under 立即认证 was not chosen.',
        zh: '没有在“立即认证”下方选择“外籍”。',
      },
    ],
    nextSteps: [
      {
        en: 'Go back to 立即认证 and click 外籍, then enter the passport number.',
        zh: '回到“立即认证”，点击“外籍”，然后填写护照号码。',
        button: alipayButtons.foreign,
      },
    ],
    source: ['S2'],
  },
  ACCOUNT_RESTRICTED: {
    kind: 'restriction',
    meaning: {
      en: 'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.',
      zh: '账户主要功能（付款、收款、加好友、发消息等）被限制；提现不受影响。',
    },
    causes: [
      {
        en: 'Risk control, e.g. right after sign-up abroad ("Malicious account operations").',
        zh: '风控，例如在境外注册后立即被限（“恶意操作账户”）。',
      },
    ],
    nextSteps: [
      {
        en: 'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.',
        zh: '在 App 在线客服中要求转人工；App 内申诉只提供绑定大陆银行卡。',
        button: alipayButtons.realPerson,
      },
      {
        en: 'Upload the passport data page and a photo holding the passport through the emailed link.',
        zh: '通过邮件中的链接上传护照信息页和手持护照照片。',
      },
      {
        en: 'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".',
        zh: '约 12 小时后查看 设置 → 账号与安全 → 安全中心 → 限制；应显示“当前账户无安全问题”。',
      },
      {
        en: 'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.',
        zh: '若审核失败邮件中有“补传”链接，须在 24 小时内使用。',
        button: alipayButtons.reupload,
      },
    ],
    source: ['S0', 'W1'],
  },
  ...knowledge2026,
};
