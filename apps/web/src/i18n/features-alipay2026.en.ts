// The Alipay account of a client as it stands in 2026 (issue 18): tier, document, limits, passport history.
export const alipay2026En = {
  account: {
    title: 'Alipay account',
    tier: 'Account tier',
    tierHint: 'Approvals raise it; set it by hand for an account verified elsewhere.',
    documentType: 'Verified with',
    save: 'Save',
    saved: 'Saved.',
    saveFailed: 'Not saved: {{message}}',
    limits: 'Limits and fees',
    history: 'Earlier passports',
    historyItem: '…{{last4}}, expired {{expiry}}, replaced {{replaced}}',
    historyNoExpiry: '…{{last4}}, replaced {{replaced}}',
    noHistory: 'No earlier passport recorded.',
    updateOffer: 'The passport expires on {{date}}: open a document update before Alipay shows “Your ID has expired”.',
    updateOfferExpired: 'The passport expired on {{date}}: Alipay asks for the new one (已过期,请重传).',
    openUpdate: 'Open a document update',
  },
};
