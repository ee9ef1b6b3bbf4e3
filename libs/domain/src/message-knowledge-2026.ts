import { alipayButtons } from './alipay-buttons';
import type { Bilingual } from './common';
import type { Knowledge } from './message-knowledge-types';
import type { MessageCode } from './reasons';

// What the messages added in issue 18 mean and what to do: the seed-era texts the first model missed (M11–M17) and
// the 2026 app flows (M18–M29). Entries in docs/domain.md, "Messages".

export type MessageCode2026 = Extract<
  MessageCode,
  | 'DOC_NUMBER_MISMATCH'
  | 'INFO_NOT_VERIFIABLE'
  | 'NAME_ACCOUNT_MISMATCH'
  | 'CARD_USED_ELSEWHERE'
  | 'TAOBAO_RESTRICTED'
  | 'SMS_QUESTION_MARKS'
  | 'NO_SECURITY_ISSUES'
  | 'SCAN_LOCKED_OUT'
  | 'PHOTO_UNCLEAR'
  | 'NAME_NOT_MRZ'
  | 'NATIONALITY_UNSUPPORTED'
  | 'ID_EXPIRED'
  | 'REVIEW_IN_24_HOURS'
  | 'ISSUER_DECLINED'
  | 'CARD_NOT_SUPPORTED'
  | 'RISK_CONTROL'
  | 'RESERVED_PHONE_MISMATCH'
  | 'QUICK_PAY_REFUSED'
  | 'BIND_LIMIT_REACHED'
>;

const restrictionsPage: Bilingual = {
  en: 'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.',
  zh: '查看 设置 → 账号与安全 → 安全中心 → 限制：显示“当前账户无安全问题”即已解除。',
};

const keepScreenshot: Bilingual = {
  en: 'Keep a screenshot of the exact error; do not delete the Alipay account.',
  zh: '保留错误提示的截图；不要注销支付宝账户。',
};

