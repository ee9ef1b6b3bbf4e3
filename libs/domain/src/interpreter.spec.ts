import { interpretAlipayMessage, messageKnowledge } from './interpreter';
import { messageCodes } from './reasons';

const receivedAt = new Date('2015-10-13T03:00:00Z'); // Tue 2015-10-13 11:00 Beijing
const beijingMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);
const codes = (text: string) => interpretAlipayMessage(text, { receivedAt }).map((found) => found.code);

const M1 =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';
const M1_EN =
  'Your bank card information authentication fails, replace the bank card recertification or revoke certification for 8 days (May 29, 2015) using the original bank card recertification, revoke this certification.';
const M2 =
  '您申请的[支付宝个人认证认证]失败了,失败原因为:支付宝向你的银行账户打款失败,请及时登录支付宝查看打款失败原因并重新操作。 。';
const M3 = '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。';
const M5 = '抱歉,暂时无法操作。 失败原因 系统出错啦。';
const M6 =
  '支付宝客服将在2天内为你审核。审核完成后,请返回支付宝查看实名认证进度。\n若你想重新认证,请先 撤销本次认证申请。';
const M7 = '友情提示 该账户目前不允许登录,请联系支付宝客服: 95188';
const M10 =
  '⚠️ Restricting main account functions\n\nDescription: Restriction on main account functions such as paying, receiving, adding friends, sending messages, etc., withdrawal function remains unaffected.\n\nReason: Malicious account operations';

describe('interpretAlipayMessage: every message of ALIPAY.md §3 as quoted', () => {
  it.each([
    ['S2', 'M1 (5 days)', M1, 'CARD_CHECK_FAILED', 'error'],
    [
      'S2',
      'M1 (6 days)',
      '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证6天后(2015年08月21日)使用原银行卡重新认证, 撤销本次认证。',
      'CARD_CHECK_FAILED',
      'error',
    ],
    ['S2', 'M1 English machine translation', M1_EN, 'CARD_CHECK_FAILED', 'error'],
    ['S2', 'M2', M2, 'DEPOSIT_FAILED', 'error'],
    ['S2', 'M3', M3, 'DOCUMENTS_MISSING', 'error'],
    ['S2', 'M4', '抱歉暂时无法操作', 'CANNOT_OPERATE', 'error'],
    [
      'S2',
      'M4 English as the article quotes it',
      "Sorry, your application can't be processed at the moment.",
      'CANNOT_OPERATE',
      'error',
    ],
    [
      'S4',
      'M4 as the S4 translation puts it',
      'the message [Sorry that it cannot be operated temporarily] will appear',
      'CANNOT_OPERATE',
      'error',
    ],
    ['S2', 'M5', M5, 'SYSTEM_ERROR', 'error'],
    [
      'S2',
      'M5 English as S2 translates it',
      'There is something wrong with the system so we can’t process your request at the moment.',
      'SYSTEM_ERROR',
      'error',
    ],
    ['S3', 'M6', M6, 'UNDER_REVIEW', 'status'],
    ['S2', 'M7', M7, 'LOGIN_BLOCKED', 'error'],
    ['S2', 'M8', '选择其他认证方式', 'CHOOSE_OTHER_METHOD', 'error'],
    ['S2', 'M9', 'ID Number is 18 digits, letters…', 'WRONG_FORM_ID_NUMBER', 'error'],
    ['S0', 'M10', M10, 'ACCOUNT_RESTRICTED', 'restriction'],
  ])('%s %s', (_source, _label, text, code, kind) => {
    const found = interpretAlipayMessage(text, { receivedAt });
    expect(found.map((item) => item.code)).toEqual([code]);
    const [first] = found;
    expect(first?.kind).toBe(kind);
    expect(first?.meaning.en).not.toBe('');
    expect(first?.meaning.zh).not.toBe('');
    expect(first?.source.length).toBeGreaterThan(0);
  });
});

