import { type AlipayButton, alipayButtons } from './alipay-buttons';
import { caseStates, caseTypes } from './cases';
import { type Bilingual, isRecord, isUsableDate, oneOf } from './common';
import { type SourceTag } from './sources';
import { type CaseSnapshot, machines } from './machine-table';
import { reasonSteps, type RetryDay } from './reason-steps';
import { messageCodes } from './reasons';
import { ALIPAY_TIME_ZONE, formatLocalDate } from './time';

export type { AlipayButton } from './alipay-buttons';

export type NextStep = { text: Bilingual; button?: AlipayButton; source: SourceTag[] };

const buttons = alipayButtons;

const step = (en: string, zh: string, source: SourceTag[], button?: AlipayButton): NextStep => ({
  text: { en, zh },
  ...(button ? { button } : {}),
  source,
});

function bankCardSteps(snapshot: CaseSnapshot, now: Date | null): NextStep[] {
  switch (snapshot.state) {
    case 'PREPARING':
      return [
        step(
          'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).',
          '登录 alipay.com，打开“账户设置”→“基本信息”。',
          ['S2'],
          buttons.accountSettings,
        ),
        step('Click 立即认证 (Verify now).', '点击“立即认证”。', ['S1', 'S2'], buttons.verifyNow),
        step(
          'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.',
          '点击黄色按钮下方的“外籍”，不要用大陆或港澳台表单。',
          ['S2', 'S3'],
          buttons.foreign,
        ),
        step(
          'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.',
          '按银行登记的写法填写姓名；填写护照号码（至少 8 位，不足前面补 0）、在华地址（酒店地址即可）和电话；上传护照信息页和入境章页。',
          ['S2', 'S3', 'S4'],
        ),
        step(
          'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).',
          '填写银行、开户城市和卡号，然后点击“下一步”。',
          ['S2', 'S3'],
          buttons.next,
        ),
      ];
    case 'SUBMITTED':
    case 'AWAITING_DEPOSIT':
      return [
        step(
          'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.',
          '等待支付宝向银行卡打入一笔不足 1 元的金额（如 0.0974 元）——官方称 1–2 天，有时更久。留意银行短信，或在 ATM、柜台查询。',
          ['S2', 'S3', 'S4'],
        ),
        step(
          'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.',
          '到账后登录支付宝，点击“未认证”/“申请认证”，再点击“输入打款金额”，填写准确金额。',
          ['S2', 'S3'],
          buttons.enterAmount,
        ),
        step('Tell your helper the amount and the day it arrived.', '把金额和到账日期告诉协助你的人。', ['S3']),
      ];
    case 'MANUAL_REVIEW':
      return [
        step(
          'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).',
          '无需操作：支付宝客服将在 2 天内审核。之后查看实名认证进度。',
          ['S2', 'S3', 'S4'],
        ),
        step(
          'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.',
          '除非要重新认证，否则不要点击“撤销本次认证申请”。',
          ['S3'],
          buttons.revoke,
        ),
      ];
    case 'REJECTED':
      return rejectedBankCardSteps(snapshot, now);
    default:
      return [
        step(
          'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).',
          '完成：账户已实名认证（蓝色对勾）。现在可以通过“添加银行卡”绑卡。',
          ['S1', 'S2'],
          buttons.addCard,
        ),
      ];
  }
}

/** The same-card retry day of a rejected case, as the portal and the interpreter phrase it. */
function retryDayOf(snapshot: CaseSnapshot, now: Date | null): RetryDay {
  const retryAfter = isUsableDate(snapshot.retryAfter) ? snapshot.retryAfter : null;
  if (!retryAfter) return { day: null, passed: false };
  return {
    day: formatLocalDate(retryAfter, ALIPAY_TIME_ZONE),
    passed: now !== null && now.getTime() >= retryAfter.getTime(),
  };
}

/**
 * After a rejection: the steps the helper's interpreter gives for its reason (reason-steps.ts, one source), or
 * `otherwise` when the reason is OTHER or unknown.
 */
function rejectedSteps(snapshot: CaseSnapshot, now: Date | null, otherwise: NextStep[]): NextStep[] {
  const reason = snapshot.lastReasonCode;
  return oneOf(messageCodes, reason) ? reasonSteps(reason, retryDayOf(snapshot, now)) : otherwise;
}

