import { bankCodes, banks } from './banks';
import { caseActionLabels, caseActions, caseStateLabels, caseStates, caseTypeLabels, caseTypes } from './cases';
import { isRecord } from './common';
import { sources } from './sources';
import { documentChecklist, documentKindLabels, documentKinds } from './documents';
import { emailStatuses, emailStatusLabels } from './email-statuses';
import { contacts, glossary, glossaryEntry } from './glossary';
import * as domain from './index';
import { messageCodes, reasonCodeLabels, reasonCodes } from './reasons';

describe('banks (S2, S4)', () => {
  it.each([
    ['S2', 'BOC', true, 'SUPPORTED'],
    ['S2', 'CMB', true, 'SUPPORTED'],
    ['S2', 'ICBC', true, 'SUPPORTED'],
    ['S2', 'CITIC', true, 'SUPPORTED'],
    ['S2', 'CGB', true, 'SUPPORTED'],
    ['S2', 'CMBC', true, 'SUPPORTED'],
    ['S2', 'CEB', true, 'SUPPORTED'],
    ['S2', 'HZB', true, 'SUPPORTED'],
    ['S2', 'CIB', true, 'SUPPORTED'],
    ['S2', 'PAB', true, 'SUPPORTED'],
    ['S2', 'PSBC', true, 'SUPPORTED'],
    ['S2', 'SPDB', true, 'SUPPORTED'],
    ['S4', 'BOCOM', false, 'UNCERTAIN'],
    ['S2', 'ABC', false, 'UNCERTAIN'],
    ['S2', 'CCB', false, 'UNSUPPORTED'],
    ['S2', 'OTHER', false, 'UNCERTAIN'],
  ] as const)('%s %s supported=%s (%s)', (source, code, supported, support) => {
    const bank = banks[code];
    expect(bank).toMatchObject({ code, supported, support });
    expect(bank.source).toContain(source);
    expect(bank.name.en).not.toBe('');
    expect(bank.name.zh).toMatch(/银行/);
    if (!supported) expect(bank.note?.en).toBeTruthy();
  });

  it('S2 every bank code has an entry', () => {
    expect(Object.keys(banks).sort()).toEqual([...bankCodes].sort());
  });
});

describe('documentChecklist', () => {
  it.each([
    [
      'S1 S3 S4',
      'BANK_CARD_VERIFICATION',
      [['PASSPORT_BIO'], ['ENTRY_STAMP', 'RESIDENCE_PERMIT'], ['VISA'], ['SIGNATURE_PAGE']],
      [true, true, false, false],
    ],
    ['W', 'APP_PASSPORT_VERIFICATION', [['PASSPORT_BIO']], [true]],
    ['S0', 'RESTRICTION_APPEAL', [['PASSPORT_BIO'], ['HOLDING_PASSPORT_PHOTO']], [false, true]],
    ['W7 W12', 'PASSPORT_SCAN_VERIFICATION', [['PASSPORT_BIO', 'PERMANENT_RESIDENT_ID']], [true]],
    ['W8', 'INTERNATIONAL_CARD_BINDING', [], []],
    ['W9 W19', 'MAINLAND_CARD_QUICK_BINDING', [['PASSPORT_BIO'], ['ENTRY_STAMP', 'RESIDENCE_PERMIT']], [true, true]],
    ['W17 W18', 'DOCUMENT_UPDATE', [['PASSPORT_BIO', 'PERMANENT_RESIDENT_ID']], [true]],
    ['S0 W10', 'RESTRICTION_APPEAL_AGENT', [['HOLDING_PASSPORT_PHOTO'], ['PASSPORT_BIO']], [true, false]],
  ] as const)('%s %s', (_source, type, kinds, required) => {
    const list = documentChecklist(type);
    expect(list.map((item) => item.anyOf)).toEqual(kinds);
    expect(list.map((item) => item.required)).toEqual(required);
    for (const item of list) expect(item.source.length).toBeGreaterThan(0);
  });

  it('W a copy is returned, so callers cannot change the table', () => {
    const first = documentChecklist('RESTRICTION_APPEAL');
    first[0]?.anyOf.push('VISA');
    expect(documentChecklist('RESTRICTION_APPEAL')[0]?.anyOf).toEqual(['PASSPORT_BIO']);
  });

  it.each([
    ['W', 'LOAN'],
    ['W', 'toString'],
    ['W', 42],
  ])('%s unknown type %p gives []', (_source, type) => {
    expect(documentChecklist(type as never)).toEqual([]);
  });
});