describe('interpretAlipayMessage: real-world variants', () => {
  it.each([
    [
      'S2',
      'full-width punctuation',
      '你的银行卡信息认证失败，请更换银行卡重新认证或撤销认证5天后（2015年10月18日）使用原银行卡重新认证，撤销本次认证。',
      'CARD_CHECK_FAILED',
    ],
    [
      'S2',
      'extra spaces and line breaks',
      '你的银行卡 信息认证失败 ,\n请更换银行卡重新认证或撤销认证\n  5 天后 ( 2015 年 10 月 18 日 )\n使用原银行卡重新认证',
      'CARD_CHECK_FAILED',
    ],
    [
      'S2',
      'full-width digits',
      '你的银行卡信息认证失败，请更换银行卡重新认证或撤销认证５天后（２０１５年１０月１８日）使用原银行卡重新认证',
      'CARD_CHECK_FAILED',
    ],
    [
      'S2',
      'only the second clause',
      '请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证',
      'CARD_CHECK_FAILED',
    ],
    ['S2', 'only the retry clause', '撤销认证5天后使用原银行卡重新认证', 'CARD_CHECK_FAILED'],
    [
      'S2',
      'surrounding noise',
      `I am trying to register to Alipay but it just does not seem to happen. The error message is:\n\n${M1}\n\nWhat could be the issue? Should I contact SPD Bank or Alipay.`,
      'CARD_CHECK_FAILED',
    ],
    [
      'S2',
      'M1 translation wrapped over lines',
      'Your bank card information\nauthentication fails, replace the bank card recertification or revoke certification for 8 days\n(May 29, 2015) using the original bank card recertification',
      'CARD_CHECK_FAILED',
    ],
    [
      'S2',
      'M1 by another translator',
      'Your bank card information verification failed. Please change the bank card to re-verify, or cancel the verification and use the original bank card to re-verify 5 days later (October 18, 2015).',
      'CARD_CHECK_FAILED',
    ],
    [
      'S2',
      'M1 translated "verification of bank card failed"',
      'Verification of your bank card information has failed.',
      'CARD_CHECK_FAILED',
    ],
    [
      'S2',
      'M1 translated "change the bank card to re-authenticate"',
      'please change the bank card to re-authenticate',
      'CARD_CHECK_FAILED',
    ],
    [
      'S2',
      'M2 with full-width brackets',
      '您申请的【支付宝个人认证认证】失败了，失败原因为：支付宝向你的银行账户打款失败，请及时登录支付宝查看打款失败原因并重新操作。',
      'DEPOSIT_FAILED',
    ],
    ['S2', 'M2 reason only', '支付宝向您的银行账户打款失败', 'DEPOSIT_FAILED'],
    [
      'S2',
      'M2 English',
      'The reason for failure is: Alipay failed to pay to your bank account, please log in to Alipay in time.',
      'DEPOSIT_FAILED',
    ],
    [
      'S2',
      'M2 English, "remittance to your bank account failed"',
      'Alipay remittance to your bank account failed.',
      'DEPOSIT_FAILED',
    ],
    [
      'S2',
      'M2 English, reason for the payment failure',
      'Please log in to Alipay to check the reason for the payment failure and operate again.',
      'DEPOSIT_FAILED',
    ],
    ['S2', 'M3 English', 'Failure reason: lack of other valid documents.', 'DOCUMENTS_MISSING'],
    ['S2', 'M3 English, "missing"', 'other valid certificates are missing', 'DOCUMENTS_MISSING'],
    ['S2', 'M3 full-width colon, no space', '失败原因为：缺少其他有效证件。', 'DOCUMENTS_MISSING'],
    ['S2', 'M4 full-width comma', '抱歉，暂时无法操作', 'CANNOT_OPERATE'],
    ['S4', 'M4 "temporarily unable to operate"', 'Sorry, temporarily unable to operate.', 'CANNOT_OPERATE'],
    ['S4', 'M4 "cannot be operated at the moment"', 'This cannot be processed at the moment', 'CANNOT_OPERATE'],
    ['S4', 'M4 "currently unable to operate"', 'You are currently unable to operate.', 'CANNOT_OPERATE'],
    ['S2', 'M5 system busy', '系统繁忙，请稍后再试', 'SYSTEM_ERROR'],
    ['S2', 'M5 English "system error"', 'Sorry, system error, please try again', 'SYSTEM_ERROR'],
    [
      'S2',
      'M5 Google translation',
      'Sorry, temporarily unable to operate. Reason for failure: The system is wrong.',
      'SYSTEM_ERROR',
    ],
    [
      'S3',
      'M6 full-width, one line',
      '支付宝客服将在2天内为你审核。审核完成后，请返回支付宝查看实名认证进度。若你想重新认证，请先撤销本次认证申请。',
      'UNDER_REVIEW',
    ],
    ['S3', 'M6 second sentence only', '审核完成后,请返回支付宝查看实名认证进度。', 'UNDER_REVIEW'],
    [
      'S3',
      'M6 English',
      'Alipay customer service will review for you within 2 days. After the review is completed, please return to Alipay to check the progress.',
      'UNDER_REVIEW',
    ],
    ['S4', 'M6 as S4 words it', 'the customer service will review it within two days', 'UNDER_REVIEW'],
    ['S2', 'M6 as S2 words it', 'an Alipay service person will check your application within two days', 'UNDER_REVIEW'],
    ['S3', 'status in the app', '人工审核中', 'UNDER_REVIEW'],
    ['S3', 'status in English', 'Your application is under manual review', 'UNDER_REVIEW'],
    ['S3', 'within N days, then review', 'Within 2 days, customer service will review it', 'UNDER_REVIEW'],
    ['S2', 'M7 with the stray quote of S2', '友情提示 该账户目前不允许登录,请联系支付宝客服: 95188″', 'LOGIN_BLOCKED'],
    [
      'S2',
      'M7 English',
      'Friendly reminder: This account is currently not allowed to log in, please contact Alipay customer service: 95188',
      'LOGIN_BLOCKED',
    ],
    ['S2', 'M7 English "login is not allowed"', 'Login is not allowed for this account', 'LOGIN_BLOCKED'],
    ['S2', 'M7 "account blocked from login"', 'Your account is blocked from logging in', 'LOGIN_BLOCKED'],
    ['S2', 'M7 账号被禁止登录', '账号被禁止登录', 'LOGIN_BLOCKED'],
    ['S2', 'M8 English', 'Choose another verification method', 'CHOOSE_OTHER_METHOD'],
    ['S2', 'M9 Chinese', '身份证号码为18位', 'WRONG_FORM_ID_NUMBER'],
    ['S2', 'M9 Chinese request', '请输入18位身份证号码', 'WRONG_FORM_ID_NUMBER'],
    ['S2', 'M9 "18-digit ID number"', 'Please enter an 18-digit ID number', 'WRONG_FORM_ID_NUMBER'],
    ['S0', 'M10 reason line only', 'Reason: Malicious account operations', 'ACCOUNT_RESTRICTED'],
    ['S1', 'Taobao "account has been restricted"', 'account has been restricted', 'ACCOUNT_RESTRICTED'],
    ['S0', 'M10 Chinese', '限制账户主要功能', 'ACCOUNT_RESTRICTED'],
    ['S0', 'M10 Chinese, restricted', '您的账户已被限制', 'ACCOUNT_RESTRICTED'],
    ['S0', 'M10 Chinese, limited functions', '账户功能受限', 'ACCOUNT_RESTRICTED'],
    ['S0', 'M10 Chinese reason', '原因:恶意操作账户', 'ACCOUNT_RESTRICTED'],
  ])('%s %s', (_source, _label, text, code) => {
    expect(codes(text)).toEqual([code]);
  });
});

