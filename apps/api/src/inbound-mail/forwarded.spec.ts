import { addressTokens, caseTokenAmong } from './inbound-addresses';
import { extractForwarded, parseForwardedDate } from './forwarded';

const M3 = '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。';

describe('extractForwarded: the original inside a forwarded mail, as each mail program writes it', () => {
  it.each([
    [
      'Gmail',
      `FYI\n\n---------- Forwarded message ---------\nFrom: 支付宝 <service@mail.alipay.com>\nDate: Tue, Dec 1, 2026 at 10:12 AM\nSubject: 认证结果\nTo: <me@example.com>\n\n${M3}\n`,
      '2026-12-01T10:12:00.000Z',
    ],
    [
      'Outlook',
      `\n\n________________________________\nFrom: Alipay <service@mail.alipay.com>\nSent: Tuesday, December 1, 2026 10:12 AM\nTo: Me <me@example.com>\nSubject: 认证结果\n\n${M3}`,
      '2026-12-01T10:12:00.000Z',
    ],
    [
      'Outlook (older)',
      `-----Original Message-----\nFrom: service@mail.alipay.com [mailto:service@mail.alipay.com]\nSent: Tue, 1 Dec 2026 10:12:00 +0800\nTo: me@example.com\nSubject: 认证结果\n\n${M3}`,
      '2026-12-01T02:12:00.000Z',
    ],
    [
      'Apple Mail',
      `Sent from my iPhone\n\nBegin forwarded message:\n\n> From: 支付宝 <service@mail.alipay.com>\n> Subject: 认证结果\n> Date: 1 December 2026 at 10:12:00 GMT+8\n> To: me@example.com\n>\n> ${M3}`,
      '2026-12-01T02:12:00.000Z',
    ],
    [
      'QQ Mail',
      `转发一下\n\n------------------ 原始邮件 ------------------\n发件人: "支付宝"<service@mail.alipay.com>;\n发送时间: 2026年12月1日(星期二) 上午10:12\n收件人: "我"<me@qq.com>;\n主题: 认证结果\n\n${M3}`,
      '2026-12-01T02:12:00.000Z',
    ],
    [
      '163',
      `-------- 转发邮件信息 --------\n发件人："支付宝" <service@mail.alipay.com>\n发送日期：2026-12-01 22:12:00\n收件人：me@163.com\n主题：认证结果\n\n${M3}`,
      '2026-12-01T14:12:00.000Z',
    ],
  ])('%s', (_program, text, date) => {
    const found = extractForwarded(text);
    expect(found?.from).toBe('service@mail.alipay.com');
    expect(found?.subject).toBe('认证结果');
    expect(found?.date?.toISOString()).toBe(date);
    expect(found?.body).toBe(M3);
  });

  it('a mail that forwards nothing', () => {
    expect(extractForwarded(`Hello,\n\nFrom: my phone\n${M3}`)).toBeNull();
  });

  it('reads 下午 as the afternoon', () => {
    expect(parseForwardedDate('2026年12月1日(星期二) 下午3:05')?.toISOString()).toBe('2026-12-01T07:05:00.000Z');
  });
});

describe('inbound addresses', () => {
  it.each([
    ['org-0123456789ab@in.test', { orgToken: '0123456789ab', caseToken: null }],
    ['ORG-0123456789AB+case-ba9876543210@IN.test', { orgToken: '0123456789ab', caseToken: 'ba9876543210' }],
    ['case-ba9876543210@in.test', { orgToken: null, caseToken: 'ba9876543210' }],
    ['case-ba9876543210@elsewhere.test', null],
    ['postmaster@in.test', null],
    ['case-short@in.test', null],
  ])('%s', (address, expected) => {
    expect(addressTokens(address, 'in.test')).toEqual(expected);
  });

  it('finds a case token among the recipients of a drained mailbox', () => {
    expect(caseTokenAmong(['visa@agency.example', 'visa+case-ba9876543210@agency.example'])).toBe('ba9876543210');
    expect(caseTokenAmong(['visa@agency.example'])).toBeNull();
  });
});
