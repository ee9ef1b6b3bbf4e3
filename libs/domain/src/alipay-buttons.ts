/** A button or menu item as Alipay shows it, with pinyin and English. */
export type AlipayButton = { zh: string; pinyin: string; en: string };

/** The buttons the next steps name; the helper's interpreter and the client's portal show the same ones. */
export const alipayButtons = {
  accountSettings: { zh: '账户设置', pinyin: 'zhànghù shèzhì', en: 'Account settings' },
  verifyNow: { zh: '立即认证', pinyin: 'lìjí rènzhèng', en: 'Verify now' },
  foreign: { zh: '外籍', pinyin: 'wàijí', en: 'Foreign nationality' },
  next: { zh: '下一步', pinyin: 'xià yī bù', en: 'Next' },
  enterAmount: { zh: '输入打款金额', pinyin: "shūrù dǎkuǎn jīn'é", en: 'Enter the deposit amount' },
  revoke: { zh: '撤销本次认证申请', pinyin: 'chèxiāo běncì rènzhèng shēnqǐng', en: 'Revoke this application' },
  addCard: { zh: '添加银行卡', pinyin: 'tiānjiā yínhángkǎ', en: 'Add bank card' },
  reupload: { zh: '补传', pinyin: 'bǔchuán', en: 'Re-upload' },
  realPerson: { zh: '人工客服', pinyin: 'réngōng kèfú', en: 'Human agent' },
  // The 2026 app flows (issue 18).
  identityVerification: { zh: '身份认证', pinyin: 'shēnfèn rènzhèng', en: 'Identity Verification' },
  passport: { zh: '护照', pinyin: 'hùzhào', en: 'Passport' },
  faceVerification: { zh: '实人认证', pinyin: 'shírén rènzhèng', en: 'Face verification' },
  bankCards: { zh: '银行卡', pinyin: 'yínhángkǎ', en: 'Bank Cards' },
  accountSecurity: { zh: '账号与安全', pinyin: 'zhànghào yǔ ānquán', en: 'Account and Security' },
  securityCenter: { zh: '安全中心', pinyin: 'ānquán zhōngxīn', en: 'Security Center' },
  uploadAgain: { zh: '重传', pinyin: 'chóngchuán', en: 'Upload again' },
  unbind: { zh: '解除绑定', pinyin: 'jiěchú bǎngdìng', en: 'Unbind' },
} satisfies Record<string, AlipayButton>;