export const knowledge2026: Readonly<Record<MessageCode2026, Knowledge>> = {
  DOC_NUMBER_MISMATCH: {
    kind: 'error',
    meaning: {
      en: 'The document number does not match the one the account was opened with.',
      zh: '证件号码与开户时登记的不一致。',
    },
    causes: [
      {
        en: 'The account was created with a national ID card number, and the passport has another number.',
        zh: '账户是用本国身份证号码注册的，而护照号码不同。',
      },
    ],
    nextSteps: [
      {
        en: 'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.',
        zh: '提交开户时使用的同一证件；若无法提供，致电 95188 询问如何更改。',
      },
    ],
    suggestedAction: 'reject',
    source: ['S1'],
  },
  INFO_NOT_VERIFIABLE: {
    kind: 'error',
    meaning: {
      en: 'Alipay security could not verify the personal information; it asks for it to be filled in accurately.',
      zh: '支付宝安全系统无法核实个人信息，要求准确填写。',
    },
    causes: [
      { en: 'An overseas card whose details differ from the account.', zh: '境外卡的信息与账户不一致。' },
      {
        en: 'The phone number format for the SMS code (country code).',
        zh: '接收短信验证码的手机号格式（国家区号）。',
      },
    ],
    nextSteps: [
      {
        en: 'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.',
        zh: '按发卡行登记的信息填写姓名、卡号和手机号，手机号前加国家区号。',
      },
      {
        en: 'If it repeats, try another card or a mainland card.',
        zh: '若仍失败，换一张卡或改用大陆银行卡。',
      },
    ],
    suggestedAction: 'reject',
    source: ['S1'],
  },
  NAME_ACCOUNT_MISMATCH: {
    kind: 'error',
    meaning: {
      en: 'Adding the card: the name and the account number do not match the bank’s record.',
      zh: '添加银行卡时：户名与卡号不符。',
    },
    causes: [
      {
        en: 'The name is not exactly as the bank stores it — or the card number was already used on another account.',
        zh: '姓名与银行登记的不完全一致——或该卡号已被其他账户使用。',
      },
    ],
    nextSteps: [
      {
        en: 'Confirm the exact name with the bank and type it that way.',
        zh: '向银行确认登记的姓名并照写。',
      },
      {
        en: 'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.',
        zh: '若仍失败，向支付宝（95188）确认该卡是否已绑定其他账户；可用银行盖章证明或换新卡解决。',
      },
    ],
    suggestedAction: 'reject',
    source: ['S2'],
  },
  CARD_USED_ELSEWHERE: {
    kind: 'error',
    meaning: {
      en: 'The bank card is already used by someone else on Alipay.',
      zh: '该银行卡已被他人在支付宝使用。',
    },
    causes: [{ en: 'The card number was leaked or bound to another account.', zh: '卡号泄露或已绑定其他账户。' }],
    nextSteps: [
      {
        en: 'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.',
        zh: '请银行开具盖章的持卡证明，连同开户申请表复印件一起提交给支付宝客服。',
      },
      { en: 'Or get a new card with a new number.', zh: '或更换一张新卡号的银行卡。' },
    ],
    suggestedAction: 'reject',
    source: ['S2'],
  },
  TAOBAO_RESTRICTED: {
    kind: 'restriction',
    meaning: {
      en: 'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.',
      zh: '受限的是淘宝账户本身，而不是支付宝账户；支付宝申诉无法解除。',
    },
    causes: [
      {
        en: 'Taobao’s risk rules; logging in through Alipay does not change it.',
        zh: '淘宝的风控规则；通过支付宝登录也无法绕过。',
      },
    ],
    nextSteps: [
      {
        en: 'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.',
        zh: '联系淘宝而非支付宝：外语客服 +852 2215-5300，中文客服 +86 0571-8815-8198。',
      },
      {
        en: 'Check whether the Alipay account itself is restricted before opening an Alipay appeal.',
        zh: '先确认支付宝账户本身是否受限，再决定是否提出支付宝申诉。',
      },
    ],
    source: ['S1', 'S2'],
  },
  SMS_QUESTION_MARKS: {
    kind: 'status',
    meaning: {
      en: 'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.',
      zh: '申诉后收到一条全是问号的短信，很可能是审核通过的通知（编码乱码）：限制可能已解除。',
    },
    causes: [{ en: 'The phone could not show the Chinese characters.', zh: '手机无法显示中文字符。' }],
    nextSteps: [
      { ...restrictionsPage, button: alipayButtons.securityCenter },
      {
        en: 'Then record the outcome: lifted, or still restricted.',
        zh: '然后记录结果：已解除或仍受限。',
      },
    ],
    source: ['S0'],
  },
  NO_SECURITY_ISSUES: {
    kind: 'status',
    meaning: {
      en: 'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.',
      zh: '“限制”页面显示“当前账户无安全问题”：限制已解除。支付宝不会另行通知。',
    },
    causes: [],
    nextSteps: [{ en: 'Record the appeal as lifted.', zh: '将申诉记录为已解除。' }],
    suggestedAction: 'lift',
    source: ['S0', 'W10'],
  },
  SCAN_LOCKED_OUT: {
    kind: 'error',
    meaning: {
      en: 'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.',
      zh: '护照扫描失败次数过多：认证被锁定约 3 小时，之后自动解除。',
    },
    causes: [
      {
        en: 'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.',
        zh: '防伪膜反光、机读码无法识别、手机壳挡住 NFC、填写的姓名与机读码不同、开着 VPN。',
      },
    ],
    nextSteps: [
      {
        en: 'Wait about 3 hours. Do not reinstall the app meanwhile.',
        zh: '等待约 3 小时，期间不要重装 App。',
      },
      {
        en: 'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.',
        zh: '之后在深色、不反光的背景上扫描，取下手机壳、关闭 VPN——或改为手动输入。',
      },
    ],
    suggestedAction: 'lock_out',
    source: ['W12'],
  },
  PHOTO_UNCLEAR: {
    kind: 'error',
    meaning: { en: 'The passport photo was not clear enough to read.', zh: '护照照片不够清晰，无法识别。' },
    causes: [{ en: 'Glare, blur, a crop or a shadow on the data page.', zh: '信息页反光、模糊、裁剪或有阴影。' }],
    nextSteps: [
      {
        en: 'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.',
        zh: '重新拍摄清晰、完整的彩色信息页照片——不裁剪、无折痕、不修改——然后重新提交。',
      },
    ],
    suggestedAction: 'reject',
    source: ['W1', 'W12'],
  },
  NAME_NOT_MRZ: {
    kind: 'error',
    meaning: {
      en: 'The name typed differs from the name in the passport’s machine-readable zone (MRZ).',
      zh: '填写的姓名与护照机读码（MRZ）中的姓名不一致。',
    },
    causes: [{ en: 'Middle names added or left out, another order.', zh: '多填或漏填中间名，或顺序不同。' }],
    nextSteps: [
      {
        en: 'Type the name exactly as the two MRZ lines at the bottom of the data page give it.',
        zh: '按信息页底部两行机读码中的姓名原样填写。',
      },
    ],
    suggestedAction: 'reject',
    source: ['W12'],
  },
  NATIONALITY_UNSUPPORTED: {
    kind: 'error',
    meaning: {
      en: 'Alipay does not accept this nationality for verification.',
      zh: '支付宝暂不支持该国籍认证。',
    },
    causes: [
      {
        en: 'Only the countries in Alipay’s list can register; Yemen was not in it.',
        zh: '只有支付宝列表中的国家可以注册；也门不在其中。',
      },
    ],
    nextSteps: [
      {
        en: 'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).',
        zh: '致电 95188 确认现在是否支持该国籍；否则改用其他支付方式（如 Tour Card）。',
      },
    ],
    suggestedAction: 'reject',
    source: ['S2'],
  },
  ID_EXPIRED: {
    kind: 'error',
    meaning: {
      en: 'The ID on the account has expired: upload the new document (a renewed passport has a new number).',
      zh: '账户上的证件已过期：请上传新证件（换发的护照号码不同）。',
    },
    causes: [{ en: 'The passport or permit reached its expiry date.', zh: '护照或居留许可已到期。' }],
    nextSteps: [
      {
        en: 'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.',
        zh: '点击提示（“touch here to update”/“重传”），上传新证件照片。',
        button: alipayButtons.uploadAgain,
      },
      {
        en: 'The review takes up to 24 hours; record the new passport number on the client.',
        zh: '审核最长 24 小时；在客户资料中登记新护照号码。',
      },
    ],
    suggestedAction: 'reject',
    source: ['W17', 'W18'],
  },
  REVIEW_IN_24_HOURS: {
    kind: 'status',
    meaning: {
      en: 'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.',
      zh: '不是错误：上传的证件正在审核，24 小时内出结果。',
    },
    causes: [],
    nextSteps: [
      {
        en: 'Wait up to 24 hours, then open the app to see the result.',
        zh: '等待最多 24 小时，然后在 App 中查看结果。',
      },
    ],
    suggestedAction: 'submit',
    source: ['W17'],
  },
  ISSUER_DECLINED: {
    kind: 'error',
    meaning: {
      en: 'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.',
      zh: '发卡行拒绝了绑卡（Card Issuing Bank Declined）。问题在银行，不在支付宝。',
    },
    causes: [
      {
        en: 'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.',
        zh: '未开通境外或网上支付、银行的反欺诈规则，或 3-D Secure 验证失败。',
      },
    ],
    nextSteps: [
      {
        en: 'Call the bank (or use its app) to allow international online payments and this binding, then try once more.',
        zh: '致电发卡行（或用其 App）开通境外网上支付并允许此次绑卡，然后再试一次。',
      },
      {
        en: 'If the same card is declined twice, switch to another card instead of retrying.',
        zh: '同一张卡被拒两次后，请换一张卡，不要反复重试。',
      },
      keepScreenshot,
    ],
    suggestedAction: 'issuer_decline',
    source: ['W8', 'W21', 'W6'],
  },
  CARD_NOT_SUPPORTED: {
    kind: 'error',
    meaning: { en: 'Alipay does not support this card.', zh: '支付宝暂不支持该卡。' },
    causes: [
      {
        en: 'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.',
        zh: '卡组织不在 Visa、Mastercard、JCB、Diners Club、Discover 之列，或发卡行不允许的卡种。',
      },
    ],
    nextSteps: [{ en: 'Bind another card.', zh: '改绑另一张卡。', button: alipayButtons.addCard }],
    suggestedAction: 'mark_unsupported',
    source: ['W11', 'W8'],
  },
  RISK_CONTROL: {
    kind: 'error',
    meaning: {
      en: 'Alipay’s risk control stopped the binding or payment.',
      zh: '支付宝风控拦截了此次绑卡或付款。',
    },
    causes: [
      {
        en: 'A new account, a VPN, a foreign card used right after sign-up.',
        zh: '新注册账户、开着 VPN、注册后立即使用境外卡。',
      },
    ],
    nextSteps: [
      { en: 'Turn the VPN off and wait a day before trying again.', zh: '关闭 VPN，等一天后再试。' },
      keepScreenshot,
      {
        en: 'If it repeats, ask the in-app chat for a human agent (人工客服).',
        zh: '若反复出现，在 App 在线客服中要求转人工。',
        button: alipayButtons.realPerson,
      },
    ],
    suggestedAction: 'risk_hold',
    source: ['W8', 'S2'],
  },
  RESERVED_PHONE_MISMATCH: {
    kind: 'error',
    meaning: {
      en: 'The phone number differs from the one reserved at the bank (银行预留手机号).',
      zh: '手机号与银行预留手机号不一致。',
    },
    causes: [{ en: 'Often a typo made at the bank counter.', zh: '常是银行柜台录入时的笔误。' }],
    nextSteps: [
      {
        en: 'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.',
        zh: '到银行柜台或网银核对并更正预留手机号，然后重新绑卡。',
      },
    ],
    suggestedAction: 'reject',
    source: ['W13'],
  },
  QUICK_PAY_REFUSED: {
    kind: 'error',
    meaning: {
      en: 'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.',
      zh: '该银行不为此卡开通快捷支付——部分银行不为护照开户的卡开通。',
    },
    causes: [{ en: 'The bank’s own rule for passport-opened cards.', zh: '银行对护照开户银行卡的规定。' }],
    nextSteps: [
      {
        en: 'Ask the bank to enable quick pay, or use another bank’s card.',
        zh: '请银行开通快捷支付，或改用其他银行的卡。',
      },
    ],
    suggestedAction: 'reject',
    source: ['W14'],
  },
  BIND_LIMIT_REACHED: {
    kind: 'error',
    meaning: {
      en: 'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.',
      zh: '已达绑卡上限：尝试超过 15 次，或该卡已绑定 3 个账户。',
    },
    causes: [{ en: 'Repeated retries, or the card is on other accounts.', zh: '反复重试，或该卡已绑定其他账户。' }],
    nextSteps: [
      {
        en: 'Stop retrying; wait a day, or unbind the card from another account.',
        zh: '停止重试；等一天，或从其他账户解绑该卡。',
      },
      { en: 'Or use another card.', zh: '或改用另一张卡。' },
    ],
    suggestedAction: 'reject',
    source: ['W16'],
  },
};
