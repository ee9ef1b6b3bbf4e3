import { interpretAlipayMessage } from './interpreter';
import type { MessageCode } from './reasons';

// Issue 18: every message of the "Gaps" list and of the 2026 flows, in Chinese and English, inside the chatter people
// paste around it and with full-width punctuation; the source of each wording is in the test name.

const receivedAt = new Date('2026-12-02T02:00:00Z');
const codes = (text: string) => interpretAlipayMessage(text, { receivedAt }).map((found) => found.code);

/** [source, code, Chinese, English]: one message each way, each wrapped in chatter below. */
const messages: ReadonlyArray<readonly [string, MessageCode, string, string]> = [
  [
    'S1',
    'DOC_NUMBER_MISMATCH',
    '提交护照后提示：证件号码不一致。',
    'When I submitted my passport, it said doc number not matching.',
  ],
  [
    'S1',
    'INFO_NOT_VERIFIABLE',
    '个人信息无法通过支付宝安全验证，请准确填写个人信息。',
    'The message was: “your personal info cant be verified by alipay security, pls make sure to fill it in accurately.',
  ],
  [
    'S2',
    'NAME_ACCOUNT_MISMATCH',
    '添加银行卡失败：户名与卡号不符。',
    'I keep getting an error message stating that the name and account number I am entering do not match.',
  ],
  [
    'S2',
    'CARD_USED_ELSEWHERE',
    '绑卡失败，该银行卡已被他人绑定。',
    'It says the card is already used by someone else.',
  ],
  [
    'S1',
    'TAOBAO_RESTRICTED',
    '登录淘宝时提示：淘宝账户已被限制。',
    'I can’t log into taobao account through my Alipay . What I get is….. account has been restricted.',
  ],
  [
    'S0',
    'SMS_QUESTION_MARKS',
    '【支付宝】？？？？？？？？？？？？？？',
    'Got an SMS from Alipay: ??????? ????????? ??????',
  ],
  [
    'S0',
    'NO_SECURITY_ISSUES',
    '安全中心 → 限制：当前账户无安全问题。',
    'Settings > Account and Security > Security Center > Restrictions now shows "No current account security issues".',
  ],
  ['W12', 'SCAN_LOCKED_OUT', '扫描失败次数过多，请3小时后再试。', 'Too many attempts. Please try again in 3 hours.'],
  ['W12', 'PHOTO_UNCLEAR', '审核未通过：照片不清晰。', 'Verification failed: the photo is not clear.'],
  ['W12', 'NAME_NOT_MRZ', '审核未通过：姓名与护照不一致。', 'Rejected because the name does not match the passport.'],
  ['S2', 'NATIONALITY_UNSUPPORTED', '抱歉，暂不支持该国籍。', 'Sorry, your nationality is not supported.'],
  ['W18 W17', 'ID_EXPIRED', '证件已过期，请重传。', 'Your ID has expired, touch here to update'],
  [
    'W17',
    'REVIEW_IN_24_HOURS',
    '审核中，预计24小时内给出结果。',
    'Review in progress. You will get the result within 24 hours.',
  ],
  ['W8', 'ISSUER_DECLINED', '绑卡失败：发卡行拒绝。', 'Add card failed: Card Issuing Bank Declined.'],
  ['W8 W11', 'CARD_NOT_SUPPORTED', '添加失败，暂不支持该卡。', 'This card is not supported.'],
  ['W8', 'RISK_CONTROL', '交易存在风险，触发风控。', 'The binding was blocked due to risk control.'],
  [
    'W13',
    'RESERVED_PHONE_MISMATCH',
    '银行预留手机号不一致，请核对。',
    'The reserved phone number does not match the bank.',
  ],
  ['W14', 'QUICK_PAY_REFUSED', '该卡暂不支持快捷支付。', 'Quick payment is not supported for this card.'],
  ['W16', 'BIND_LIMIT_REACHED', '该卡已绑定3个账户。', 'This card is already bound to 3 accounts.'],
];

const wrapZh = (message: string) => `朋友发来的截图文字如下：\n\n  ${message}\n\n这是什么意思？我该怎么办？谢谢！`;
const wrapEn = (message: string) => `Hi! My client got this today:\n\n> ${message}\n\nWhat should we do next? Thanks`;

