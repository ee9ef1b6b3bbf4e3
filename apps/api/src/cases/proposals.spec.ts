import type {
  CaseResponse,
  OrganizationSettings,
  PortalProposalListResponse,
  PortalProposalResponse,
  ProposalDecisionResponse,
  ProposalListResponse,
  TimelineResponse,
} from '@waiji/contract';
import { addMember, createCase, createClient, move, signUp, sql, type TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(120_000);

type ErrorReply = { error: { code: string; message: string; details: Record<string, unknown> } };

const DAY = 86_400_000;
const M1_2031 = '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2031年10月18日)使用原银行卡重新认证';
const M6 = '支付宝客服将在2天内为你审核。审核完成后，请返回支付宝查看实名认证进度。';

describe('client reports (proposals): portal reports that a helper confirms through the case machine', () => {
  const kit = useTestApp();
  let owner: TestUser;
  let helper: TestUser;
  let viewer: TestUser;

  const reminders = (caseId: string) =>
    sql<{ kind: string; status: string; dueAt: Date }>(
      kit.db.url,
      `SELECT kind, status, "dueAt" FROM "reminder" WHERE "caseId" = $1 AND status = 'PENDING' ORDER BY "dueAt"`,
      [caseId],
    );
  const proposalRow = async (id: string) =>
    (
      await sql<{ status: string; decidedById: string | null; appliedVersion: number | null }>(
        kit.db.url,
        `SELECT status, "decidedById", "appliedVersion" FROM "case_proposal" WHERE id = $1`,
        [id],
      )
    )[0];

  /** A client with a bank-card case moved along `actions`, and their portal account. */
  const clientWithCase = async (actions: string[], fields: Record<string, unknown> = {}) => {
    const record = await createClient(owner, { passportName: 'Anna Schmidt' });
    let kase = await createCase(owner, record.id, { bank: 'BOC', cardLast4: '1234', ...fields });
    for (const action of actions)
      kase = await move(owner, kase, action, action === 'confirm_deposit' ? { amount: '0.0974' } : {});
    const portal = await addMember(kit, owner, 'CLIENT', record.id);
    return { kase, portal, clientId: record.id };
  };
  const report = (user: TestUser, caseId: string, body: Record<string, unknown>) =>
    user.post(`/api/portal/cases/${caseId}/proposals`, body);

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    helper = await addMember(kit, owner, 'HELPER');
    viewer = await addMember(kit, owner, 'VIEWER');
  });

  it('a deposit report waits for a helper, who confirms it from Today: the machine moves, reminders are re-planned, the entry says who reported', async () => {
    const { kase, portal } = await clientWithCase(['submit', 'await_deposit'], { assigneeId: helper.me?.user.id });
    expect((await reminders(kase.id)).map((r) => r.kind)).toEqual(['DEPOSIT_EXPECTED', 'DEPOSIT_OVERDUE']);

    const created = await report(portal, kase.id, {
      kind: 'DEPOSIT_ARRIVED',
      amount: '￥0.0974',
      arrivedOn: '2026-01-05',
    });
    expect(created.status).toBe(201);
    const proposal = created.json<PortalProposalResponse>();
    expect(proposal).toMatchObject({
      kind: 'DEPOSIT_ARRIVED',
      status: 'PENDING',
      payload: { amount: '0.0974', arrivedOn: '2026-01-05' },
      decidedAt: null,
      rejectionReason: null,
    });
    // Nothing happened to the case yet.
    expect((await owner.get(`/api/cases/${kase.id}`)).json<CaseResponse>()).toMatchObject({
      state: 'AWAITING_DEPOSIT',
      version: kase.version,
    });

    // The assignee is told (and only they, since the case has one).
    const notes = await sql<{ userId: string; kind: string; title: string; body: string }>(
      kit.db.url,
      `SELECT "userId", kind, title, body FROM "notification" WHERE "caseId" = $1 AND kind = 'CLIENT_REPORT'`,
      [kase.id],
    );
    expect(notes).toEqual([
      {
        userId: helper.me?.user.id,
        kind: 'CLIENT_REPORT',
        title: 'Anna Schmidt reported: The deposit arrived',
        body: expect.stringContaining('0.0974 CNY on 2026-01-05'),
      },
    ]);

    const today = await helper.get('/api/proposals');
    expect(today.status).toBe(200);
    const pending = today.json<ProposalListResponse>().items.find((item) => item.id === proposal.id);
    expect(pending).toMatchObject({
      steps: ['confirm_deposit'],
      proposedBy: { id: portal.me?.user.id },
      decidedBy: null,
      case: { id: kase.id, clientName: 'Anna Schmidt', state: 'AWAITING_DEPOSIT', version: kase.version },
    });
    expect((await viewer.get(`/api/cases/${kase.id}/proposals`)).json<ProposalListResponse>().items).toHaveLength(1);
    expect((await viewer.post(`/api/proposals/${proposal.id}/confirm`)).status).toBe(403);

    const confirmed = await helper.post(`/api/proposals/${proposal.id}/confirm`);
    expect(confirmed.status).toBe(200);
    const decision = confirmed.json<ProposalDecisionResponse>();
    expect(decision.case).toMatchObject({ state: 'MANUAL_REVIEW', version: kase.version + 1 });
    expect(decision.proposal).toMatchObject({
      status: 'APPLIED',
      decidedBy: { id: helper.me?.user.id },
      appliedVersion: kase.version + 1,
      steps: [],
    });
    expect(decision.events).toHaveLength(1);
    expect(decision.events[0]).toMatchObject({
      action: 'confirm_deposit',
      actor: { id: helper.me?.user.id },
      data: {
        depositAmount: '0.0974',
        depositArrivedOn: '2026-01-05',
        proposalId: proposal.id,
        reportedBy: 'CLIENT',
        reportedById: portal.me?.user.id,
      },
    });
    const review = await reminders(kase.id);
    expect(review.map((r) => r.kind)).toEqual(['REVIEW_DUE']);
    expect(review[0]?.dueAt.getTime()).toBe(new Date(decision.events[0]?.at ?? '').getTime() + 2 * DAY);

    const audit = await sql<{ action: string; actorId: string; data: Record<string, unknown> }>(
      kit.db.url,
      `SELECT action, "actorId", data FROM "audit_log" WHERE "targetId" = $1`,
      [proposal.id],
    );
    expect(audit).toEqual([
      {
        action: 'proposal.confirmed',
        actorId: helper.me?.user.id,
        data: { caseId: kase.id, kind: 'DEPOSIT_ARRIVED', appliedVersion: kase.version + 1 },
      },
    ]);

    const again = await helper.post(`/api/proposals/${proposal.id}/confirm`);
    expect(again.status).toBe(409);
    expect(again.json<ErrorReply>().error.message).toContain('already confirmed');
    expect((await helper.get('/api/proposals')).json<ProposalListResponse>().items.map((i) => i.id)).not.toContain(
      proposal.id,
    );
    const mine = (await portal.get(`/api/portal/cases/${kase.id}/proposals`)).json<PortalProposalListResponse>();
    expect(mine.items).toEqual([expect.objectContaining({ id: proposal.id, status: 'APPLIED' })]);
    // Staff names and ids stay out of the client's answer.
    expect(JSON.stringify(mine)).not.toContain(helper.me?.user.id);
  });

  it('a deposit reported while the case is still SUBMITTED records the acceptance first, then the amount', async () => {
    const { kase, portal } = await clientWithCase(['submit']);
    const proposal = (
      await report(portal, kase.id, { kind: 'DEPOSIT_ARRIVED', amount: '0.42', arrivedOn: '2026-01-05' })
    ).json<PortalProposalResponse>();
    const decision = (await owner.post(`/api/proposals/${proposal.id}/confirm`)).json<ProposalDecisionResponse>();
    expect(decision.events.map((e) => [e.action, e.versionAfter, e.data['proposalId']])).toEqual([
      ['await_deposit', kase.version + 1, proposal.id],
      ['confirm_deposit', kase.version + 2, proposal.id],
    ]);
    expect(decision.case.state).toBe('MANUAL_REVIEW');
  });

  it('rejecting keeps the case as it is and shows the client the reason; every helper is told when nobody is assigned', async () => {
    const { kase, portal } = await clientWithCase(['submit', 'await_deposit', 'confirm_deposit'], {});
    const proposal = (await report(portal, kase.id, { kind: 'APPROVED' })).json<PortalProposalResponse>();
    const told = await sql<{ userId: string }>(kit.db.url, `SELECT "userId" FROM "notification" WHERE "caseId" = $1`, [
      kase.id,
    ]);
    expect(told.map((n) => n.userId).sort()).toEqual([owner.me?.user.id, helper.me?.user.id].sort());

    const rejected = await helper.post(`/api/proposals/${proposal.id}/reject`, {
      reason: 'Alipay still shows “under review”; send a screenshot when it changes',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.json<ProposalDecisionResponse>()).toMatchObject({
      proposal: { status: 'REJECTED', decidedBy: { id: helper.me?.user.id } },
      case: { state: 'MANUAL_REVIEW', version: kase.version },
      events: [],
    });
    const seen = (await portal.get(`/api/portal/cases/${kase.id}/proposals`)).json<PortalProposalListResponse>();
    expect(seen.items[0]).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Alipay still shows “under review”; send a screenshot when it changes',
    });
    expect((await helper.post(`/api/proposals/${proposal.id}/reject`, {})).status).toBe(409);
    const audit = await sql<{ action: string }>(kit.db.url, `SELECT action FROM "audit_log" WHERE "targetId" = $1`, [
      proposal.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['proposal.rejected']);
  });

  it('the machine’s guards apply: what the case does not allow is refused when reported and again when confirmed', async () => {
    const { kase, portal } = await clientWithCase([]);
    const early = await report(portal, kase.id, { kind: 'APPROVED' });
    expect(early.status).toBe(409);
    expect(early.json<ErrorReply>().error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { state: 'PREPARING', offered: ['SUBMITTED', 'MESSAGE'] },
    });
    expect(
      (await report(portal, kase.id, { kind: 'DEPOSIT_ARRIVED', amount: '0.1', arrivedOn: '2026-01-05' })).status,
    ).toBe(409);

    // Reported while allowed, then the case moves on before a helper looks at it.
    const submitted = (await report(portal, kase.id, { kind: 'SUBMITTED' })).json<PortalProposalResponse>();
    const duplicate = await report(portal, kase.id, { kind: 'SUBMITTED' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json<ErrorReply>().error.code).toBe('CONFLICT');
    await move(owner, kase, 'submit');
    const late = await helper.post(`/api/proposals/${submitted.id}/confirm`);
    expect(late.status).toBe(409);
    expect(late.json<ErrorReply>().error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { state: 'SUBMITTED', allowedActions: ['await_deposit', 'reject', 'revoke'] },
    });
    expect(late.json<ErrorReply>().error.message).toContain('reject the report');
    expect(await proposalRow(submitted.id)).toEqual({ status: 'PENDING', decidedById: null, appliedVersion: null });
    const listed = (await helper.get(`/api/cases/${kase.id}/proposals`)).json<ProposalListResponse>();
    expect(listed.items[0]).toMatchObject({ id: submitted.id, status: 'PENDING', steps: [] });
  });

  it('the same-card cooldown still applies to “I submitted” after a card-check failure; another card is allowed', async () => {
    const { kase, portal } = await clientWithCase(['submit']);
    const rejected = await owner.post(`/api/cases/${kase.id}/apply-message`, { text: M1_2031, version: kase.version });
    expect(rejected.json<{ case: CaseResponse }>().case.state).toBe('REJECTED');

    const sameCard = await report(portal, kase.id, { kind: 'SUBMITTED' });
    expect(sameCard.status).toBe(409);
    expect(sameCard.json<ErrorReply>().error).toMatchObject({
      code: 'COOLDOWN_ACTIVE',
      details: { retryAfter: '2031-10-17T16:00:00.000Z', state: 'REJECTED' },
    });
    expect((await report(portal, kase.id, { kind: 'SUBMITTED', cardLast4: '1234' })).status).toBe(409);

    const otherCard = await report(portal, kase.id, { kind: 'SUBMITTED', cardLast4: '5678' });
    expect(otherCard.status).toBe(201);
    const decision = (
      await helper.post(`/api/proposals/${otherCard.json<PortalProposalResponse>().id}/confirm`)
    ).json<ProposalDecisionResponse>();
    expect(decision.case).toMatchObject({ state: 'SUBMITTED', attempt: 2, cardLast4: '5678', retryAfter: null });
    expect(decision.events[0]).toMatchObject({ action: 'resubmit', data: { cardLast4: '5678', attempt: 2 } });
    expect((await reminders(kase.id)).map((r) => r.kind)).toEqual(['DEPOSIT_EXPECTED', 'DEPOSIT_OVERDUE']);
  });

  it('a pasted message goes through the interpreter on confirmation, as apply-message does', async () => {
    const { kase, portal } = await clientWithCase(['submit']);
    const receivedAt = '2031-10-13T10:00:00+08:00';
    const created = await report(portal, kase.id, { kind: 'MESSAGE', text: `  ${M1_2031}  `, receivedAt });
    expect(created.status).toBe(201);
    const proposal = created.json<PortalProposalResponse>();
    expect(proposal.payload).toEqual({ text: M1_2031, receivedAt: '2031-10-13T02:00:00.000Z' });
    expect(proposal.interpretations).toEqual([
      expect.objectContaining({ code: 'CARD_CHECK_FAILED', retryAfter: '2031-10-17T16:00:00.000Z' }),
    ]);
    // A second message may be reported while the first waits.
    const review = (await report(portal, kase.id, { kind: 'MESSAGE', text: M6 })).json<PortalProposalResponse>();
    const listed = (await helper.get(`/api/cases/${kase.id}/proposals`)).json<ProposalListResponse>();
    expect(listed.items.map((item) => [item.id, item.steps])).toEqual([
      [review.id, []],
      [proposal.id, ['reject']],
    ]);

    const decision = (await helper.post(`/api/proposals/${proposal.id}/confirm`)).json<ProposalDecisionResponse>();
    expect(decision.case).toMatchObject({ state: 'REJECTED', lastReasonCode: 'CARD_CHECK_FAILED' });
    expect(decision.events[0]).toMatchObject({
      action: 'reject',
      originalMessage: M1_2031,
      data: { proposalId: proposal.id, reportedBy: 'CLIENT', receivedAt: '2031-10-13T02:00:00.000Z' },
    });
    expect((await reminders(kase.id)).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ['RETRY_ALLOWED', '2031-10-17T16:00:00.000Z'],
    ]);

    // A message the case has no step for only goes into the timeline.
    const noted = (await helper.post(`/api/proposals/${review.id}/confirm`)).json<ProposalDecisionResponse>();
    expect(noted.case).toMatchObject({ state: 'REJECTED', version: decision.case.version });
    expect(noted.events[0]).toMatchObject({ action: 'MESSAGE', originalMessage: M6, versionAfter: null });
    const timeline = (await owner.get(`/api/cases/${kase.id}/events`)).json<TimelineResponse>();
    expect(timeline.items.filter((e) => e.data['reportedBy'] === 'CLIENT').map((e) => e.action)).toEqual([
      'reject',
      'MESSAGE',
    ]);
  });

  it('validates what the client sends', async () => {
    const { kase, portal } = await clientWithCase(['submit', 'await_deposit']);
    const bad = [
      { kind: 'DEPOSIT_ARRIVED', amount: '1.50', arrivedOn: '2026-01-05' },
      { kind: 'DEPOSIT_ARRIVED', amount: '0.09741', arrivedOn: '2026-01-05' },
      { kind: 'DEPOSIT_ARRIVED', amount: '0.0974' },
      { kind: 'DEPOSIT_ARRIVED', amount: '0.0974', arrivedOn: '05/01/2026' },
      { kind: 'APPROVED', text: 'extra' },
      { kind: 'SUBMITTED', cardLast4: '4111111111111111' },
      { kind: 'MESSAGE', text: '   ' },
      { kind: 'NOPE' },
    ];
    for (const body of bad) expect([body, (await report(portal, kase.id, body)).status]).toEqual([body, 400]);
    const future = await report(portal, kase.id, {
      kind: 'DEPOSIT_ARRIVED',
      amount: '0.0974',
      arrivedOn: '2099-01-01',
    });
    expect(future.status).toBe(422);
    expect(future.json<ErrorReply>().error.details).toEqual({ field: 'arrivedOn' });
  });

  it('keeps clients to their own cases and helpers to their own organization', async () => {
    const { kase, portal } = await clientWithCase(['submit', 'await_deposit']);
    const other = await clientWithCase(['submit', 'await_deposit']);
    const theirs = (
      await report(other.portal, other.kase.id, { kind: 'DEPOSIT_ARRIVED', amount: '0.1', arrivedOn: '2026-01-05' })
    ).json<PortalProposalResponse>();

    // Another client's case of the same organization: 404 to read and to report.
    expect((await portal.get(`/api/portal/cases/${other.kase.id}/proposals`)).status).toBe(404);
    expect((await report(portal, other.kase.id, { kind: 'APPROVED' })).status).toBe(404);
    // Clients never reach the helpers' routes, nor staff the portal's.
    expect((await portal.get('/api/proposals')).status).toBe(403);
    expect((await portal.post(`/api/proposals/${theirs.id}/confirm`)).status).toBe(403);
    expect((await portal.get(`/api/cases/${kase.id}/proposals`)).status).toBe(403);
    expect((await owner.post(`/api/portal/cases/${kase.id}/proposals`, { kind: 'APPROVED' })).status).toBe(403);

    // A helper of another organization: 404 for the report and the case, and nothing in their lists.
    const stranger = await signUp(kit.app, { kind: 'AGENCY' });
    const strangerHelper = await addMember(kit, stranger, 'HELPER');
    expect((await strangerHelper.post(`/api/proposals/${theirs.id}/confirm`)).status).toBe(404);
    expect((await strangerHelper.post(`/api/proposals/${theirs.id}/reject`, {})).status).toBe(404);
    expect((await strangerHelper.get(`/api/cases/${other.kase.id}/proposals`)).status).toBe(404);
    expect((await strangerHelper.get('/api/proposals')).json<ProposalListResponse>().items).toEqual([]);
    expect(await proposalRow(theirs.id)).toMatchObject({ status: 'PENDING' });

    // Archived cases take no reports and are not listed for clients.
    await owner.post(`/api/cases/${kase.id}/archive`);
    expect((await report(portal, kase.id, { kind: 'MESSAGE', text: M6 })).status).toBe(404);
    expect((await portal.get(`/api/portal/cases/${kase.id}/proposals`)).status).toBe(404);
  });

  it('applies reports at once when the organization allows it, or answers with the machine’s refusal', async () => {
    const org = await signUp(kit.app, { kind: 'AGENCY' });
    expect((await org.get('/api/organization')).json<OrganizationSettings>().clientReportsApplyDirectly).toBe(false);
    const orgHelper = await addMember(kit, org, 'HELPER');
    expect((await orgHelper.patch('/api/organization', { clientReportsApplyDirectly: true })).status).toBe(403);
    const patched = await org.patch('/api/organization', { clientReportsApplyDirectly: true });
    expect(patched.status).toBe(200);
    expect(patched.json<OrganizationSettings>().clientReportsApplyDirectly).toBe(true);
    const audit = await sql<{ data: { after: Record<string, unknown> } }>(
      kit.db.url,
      `SELECT data FROM "audit_log" WHERE "organizationId" = $1 AND action = 'organization.updated'`,
      [org.organizationId],
    );
    expect(audit[0]?.data.after).toMatchObject({ clientReportsApplyDirectly: true });

    const record = await createClient(org, { passportName: 'Direct Client' });
    const kase = await move(org, await move(org, await createCase(org, record.id), 'submit'), 'await_deposit');
    const portal = await addMember(kit, org, 'CLIENT', record.id);

    const refused = await report(portal, kase.id, { kind: 'APPROVED' });
    expect(refused.status).toBe(409);
    const applied = await report(portal, kase.id, {
      kind: 'DEPOSIT_ARRIVED',
      amount: '0.0974',
      arrivedOn: '2026-01-05',
    });
    expect(applied.status).toBe(201);
    const proposal = applied.json<PortalProposalResponse>();
    expect(proposal).toMatchObject({ status: 'APPLIED', decidedAt: expect.any(String) });
    expect(await proposalRow(proposal.id)).toEqual({
      status: 'APPLIED',
      decidedById: null,
      appliedVersion: kase.version + 1,
    });
    const timeline = (await org.get(`/api/cases/${kase.id}/events`)).json<TimelineResponse>();
    expect(timeline.items.at(-1)).toMatchObject({
      action: 'confirm_deposit',
      actor: { id: portal.me?.user.id },
      data: { proposalId: proposal.id, reportedBy: 'CLIENT' },
    });
    expect((await reminders(kase.id)).map((r) => r.kind)).toEqual(['REVIEW_DUE']);
    const stored = await sql<{ count: string }>(
      kit.db.url,
      `SELECT count(*) FROM "case_proposal" WHERE "caseId" = $1`,
      [kase.id],
    );
    expect(stored[0]?.count).toBe('1');
    const notes = await sql<{ body: string }>(kit.db.url, `SELECT body FROM "notification" WHERE "caseId" = $1`, [
      kase.id,
    ]);
    // The owner and the helper, nobody being assigned.
    expect(notes.map((n) => n.body)).toEqual([
      '0.0974 CNY on 2026-01-05. It was recorded on the case.',
      '0.0974 CNY on 2026-01-05. It was recorded on the case.',
    ]);
    expect((await org.get('/api/proposals')).json<ProposalListResponse>().items).toEqual([]);
  });
});