describe('interpretAlipayMessage: text that is not an Alipay problem', () => {
  it.each([
    ['W', 'Taobao order shipped', '您的订单已发货'],
    [
      'S2',
      'Taobao order status quoted in S2',
      '当前订单状态: 您已付款到支付宝,等待卖家发货; 您可以通过阿里旺旺联系卖家确认发货时间\n付款24小时后如果卖家一直不发货,您可以联系卖家或 提醒卖家发货',
    ],
    ['W', 'English shipping notice', 'Your order has been shipped and will arrive in 3 days.'],
    ['W', 'empty', ''],
    ['W', 'whitespace only', ' \n\t　'],
    ['W', 'a deposit that arrived', '您尾号1234的账户收到支付宝打款0.0974元'],
  ])('%s %s', (_source, _label, text) => {
    expect(interpretAlipayMessage(text, { receivedAt }).filter((found) => found.kind === 'error')).toEqual([]);
    expect(codes(text)).toEqual([]);
  });
});

describe('interpretAlipayMessage: retry-after of M1 (S2)', () => {
  it.each([
    ['S2', 'date in the message wins', M1, 5, beijingMidnight('2015-10-18')],
    [
      'S2',
      'any N and any date',
      '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证17天后(2021年02月03日)使用原银行卡重新认证',
      17,
      beijingMidnight('2021-02-03'),
    ],
    [
      'S2',
      'date with single-digit month and day, no 日',
      '银行卡信息认证失败，撤销认证3天后（2016年2月9）使用原银行卡重新认证',
      3,
      beijingMidnight('2016-02-09'),
    ],
    [
      'S2',
      'date without parentheses',
      '银行卡信息认证失败,撤销认证5天后2015年10月18日使用原银行卡重新认证',
      5,
      beijingMidnight('2015-10-18'),
    ],
    [
      'S2',
      'ISO-like date in parentheses',
      '银行卡信息认证失败,撤销认证5天后(2015-10-18)使用原银行卡重新认证',
      5,
      beijingMidnight('2015-10-18'),
    ],
    [
      'S2',
      'no date: received + N days',
      '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后使用原银行卡重新认证',
      5,
      new Date('2015-10-18T03:00:00Z'),
    ],
    [
      'S2',
      'impossible date: received + N days',
      '银行卡信息认证失败,撤销认证5天后(2015年02月30日)使用原银行卡重新认证',
      5,
      new Date('2015-10-18T03:00:00Z'),
    ],
    [
      'S2',
      'Chinese numeral',
      '银行卡信息认证失败,撤销认证八天后使用原银行卡重新认证',
      8,
      new Date('2015-10-21T03:00:00Z'),
    ],
    ['S2', 'English date "May 29, 2015"', M1_EN, 8, beijingMidnight('2015-05-29')],
    [
      'S2',
      'English "5 days later (October 18, 2015)"',
      'bank card information verification failed, use the original bank card to re-verify 5 days later (October 18, 2015)',
      5,
      beijingMidnight('2015-10-18'),
    ],
    [
      'S2',
      'English "after eight days (29 May 2015)"',
      'bank card information authentication failed; revoke and use the original bank card after eight days (29th May 2015)',
      8,
      beijingMidnight('2015-05-29'),
    ],
    [
      'S2',
      'English without date',
      'bank card information authentication failed; use the original bank card after 6 days',
      6,
      new Date('2015-10-19T03:00:00Z'),
    ],
  ])('%s %s', (_source, _label, text, days, retryAfter) => {
    const [found] = interpretAlipayMessage(text, { receivedAt });
    expect(found?.code).toBe('CARD_CHECK_FAILED');
    expect(found?.retryAfterDays).toBe(days);
    expect(found?.retryAfter).toEqual(retryAfter);
    expect(found?.suggestedAction).toBe('reject');
  });

  it.each([
    [
      'S2',
      'the first of two dates counts (Chinese first)',
      '银行卡信息认证失败,撤销认证5天后(2015年10月18日)或2015-10-19',
      beijingMidnight('2015-10-18'),
    ],
    [
      'S2',
      'the first of two dates counts (ISO first)',
      '银行卡信息认证失败,撤销认证5天后(2015-10-18)即2015年10月19日',
      beijingMidnight('2015-10-18'),
    ],
  ])('%s %s', (_source, _label, text, retryAfter) => {
    expect(interpretAlipayMessage(text, { receivedAt })[0]?.retryAfter).toEqual(retryAfter);
  });

  it('S2 a date beyond the supported range gives no retryAfter and no dueAt', () => {
    const edge = new Date('8999-12-31T12:00:00Z');
    const found = interpretAlipayMessage(`你的银行卡信息认证失败,撤销认证5天后使用原银行卡重新认证 ${M6}`, {
      receivedAt: edge,
    });
    expect(found.map((item) => [item.code, item.retryAfter, item.dueAt])).toEqual([
      ['CARD_CHECK_FAILED', undefined, undefined],
      ['UNDER_REVIEW', undefined, undefined],
    ]);
  });

  it('S2 the next step names the retry date', () => {
    expect(interpretAlipayMessage(M1)[0]?.nextSteps[2]?.en).toBe(
      'revoke (撤销本次认证) and retry with the same card on or after 2015-10-18.',
    );
    expect(interpretAlipayMessage('你的银行卡信息认证失败')[0]?.nextSteps[2]?.en).toContain('the date in the message');
  });

  it('S2 without receivedAt and without a date there is no retryAfter, only N', () => {
    const [found] = interpretAlipayMessage(
      '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后使用原银行卡重新认证',
    );
    expect(found?.retryAfterDays).toBe(5);
    expect(found?.retryAfter).toBeUndefined();
  });

  it('S2 a stated date needs no receivedAt', () => {
    expect(interpretAlipayMessage(M1)[0]?.retryAfter).toEqual(beijingMidnight('2015-10-18'));
  });

  it('S2 without any N or date there is neither', () => {
    const [found] = interpretAlipayMessage('你的银行卡信息认证失败', { receivedAt });
    expect(found?.retryAfterDays).toBeUndefined();
    expect(found?.retryAfter).toBeUndefined();
  });

  it('S2 the message date may be read in another zone', () => {
    expect(interpretAlipayMessage(M1, { timeZone: 'Europe/Berlin' })[0]?.retryAfter).toEqual(
      new Date('2015-10-18T00:00:00+02:00'),
    );
  });

  it('S2 an invalid zone or receivedAt is ignored', () => {
    const [found] = interpretAlipayMessage(M1, { timeZone: 'Mars/Olympus', receivedAt: new Date(Number.NaN) });
    expect(found?.retryAfter).toEqual(beijingMidnight('2015-10-18'));
  });

  it('S2 the Chinese original and its translation pasted together give one interpretation with the Chinese text', () => {
    const found = interpretAlipayMessage(`你的银行卡信息认证失败,请更换银行卡重新认证\n\n${M1_EN}`, { receivedAt });
    expect(found).toHaveLength(1);
    expect(found[0]?.language).toBe('zh');
    expect(found[0]?.matchedText).toBe('你的银行卡信息认证失败,请更换银行卡重新认证');
    expect(found[0]?.retryAfterDays).toBe(8);
    expect(found[0]?.retryAfter).toEqual(beijingMidnight('2015-05-29'));
  });
});

