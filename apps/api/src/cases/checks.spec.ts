import type { CheckResponse, InterpretResponse } from '@waiji/contract';
import { addMember, createCase, createClient, signUp, type TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(120_000);

const codes = (response: { json: <T>() => T }) => response.json<CheckResponse>().findings.map((f) => f.code);

describe('checks and the interpreter over HTTP', () => {
  const kit = useTestApp();
  let owner: TestUser;

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
  });

  it('checks a draft application against the Alipay rules', async () => {
    const response = await owner.post('/api/checks', {
      draft: {
        caseType: 'BANK_CARD_VERIFICATION',
        name: 'Zoë O’Neill',
        bankName: 'ONEILL ZOE',
        bank: 'CCB',
        passportNumber: 'AB12345',
        documents: ['PASSPORT_BIO'],
      },
    });
    expect(response.status).toBe(200);
    const found = codes(response);
    for (const code of ['NAME_INVALID_CHARS', 'BANK_NOT_SUPPORTED', 'PASSPORT_NUMBER_SHORT', 'DOCUMENT_MISSING'])
      expect(found).toContain(code);
    const short = response.json<CheckResponse>().findings.find((f) => f.code === 'PASSPORT_NUMBER_SHORT');
    expect(short?.suggestion?.values).toEqual(['0AB12345']);
    expect((await owner.post('/api/checks', { draft: { caseType: 'NOPE' } })).status).toBe(400);
    expect((await owner.post('/api/checks', {})).status).toBe(400);
  });

  it('checks a stored client and case (documents from the checklist) without ever echoing the passport number', async () => {
    const client = await createClient(owner, {
      passportName: 'Li·Ming',
      bankName: 'LI MING',
      passportNumber: 'G123456',
      birthDate: '2012-01-01',
    });
    const opened = await createCase(owner, client.id, { bank: 'BOC' });
    const before = await owner.post('/api/checks', { clientId: client.id, caseId: opened.id });
    expect(before.status).toBe(200);
    const found = codes(before);
    for (const code of ['NAME_DOT_BOC', 'PASSPORT_NUMBER_SHORT', 'UNDER_18', 'DOCUMENT_MISSING'])
      expect(found).toContain(code);
    expect(before.text).not.toContain('G123456');
    await owner.put(`/api/cases/${opened.id}/checklist/PASSPORT_BIO`, { status: 'WAIVED', note: 'Seen in person' });
    await owner.put(`/api/cases/${opened.id}/checklist/ENTRY_STAMP_OR_RESIDENCE_PERMIT`, {
      status: 'WAIVED',
      note: 'Seen in person',
    });
    const blocking = (response: { json: <T>() => T }) =>
      response.json<CheckResponse>().findings.filter((f) => f.code === 'DOCUMENT_MISSING' && f.severity === 'block')
        .length;
    expect(blocking(before)).toBe(2);
    expect(blocking(await owner.post('/api/checks', { caseId: opened.id }))).toBe(0);
    const clientOnly = codes(await owner.post('/api/checks', { clientId: client.id, caseType: 'RESTRICTION_APPEAL' }));
    expect(clientOnly).not.toContain('NAME_DOT_BOC');
    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await viewer.post('/api/checks', { caseId: opened.id })).status).toBe(200);
    const other = await createClient(owner);
    expect((await owner.post('/api/checks', { clientId: other.id, caseId: opened.id })).status).toBe(404);
  });

  it('interprets pasted Alipay messages with their dates', async () => {
    const response = await owner.post('/api/interpret', {
      text: '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后使用原银行卡重新认证',
      receivedAt: '2026-03-02T10:00:00+08:00',
    });
    expect(response.status).toBe(200);
    const [first] = response.json<InterpretResponse>().interpretations;
    expect(first).toMatchObject({
      code: 'CARD_CHECK_FAILED',
      suggestedAction: 'reject',
      retryAfterDays: 5,
      retryAfter: '2026-03-07T02:00:00.000Z',
      language: 'zh',
    });
    expect(first?.meaning.en).toBeTruthy();
    const review = (
      await owner.post('/api/interpret', { text: '支付宝客服将在2天内为你审核', receivedAt: '2026-03-02T10:00:00Z' })
    ).json<InterpretResponse>();
    expect(review.interpretations[0]).toMatchObject({ code: 'UNDER_REVIEW', dueAt: '2026-03-04T10:00:00.000Z' });
    expect((await owner.post('/api/interpret', { text: 'nothing to see' })).json()).toEqual({ interpretations: [] });
    expect((await owner.post('/api/interpret', { text: '' })).status).toBe(400);
    expect((await owner.post('/api/interpret', { text: 'x', receivedAt: 'yesterday' })).status).toBe(400);
  });
});
