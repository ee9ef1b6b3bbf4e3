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

const restrictionsCheck = step(
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.',
  '查看 设置 → 账号与安全 → 安全中心 → 限制：显示“当前账户无安全问题”即已解除。支付宝不会通知，短信可能只显示问号。',
  ['S0', 'W10'],
  buttons.securityCenter,
);

function passportScanSteps(snapshot: CaseSnapshot, now: Date | null): NextStep[] {
  switch (snapshot.state) {
    case 'PREPARING':
      return [
        step(
          'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).',
          '在支付宝 App 中打开“我的”→“设置”→“身份认证”→“护照”。',
          ['W7'],
          buttons.identityVerification,
        ),
        step(
          'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.',
          '在深色、不反光的背景上扫描信息页（防伪膜不反光），读芯片时取下手机壳，关闭 VPN。姓名按机读码两行中的写法填写。',
          ['W12'],
          buttons.passport,
        ),
        step(
          'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.',
          '若扫描一再失败，请改为手动输入，不要反复扫描：多次失败会锁定约 3 小时。',
          ['W12'],
        ),
      ];
    case 'SCAN_LOCKED':
      return [
        step(
          'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.',
          '扫描失败次数过多：请等待约 3 小时，锁定会自动解除。期间不要重装 App。',
          ['W12'],
        ),
        step(
          'Then scan once more on a dark, matt background, or type the details by hand.',
          '之后在深色、不反光的背景上再扫描一次，或手动输入。',
          ['W12'],
        ),
      ];
    case 'FACE_CHECK':
      return [
        step(
          'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.',
          '按提示完成人脸验证（实人认证）：光线充足、正对镜头，按要求眨眼、点头或读数字。',
          ['W7', 'W12'],
          buttons.faceVerification,
        ),
      ];
    case 'MANUAL_REVIEW':
      return [
        step(
          'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.',
          '等待审核：据报告需 1–2 个工作日，常常几小时即可。请至少在需要付款前 48 小时开始。',
          ['W7'],
        ),
      ];
    case 'REJECTED':
      return rejectedSteps(snapshot, now, [
        step(
          'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.',
          '查看支付宝给出的原因（照片质量、姓名与机读码不符、证件过期、国籍），改正后重新扫描。',
          ['W12'],
        ),
      ]);
    default:
      return [
        step(
          'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.',
          '已认证。下一步绑卡：“银行卡”→“添加银行卡”；持卡人姓名须与护照一致。',
          ['W8'],
          buttons.bankCards,
        ),
      ];
  }
}

/** After this many declines of the same card, the advice is another card rather than another try (W8, W21). */
export const DECLINES_BEFORE_SWITCH = 2;

function internationalCardSteps(snapshot: CaseSnapshot): NextStep[] {
  switch (snapshot.state) {
    case 'PREPARING':
      return [
        step(
          'First ask your bank (or its app) to allow international online payments for the card.',
          '先请发卡行（或在其 App 中）为该卡开通境外网上支付。',
          ['W6', 'W8'],
        ),
        step(
          'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.',
          '在 App 中：“银行卡”→“添加银行卡”。支持 Visa、Mastercard、JCB、Diners Club、Discover；持卡人姓名须与已认证的护照一致。',
          ['W11', 'W8'],
          buttons.addCard,
        ),
      ];
    case 'THREE_DS_PENDING':
      return [
        step(
          "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).",
          '完成发卡行的 3-D Secure 验证（短信验证码或在银行 App 中确认）。',
          ['W8'],
        ),
      ];
    case 'ISSUER_DECLINED':
      return (snapshot.cardDeclines ?? 0) >= DECLINES_BEFORE_SWITCH
        ? [
            step(
              'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.',
              '换卡：这张卡已被发卡行拒绝两次。请添加另一张卡，不要再用这张卡重试。',
              ['W8', 'W21'],
              buttons.addCard,
            ),
            step(
              'Keep screenshots of the exact error; do not delete the Alipay account.',
              '保留错误提示的截图；不要注销支付宝账户。',
              ['W21'],
            ),
          ]
        : [
            step(
              'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.',
              '发卡行拒绝（Card Issuing Bank Declined）：致电银行或用其 App 开通境外网上支付并允许此次绑卡，然后再试一次。',
              ['W8', 'W6'],
            ),
            step(
              'If the same card is declined a second time, switch to another card.',
              '若同一张卡再次被拒，请换卡。',
              ['W21'],
            ),
          ];
    case 'CARD_UNSUPPORTED':
      return [
        step(
          'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.',
          '支付宝不支持这张卡：请改绑 Visa、Mastercard、JCB、Diners Club 或 Discover 卡。',
          ['W11'],
          buttons.addCard,
        ),
      ];
    case 'RISK_CONTROL':
      return reasonSteps('RISK_CONTROL', { day: null, passed: false });
    default:
      return [
        step(
          'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.',
          '绑卡成功。单笔最多 5,000 美元，每年 50,000 美元；超过 200 元的付款收取 3% 手续费。境外卡只能付商户收款码，不能付个人收款码。',
          ['W5', 'W6', 'W8'],
        ),
      ];
  }
}

