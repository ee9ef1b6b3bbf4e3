import type { alipay2026En } from './features-alipay2026.en';

export const alipay2026Zh: typeof alipay2026En = {
  account: {
    title: '支付宝账户',
    tier: '账户等级',
    tierHint: '审核通过后自动提升；在别处已认证的账户可手动设置。',
    documentType: '认证证件',
    save: '保存',
    saved: '已保存。',
    saveFailed: '未保存：{{message}}',
    limits: '限额与手续费',
    history: '以前的护照',
    historyItem: '尾号 {{last4}}，{{expiry}} 到期，{{replaced}} 更换',
    historyNoExpiry: '尾号 {{last4}}，{{replaced}} 更换',
    noHistory: '没有以前的护照记录。',
    updateOffer: '护照将于 {{date}} 到期：请在支付宝提示“证件已过期”之前开启证件更新。',
    updateOfferExpired: '护照已于 {{date}} 过期：支付宝会要求上传新证件（已过期,请重传）。',
    openUpdate: '开启证件更新',
  },
};