describe('interpretAlipayMessage: review due of M6 (S3)', () => {
  it.each([
    ['S3', 'M6: received + 2 days', M6, new Date('2015-10-15T03:00:00Z')],
    ['S3', 'another N', '支付宝客服将在3天内为你审核。', new Date('2015-10-16T03:00:00Z')],
    ['S3', 'Chinese numeral', '客服将在两天内为您审核', new Date('2015-10-15T03:00:00Z')],
    ['S3', 'working days (Tue + 3 working days = Fri)', '将在3个工作日内完成审核', new Date('2015-10-16T03:00:00Z')],
    [
      'S3',
      'second sentence only: N found nearby',
      '审核完成后,请返回支付宝查看实名认证进度',
      new Date('2015-10-15T03:00:00Z'),
    ],
    ['S3', 'no N anywhere: 2 days', '人工审核中', new Date('2015-10-15T03:00:00Z')],
    [
      'S3',
      'English "within two days"',
      'customer service will review it within two days',
      new Date('2015-10-15T03:00:00Z'),
    ],
    [
      'S3',
      'English "within 2 business days"',
      'Alipay will review your application within 2 business days',
      new Date('2015-10-15T03:00:00Z'),
    ],
    [
      'S3',
      'English status, N nearby',
      'Under review. We will get back within 3 days',
      new Date('2015-10-16T03:00:00Z'),
    ],
    ['S3', 'English status, no N', 'Your application is under review', new Date('2015-10-15T03:00:00Z')],
    [
      'S3',
      'English, "after the review is completed" with working days nearby',
      'Result within 3 working days. After the review is completed, please return to Alipay',
      new Date('2015-10-16T03:00:00Z'),
    ],
  ])('%s %s', (_source, _label, text, dueAt) => {
    const [found] = interpretAlipayMessage(text, { receivedAt });
    expect(found?.code).toBe('UNDER_REVIEW');
    expect(found?.dueAt).toEqual(dueAt);
    expect(found?.suggestedAction).toBe('start_review');
  });

  it('S3 without receivedAt there is no dueAt', () => {
    expect(interpretAlipayMessage(M6)[0]?.dueAt).toBeUndefined();
  });
});