function quickBindingSteps(snapshot: CaseSnapshot, now: Date | null): NextStep[] {
  switch (snapshot.state) {
    case 'PREPARING':
      return [
        step(
          'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.',
          '在 App 中：“银行卡”→“添加银行卡”。填写卡号和银行预留手机号，再输入短信验证码。',
          ['W9', 'W13'],
          buttons.addCard,
        ),
        step('Upload the passport data page and the entry-stamp page when asked.', '按提示上传护照信息页和入境章页。', [
          'W9',
          'W19',
        ]),
      ];
    case 'SUBMITTED':
    case 'MANUAL_REVIEW':
      return [step('Wait: the documents are reviewed within 24 hours.', '等待：证件将在 24 小时内审核。', ['W9'])];
    case 'REJECTED':
      return rejectedSteps(snapshot, now, [
        step(
          "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.",
          '核对姓名、证件号、卡号和预留手机号是否与银行记录一致（柜台录错很常见），然后重新绑卡。',
          ['W13'],
        ),
      ]);
    case 'CARD_UNBOUND': {
      const retry = retryDayOf(snapshot, now);
      return [
        step(
          retry.day === null || retry.passed
            ? 'The same card may be bound again now; another card was allowed at once.'
            : `The same card may be bound again from ${retry.day} (24 hours after unbinding); another card is allowed now.`,
          retry.day === null || retry.passed
            ? '现在可以重新绑定原卡；其他卡随时可绑。'
            : `自 ${retry.day} 起（解绑满 24 小时）可重新绑定原卡；其他卡现在即可绑定。`,
          ['W15'],
          buttons.addCard,
        ),
      ];
    }
    default:
      return [
        step(
          'Card bound. If you ever unbind it, the same card binds again only 24 hours later.',
          '绑卡成功。若解绑，须满 24 小时才能再次绑定同一张卡。',
          ['W15'],
        ),
      ];
  }
}

function documentUpdateSteps(snapshot: CaseSnapshot, now: Date | null): NextStep[] {
  switch (snapshot.state) {
    case 'PREPARING':
      return [
        step(
          'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.',
          '点击提示“已过期,请重传”（Your ID has expired, touch here to update），上传新证件照片。',
          ['W17', 'W18'],
          buttons.uploadAgain,
        ),
        step(
          'A renewed passport has a new number: give your helper the new number and expiry date.',
          '换发的护照号码不同：请把新号码和有效期告诉协助你的人。',
          ['W18'],
        ),
      ];
    case 'MANUAL_REVIEW':
      return [step('Wait: the result comes within 24 hours.', '等待：24 小时内出结果。', ['W17'])];
    case 'REJECTED':
      return rejectedSteps(snapshot, now, [
        step(
          'Take a new, clear, complete colour photo of the new document and upload it again.',
          '重新拍摄清晰、完整的新证件彩色照片并再次上传。',
          ['W1'],
          buttons.uploadAgain,
        ),
      ]);
    default:
      return [step('The new document is on the account; nothing to do.', '新证件已更新到账户，无需操作。', ['W17'])];
  }
}

function agentAppealSteps(snapshot: CaseSnapshot, now: Date | null): NextStep[] {
  switch (snapshot.state) {
    case 'PREPARING':
      return [
        step(
          'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).',
          'App 内申诉只提供“绑定大陆银行卡”。请改为打开在线客服，要求转人工客服。',
          ['S0', 'W10'],
          buttons.realPerson,
        ),
      ];
    case 'AGENT_REQUESTED':
      return [
        step(
          'Wait for the agent’s email with an upload link (check the spam folder).',
          '等待客服发来含上传链接的邮件（注意查看垃圾邮件）。',
          ['S0'],
        ),
      ];
    case 'UPLOAD_LINK_RECEIVED':
      return [
        step(
          'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.',
          '通过链接上传护照信息页照片，以及本人手持护照（信息页可见）的照片。',
          ['S0', 'W10'],
        ),
      ];
    case 'SUBMITTED':
    case 'MANUAL_REVIEW':
      return [
        step('Wait about 12 hours after the upload.', '上传后等待约 12 小时。', ['S0', 'W10']),
        restrictionsCheck,
      ];
    case 'STILL_RESTRICTED': {
      const closes = isUsableDate(snapshot.retryAfter) ? snapshot.retryAfter : null;
      const open = closes !== null && (now === null || now.getTime() < closes.getTime());
      return open
        ? [
            step(
              `Use the 补传 (re-upload) link in the email before ${formatLocalDate(closes, ALIPAY_TIME_ZONE)} (it works for 24 hours).`,
              `请在 ${formatLocalDate(closes, ALIPAY_TIME_ZONE)} 前使用邮件中的补传链接（24 小时内有效）。`,
              ['W1'],
              buttons.reupload,
            ),
          ]
        : [
            step(
              'Read the email with the reason; then ask the chat for a human agent (人工客服) again.',
              '阅读说明原因的邮件；然后再次在在线客服中要求转人工。',
              ['W1', 'S0'],
              buttons.realPerson,
            ),
          ];
    }
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
    case 'PASSPORT_SCAN_VERIFICATION':
      return passportScanSteps(snapshot, at);
    case 'INTERNATIONAL_CARD_BINDING':
      return internationalCardSteps(snapshot);
    case 'MAINLAND_CARD_QUICK_BINDING':
      return quickBindingSteps(snapshot, at);
    case 'DOCUMENT_UPDATE':
      return documentUpdateSteps(snapshot, at);
    case 'RESTRICTION_APPEAL_AGENT':
      return agentAppealSteps(snapshot, at);
    default:
      return appealSteps(snapshot, at);
  }
}