describe('glossary (ALIPAY.md §5)', () => {
  it.each([
    ['S1', '立即认证', 'lìjí rènzhèng', 'verify now'],
    ['S2', '外籍(用户)', 'wàijí (yònghù)', 'foreign national (user)'],
    ['S2', '实名认证', 'shímíng rènzhèng', 'real-name verification'],
    ['S3', '未认证', 'wèi rènzhèng', 'unverified'],
    ['S2', '申请认证', 'shēnqǐng rènzhèng', 'apply for verification'],
    ['S2', '输入打款金额', "shūrù dǎkuǎn jīn'é", 'enter the deposit amount'],
    ['S2', '打款', 'dǎkuǎn', 'payout/deposit'],
    ['S3', '撤销(本次)认证(申请)', 'chèxiāo rènzhèng', 'revoke the application'],
    ['S3', '审核', 'shěnhé', 'review'],
    ['S4', '人工审核', 'réngōng shěnhé', 'manual review'],
    ['W', '补传', 'bǔchuán', 're-upload'],
    ['S2', '账户设置', 'zhànghù shèzhì', 'account settings'],
    ['S2', '基本信息', 'jīběn xìnxī', 'basic information'],
    ['S2', '下一步', 'xià yī bù', 'next'],
    ['S2', '护照(号码)', 'hùzhào (hàomǎ)', 'passport (number)'],
    ['S3', '立即注册', 'lìjí zhùcè', 'sign up'],
    ['S3', '中国大陆', 'Zhōngguó dàlù', 'mainland China'],
    ['S2', '添加银行卡', 'tiānjiā yínhángkǎ', 'add bank card'],
    ['S4', '活期', 'huóqī', 'current account'],
    ['S3', '身份证', 'shēnfènzhèng', 'Chinese ID card'],
  ])('%s %s', (source, zh, pinyin, en) => {
    const found = glossary.find((item) => item.zh === zh);
    expect(found).toEqual({ zh, pinyin, en, source: expect.arrayContaining([source]) });
  });

  it('S2 has the 20 terms of §5, then the 14 of the 2026 flows (issue 18)', () => {
    expect(glossary).toHaveLength(34);
  });

  it.each([
    ['S3', '撤销本次认证申请', '撤销(本次)认证(申请)'],
    ['S3', '撤销认证', '撤销(本次)认证(申请)'],
    ['S2', '外籍', '外籍(用户)'],
    ['S2', '外籍用户', '外籍(用户)'],
    ['S2', ' 护照号码 ', '护照(号码)'],
    ['S2', '打款', '打款'],
  ])('%s glossaryEntry(%s)', (_source, term, zh) => {
    expect(glossaryEntry(term)?.zh).toBe(zh);
  });

  it.each([
    ['W', '淘宝'],
    ['W', 7],
  ])('%s glossaryEntry(%p) is undefined', (_source, term) => {
    expect(glossaryEntry(term as string)).toBeUndefined();
  });
});

describe('labels, codes, sources and contacts', () => {
  it('S0–S4 W every code has a bilingual label', () => {
    const tables: Array<[readonly string[], Record<string, { en: string; zh: string }>]> = [
      [caseTypes, caseTypeLabels],
      [caseStates, caseStateLabels],
      [caseActions, caseActionLabels],
      [reasonCodes, reasonCodeLabels],
      [documentKinds, documentKindLabels],
      [emailStatuses, emailStatusLabels],
    ];
    for (const [codes, labels] of tables) {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      for (const code of codes) expect(labels[code]?.zh).toBeTruthy();
    }
  });

  it('S2 reason codes are the message codes plus OTHER', () => {
    expect(reasonCodes).toEqual([...messageCodes, 'OTHER']);
  });

  it('S0–S4 W the sources are described', () => {
    expect(Object.keys(sources)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4', 'W', ...sources.W.pages!]);
  });

  it('S2 contacts include 95188', () => {
    expect(contacts.map((contact) => contact.value)).toContain('95188');
  });

  it('W isRecord accepts plain objects only', () => {
    expect([isRecord({}), isRecord([]), isRecord(null), isRecord('x')]).toEqual([true, false, false, false]);
  });
});

describe('public entry point (issue 3)', () => {
  it.each([
    'allowedActions',
    'applyAction',
    'machines',
    'machineFor',
    'checkApplication',
    'nameVariants',
    'documentChecklist',
    'interpretAlipayMessage',
    'deadlinesFor',
    'defaultPolicy',
    'glossary',
    'nextSteps',
    'banks',
    'bankCodes',
    'documentKinds',
    'reasonCodes',
    'messageCodes',
    'caseTypes',
    'caseStates',
    'caseActions',
  ])('W exports %s', (name) => {
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });

  it('W every runtime export is defined', () => {
    for (const [name, value] of Object.entries(domain)) expect([name, value]).not.toEqual([name, undefined]);
  });
});