describe('interpretAlipayMessage: matched text is the message as pasted, without the noise', () => {
  it.each([
    ['S2', 'M1 inside a comment', `The error message is:\n\n${M1}\n\nWhat could be the issue?`, M1],
    ['S2', 'M2 with its envelope', `then alipay email me this\n\n\n${M2}\n\n\nwhich means`, M2],
    ['S2', 'M3 with its envelope', `I apparently need another valid ID: ${M3}\n\nI’m on a Z work visa`, M3],
    ['S2', 'M5 as one message', `this always shows up:\n\n${M5}\n\n`, M5],
    ['S2', 'M7 up to the phone number', `they write me :${M7}″ – contact`, M7],
    [
      'S2',
      'M9 sentence',
      'i keep getting an error “ID Number is 18 digits, letters…”\n\nplease help!?',
      'ID Number is 18 digits, letters…',
    ],
    ['S0', 'M10 first line', M10, '⚠️ Restricting main account functions'],
    ['S2', 'English M1 quoted after a colon', `a message came up today saying:\n\n“${M1_EN}”\n\nI believe`, M1_EN],
  ])('%s %s', (_source, _label, text, matched) => {
    expect(interpretAlipayMessage(text, { receivedAt })[0]?.matchedText).toBe(matched);
  });

  it('S2 several messages in one paste come in text order, once each', () => {
    const found = interpretAlipayMessage(`${M7}\n${M1}\n${M7}\n选择其他认证方式`, { receivedAt });
    expect(found.map((item) => item.code)).toEqual(['LOGIN_BLOCKED', 'CARD_CHECK_FAILED', 'CHOOSE_OTHER_METHOD']);
  });

  it('S2 M4 and M5 far apart stay two messages', () => {
    const found = interpretAlipayMessage(`抱歉暂时无法操作。${'这是很长的一段无关的说明文字。'.repeat(3)}系统出错啦`, {
      receivedAt,
    });
    expect(found.map((item) => item.code)).toEqual(['SYSTEM_ERROR']);
    expect(found[0]?.matchedText).toBe('系统出错啦');
  });

  it('S2 a system error before "cannot operate" keeps its own text', () => {
    const found = interpretAlipayMessage('系统出错啦。抱歉暂时无法操作', { receivedAt });
    expect(found.map((item) => item.code)).toEqual(['SYSTEM_ERROR']);
    expect(found[0]?.matchedText).toBe('系统出错啦。');
  });

  it('S2 zero-width characters and non-breaking spaces do not hide a message', () => {
    expect(codes('选择\u200b其他\u00a0认证方式')).toEqual(['CHOOSE_OTHER_METHOD']);
  });
});

describe('interpretAlipayMessage: never throws, returns [] for non-text', () => {
  it.each([
    ['W', 'undefined', undefined],
    ['W', 'null', null],
    ['W', 'a number', 42],
    ['W', 'an object', { text: M1 }],
  ])('%s %s', (_source, _label, value) => {
    expect(interpretAlipayMessage(value as unknown as string)).toEqual([]);
  });

  it('W options that are not an object are ignored', () => {
    expect(interpretAlipayMessage(M1, 'yesterday' as unknown as { receivedAt?: Date })[0]?.code).toBe(
      'CARD_CHECK_FAILED',
    );
  });
});

describe('messageKnowledge', () => {
  it.each(messageCodes.map((code) => [code]))('S0–S4 %s has meaning, next steps and a source', (code) => {
    const knowledge = messageKnowledge[code];
    expect(knowledge.meaning.en.length).toBeGreaterThan(0);
    expect(knowledge.meaning.zh.length).toBeGreaterThan(0);
    expect(knowledge.nextSteps.length).toBeGreaterThan(0);
    expect(knowledge.source.length).toBeGreaterThan(0);
  });
});