function rejectedBankCardSteps(snapshot: CaseSnapshot, now: Date | null): NextStep[] {
  const startOver = step(
    'To start over, press 撤销本次认证申请 (Revoke this application) first.',
    '重新认证前，先点击“撤销本次认证申请”。',
    ['S3'],
    buttons.revoke,
  );
  const steps = rejectedSteps(snapshot, now, [
    step(
      'Send your helper the exact message Alipay shows after login (a screenshot helps).',
      '把登录后支付宝显示的原始消息发给协助你的人（最好截图）。',
      ['S2', 'S4'],
    ),
  ]);
  // Applying again on the web starts with revoking the rejected application (S3), unless a step already says so.
  return steps.some((next) => next.button?.zh === buttons.revoke.zh) ? steps : [...steps, startOver];
}

function passportSteps(snapshot: CaseSnapshot, now: Date | null): NextStep[] {
  switch (snapshot.state) {
    case 'PREPARING':
      return [
        step(
          'In the Alipay app open Me → Settings → Identity Verification → Passport.',
          '在支付宝 App 中打开“我的”→“设置”→“身份认证”→“护照”。',
          ['W7'],
        ),
        step(
          'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.',
          '拍摄护照信息页——清晰、完整、彩色、不裁剪不修改——并按护照填写姓名和号码。较新的手机可能提供芯片+人脸认证。',
          ['W7'],
        ),
      ];
    case 'SUBMITTED':
    case 'MANUAL_REVIEW':
      return [step('Wait for approval: allow 1–2 business days.', '等待审核：约需 1–2 个工作日。', ['W7'])];
    case 'REJECTED':
      return rejectedSteps(snapshot, now, [
        step(
          'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.',
          '重新拍摄清晰、完整的彩色护照页照片——不裁剪、无折痕、不拼接、不修改——然后重新提交。',
          ['W1'],
        ),
      ]);
    default:
      return [
        step(
          'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.',
          '在 App 中添加 Visa、Mastercard 或 JCB 卡；持卡人姓名须与护照一致，并完成 3-D Secure 验证。',
          ['W8', 'W4'],
        ),
      ];
  }
}

function appealSteps(snapshot: CaseSnapshot, now: Date | null): NextStep[] {
  switch (snapshot.state) {
    case 'PREPARING':
      return [
        step(
          "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.",
          '在 App 在线客服中要求转人工（人工客服）；App 内申诉只提供绑定大陆银行卡。',
          ['S0'],
          buttons.realPerson,
        ),
        step(
          'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.',
          '客服会发邮件链接：上传护照信息页照片和本人手持护照（信息页可见）的照片。',
          ['S0'],
        ),
      ];
    case 'SUBMITTED':
    case 'MANUAL_REVIEW':
      return [
        step(
          'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.',
          '等待约 12 小时至 1 天。App 不会通知，短信可能显示为问号。',
          ['S0', 'W3'],
        ),
        step(
          'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".',
          '查看 设置 → 账号与安全 → 安全中心 → 限制：应显示“当前账户无安全问题”。',
          ['S0'],
        ),
      ];
    case 'REJECTED':
      return rejectedSteps(snapshot, now, [
        step('Read the email that gives the reason.', '阅读说明原因的邮件。', ['W1']),
        step(
          'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.',
          '若邮件中有“补传”链接，须在 24 小时内使用；否则通过在线客服重新申请。',
          ['W1'],
          buttons.reupload,
        ),
      ]);
    default:
      return [step('The restriction is lifted; nothing to do.', '限制已解除，无需操作。', ['S0'])];
  }
}

/**
 * What the case's client should do next, in plain words with Alipay's Chinese button names, for the client portal
 * and the client's emails. After a rejection for a known message these are the interpreter's steps for it (the
 * helper's view). `now` decides whether a same-card retry date has passed.
 */
export function nextSteps(snapshot: CaseSnapshot, now?: Date): NextStep[] {
  if (!isRecord(snapshot) || !oneOf(caseTypes, snapshot.type) || !oneOf(caseStates, snapshot.state)) return [];
  if (!machines[snapshot.type].states.includes(snapshot.state)) return [];
  const at = isUsableDate(now) ? now : null;
  switch (snapshot.type) {
    case 'BANK_CARD_VERIFICATION':
      return bankCardSteps(snapshot, at);
    case 'APP_PASSPORT_VERIFICATION':
      return passportSteps(snapshot, at);
    default:
      return appealSteps(snapshot, at);
  }
}
