import { caseTypes } from './cases';
import { interpretAlipayMessage } from './interpreter';
import { machines } from './machine-table';
import type { CaseSnapshot } from './machines';
import { messageKnowledge } from './message-knowledge';
import { nextSteps } from './next-steps';
import { type MessageCode, messageCodes, reasonCodes } from './reasons';

// The client's portal and the helper's case page give the same advice after a rejection: for every reason, the
// portal's steps are the interpreter's steps for that message (reason-steps.ts is their one source).

const receivedAt = new Date('2015-10-13T03:00:00Z'); // Tue 2015-10-13 11:00 Beijing

/** One message per code as ALIPAY.md §3 quotes it (typed by code, so a new code needs its message here). */
const quoted: Readonly<Record<MessageCode, string>> = {
  CARD_CHECK_FAILED:
    '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。',
  DEPOSIT_FAILED:
    '您申请的[支付宝个人认证认证]失败了,失败原因为:支付宝向你的银行账户打款失败,请及时登录支付宝查看打款失败原因并重新操作。',
  DOCUMENTS_MISSING: '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。',
  CANNOT_OPERATE: '抱歉暂时无法操作',
  SYSTEM_ERROR: '抱歉,暂时无法操作。 失败原因 系统出错啦。',
  UNDER_REVIEW: '支付宝客服将在2天内为你审核。审核完成后,请返回支付宝查看实名认证进度。',
  LOGIN_BLOCKED: '友情提示 该账户目前不允许登录,请联系支付宝客服: 95188',
  CHOOSE_OTHER_METHOD: '选择其他认证方式',
  WRONG_FORM_ID_NUMBER: 'ID Number is 18 digits, letters…',
  ACCOUNT_RESTRICTED:
    'Restricting main account functions. Description: Restriction on main account functions such as paying, receiving, adding friends, sending messages, etc., withdrawal function remains unaffected.',
  // Issue 18 (S1, S2, S0 and the 2026 pages W8–W21).
  DOC_NUMBER_MISMATCH: 'When I submitted my passport, it said doc number not matching',
  INFO_NOT_VERIFIABLE: 'your personal info cant be verified by alipay security, pls make sure to fill it in accurately',
  NAME_ACCOUNT_MISMATCH: 'the name and account number I am entering do not match',
  CARD_USED_ELSEWHERE: '该银行卡已被他人使用',
  TAOBAO_RESTRICTED: '淘宝账户已被限制',
  SMS_QUESTION_MARKS: '【支付宝】??????????????????',
  NO_SECURITY_ISSUES: 'No current account security issues',
  SCAN_LOCKED_OUT: 'Too many attempts. Please try again in 3 hours.',
  PHOTO_UNCLEAR: '照片不清晰，请重新上传',
  NAME_NOT_MRZ: 'The name does not match the passport',
  NATIONALITY_UNSUPPORTED: '暂不支持该国籍',
  ID_EXPIRED: 'Your ID has expired, touch here to update',
  REVIEW_IN_24_HOURS: 'Review in progress. The result will be available within 24 hours.',
  ISSUER_DECLINED: 'Card Issuing Bank Declined',
  CARD_NOT_SUPPORTED: 'This card is not supported',
  RISK_CONTROL: '交易存在风险，触发风控',
  RESERVED_PHONE_MISMATCH: '银行预留手机号不一致',
  QUICK_PAY_REFUSED: '该卡不支持快捷支付',
  BIND_LIMIT_REACHED: '该卡已绑定3个账户',
};

/** What the helper's view says to do about this message. */
function helperAdvice(code: MessageCode) {
  const found = interpretAlipayMessage(quoted[code], { receivedAt }).find((item) => item.code === code);
  if (!found) throw new Error(`the interpreter does not recognise the quoted ${code}`);
  return found;
}

const rejected = (type: CaseSnapshot['type'], extra: Partial<CaseSnapshot>): CaseSnapshot => ({
  type,
  state: 'REJECTED',
  stateEnteredAt: receivedAt,
  attempt: 1,
  ...extra,
});

/** The generic steps each case type gives when the reason says nothing (OTHER, or none recorded). */
const fallbackText = Object.fromEntries(
  caseTypes.map((type) => [
    type,
    nextSteps(rejected(type, { lastReasonCode: null }), receivedAt).map((s) => s.text.en),
  ]),
);

const everyRejection = caseTypes.filter((type) => machines[type].states.includes('REJECTED'));

describe('portal and helper give the same next steps for every reason (S2 S3 S0 W)', () => {
  it('W every case type but the card binding and the agent appeal (own failure states) can be rejected; every message has steps', () => {
    expect(everyRejection).toEqual(
      caseTypes.filter((type) => type !== 'INTERNATIONAL_CARD_BINDING' && type !== 'RESTRICTION_APPEAL_AGENT'),
    );
    for (const code of messageCodes) expect([code, messageKnowledge[code].nextSteps.length > 0]).toEqual([code, true]);
  });

  it.each(everyRejection.flatMap((type) => messageCodes.map((code) => [type, code] as const)))(
    'S2 %s rejected for %s: the portal gives the interpreter steps, not a generic fallback',
    (type, code) => {
      const helper = helperAdvice(code);
      const portal = nextSteps(
        rejected(type, { lastReasonCode: code, retryAfter: helper.retryAfter ?? null }),
        receivedAt,
      );
      // The helper's steps, in order, word for word in both languages, with the message's sources.
      expect(portal.slice(0, helper.nextSteps.length).map((step) => step.text)).toEqual(helper.nextSteps);
      for (const step of portal.slice(0, helper.nextSteps.length)) expect(step.source).toEqual(helper.source);
      // Not the type's generic advice ("re-photograph the passport page", "send the exact message") instead.
      const generic = fallbackText[type]?.[0];
      expect(generic).toBeDefined();
      expect(portal.map((step) => step.text.en)).not.toContain(generic);
    },
  );

  it.each(everyRejection)('S4 %s rejected for OTHER: no message to explain, the type’s own advice', (type) => {
    expect(reasonCodes.filter((code) => !(messageCodes as readonly string[]).includes(code))).toEqual(['OTHER']);
    const portal = nextSteps(rejected(type, { lastReasonCode: 'OTHER' }), receivedAt).map((step) => step.text.en);
    expect(portal).toEqual(fallbackText[type]);
    expect(portal.length).toBeGreaterThan(0);
  });

  it('S2 M3 on an in-app passport case: add the visa, entry stamp and signature page, not a new passport photo', () => {
    const text = nextSteps(rejected('APP_PASSPORT_VERIFICATION', { lastReasonCode: 'DOCUMENTS_MISSING' }), receivedAt)
      .map((step) => step.text.en)
      .join(' ');
    expect(text).toContain('visa, the entry stamp and the passport page with the signature');
    expect(text).not.toContain('photo of the passport page');
  });

  it('S2 M1 once the retry day has come: the same card is allowed now (the helper names the day)', () => {
    const helper = helperAdvice('CARD_CHECK_FAILED');
    const later = new Date('2015-10-20T00:00:00Z');
    const portal = nextSteps(
      rejected('BANK_CARD_VERIFICATION', {
        lastReasonCode: 'CARD_CHECK_FAILED',
        retryAfter: helper.retryAfter ?? null,
      }),
      later,
    );
    expect(helper.nextSteps[2]?.en).toContain('on or after 2015-10-18');
    expect(portal[2]?.text.en).toContain('it is allowed now');
    expect(portal[2]?.button?.zh).toBe('撤销本次认证申请');
  });
});