describe('the new messages, alone and in chatter (issue 18)', () => {
  it.each(messages)('%s %s in Chinese, with chatter and full-width punctuation', (_source, code, zh) => {
    expect(codes(zh)).toContain(code);
    expect(codes(wrapZh(zh))).toContain(code);
    const wide = wrapZh(zh).replace(/,/g, '，').replace(/:/g, '：').replace(/\?/g, '？');
    expect(codes(wide)).toContain(code);
  });

  it.each(messages)(
    '%s %s in English, with chatter, line breaks and full-width punctuation',
    (_source, code, _zh, en) => {
      expect(codes(en)).toContain(code);
      expect(codes(wrapEn(en))).toContain(code);
      expect(codes(wrapEn(en).replace(/ /g, '\n'))).toContain(code);
      const wide = en.replace(/,/g, '，').replace(/\./g, '。').replace(/:/g, '：');
      expect(codes(wrapEn(wide))).toContain(code);
    },
  );

  it.each(messages)('%s %s: meaning and steps in both languages, with sources', (_source, code, zh) => {
    const found = interpretAlipayMessage(zh, { receivedAt }).find((item) => item.code === code);
    expect(found?.meaning.en).toBeTruthy();
    expect(found?.meaning.zh).toBeTruthy();
    expect(found?.nextSteps.length).toBeGreaterThan(0);
    expect(found?.source.length).toBeGreaterThan(0);
  });
});

describe('telling the new messages apart (issue 18)', () => {
  it('S1 Taobao’s own restriction is Taobao’s, not Alipay’s M10 with its appeal advice', () => {
    expect(
      codes('I can’t log into taobao account through my Alipay . What I get is….. account has been restricted.'),
    ).toEqual(['TAOBAO_RESTRICTED']);
    expect(codes('淘宝账户已被限制')).toEqual(['TAOBAO_RESTRICTED']);
    const found = interpretAlipayMessage('淘宝账号被限制了', { receivedAt })[0];
    expect(found?.nextSteps[0]?.en).toContain('Contact Taobao, not Alipay');
    // Alipay's own restriction stays M10.
    expect(codes('Reason: Malicious account operations. Your account has been restricted.')).toEqual([
      'ACCOUNT_RESTRICTED',
    ]);
  });

  it('S0 the question-mark SMS says "probably lifted — check … Restrictions" and suggests no action', () => {
    const [found] = interpretAlipayMessage('【支付宝】????????????', { receivedAt });
    expect(found?.code).toBe('SMS_QUESTION_MARKS');
    expect(found?.kind).toBe('status');
    expect(found?.meaning.en).toContain('probably');
    expect(found?.nextSteps[0]?.en).toContain('Settings → Account and Security → Security Center → Restrictions');
    expect(found?.suggestedAction).toBeUndefined();
    // A question or two is not that SMS.
    expect(codes('What does this mean?? Is it bad???')).toEqual([]);
  });

  it('S0 "No current account security issues" is the lifted outcome', () => {
    const [found] = interpretAlipayMessage('No current account security issues', { receivedAt });
    expect(found).toMatchObject({ code: 'NO_SECURITY_ISSUES', kind: 'status', suggestedAction: 'lift' });
  });

  it('W17 "within 24 hours" is due 24 hours after it arrived, and explains M6 when both are pasted', () => {
    const found = interpretAlipayMessage('正在审核中，24小时内给出结果', { receivedAt });
    expect(found.map((item) => item.code)).toEqual(['REVIEW_IN_24_HOURS']);
    expect(found[0]?.dueAt?.toISOString()).toBe('2026-12-03T02:00:00.000Z');
    // As Chengdu Expat quotes the app (checked 2026-12-02).
    const en = interpretAlipayMessage(
      'Review in progress. Please Wait. You will be informed of the result within 24 hours',
      { receivedAt },
    )[0];
    expect(en?.dueAt?.toISOString()).toBe('2026-12-03T02:00:00.000Z');
  });

  it('W12 the lock-out says wait about 3 hours and do not reinstall; suggests lock_out', () => {
    const [found] = interpretAlipayMessage('操作过于频繁，请3小时后再试', { receivedAt });
    expect(found?.code).toBe('SCAN_LOCKED_OUT');
    expect(found?.suggestedAction).toBe('lock_out');
    expect(found?.nextSteps[0]?.en).toContain('Do not reinstall');
  });

  it('W8 W21 an issuer decline: the fix is at the bank, and a second decline means another card', () => {
    const [found] = interpretAlipayMessage('Card Issuing Bank Declined', { receivedAt });
    expect(found?.suggestedAction).toBe('issuer_decline');
    expect(found?.nextSteps.map((step) => step.en).join(' ')).toContain('declined twice, switch to another card');
  });
});
