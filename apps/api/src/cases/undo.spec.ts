import type {
  CaseListResponse,
  CaseResponse,
  NotificationList,
  PortalCaseDetailResponse,
  ProposalDecisionResponse,
  ProposalListResponse,
  TimelineResponse,
  UndoResponse,
} from '@waiji/contract';
import {
  addMember,
  createCase,
  createClient,
  move,
  services,
  signUp,
  sql,
  type TestUser,
  useTestApp,
} from '../testing/kit';

jest.setTimeout(120_000);

type ErrorReply = { error: { code: string; message: string; details: Record<string, unknown> } };
type ReminderRow = { kind: string; key: string; dueAt: Date; status: string };

const DAY = 86_400_000;
const MINUTE = 60_000;

describe('undo: the last transition taken back within 10 minutes, by its maker or an admin', () => {
  const kit = useTestApp({ sql: true });
  let owner: TestUser;
  let helper: TestUser;
  let otherHelper: TestUser;
  let admin: TestUser;
  let viewer: TestUser;

  const reminders = (caseId: string) =>
    sql<ReminderRow>(
      kit.db.url,
      `SELECT kind, key, "dueAt", status FROM "reminder" WHERE "caseId" = $1 ORDER BY "dueAt", key`,
      [caseId],
    );
  const undo = (user: TestUser, found: { id: string; version: number }) =>
    user.post(`/api/cases/${found.id}/undo`, { version: found.version });
  const getCase = async (user: TestUser, caseId: string) =>
    (await user.get(`/api/cases/${caseId}`)).json<CaseResponse>();

  /** A bank-card case of the owner's organization in manual review after `user` entered the deposit. */
  async function inReview(user: TestUser): Promise<CaseResponse> {
    const opened = await createCase(owner, (await createClient(owner)).id, { bank: 'BOC', cardLast4: '1234' });
    const waiting = await move(user, await move(user, opened, 'submit'), 'await_deposit');
    return move(user, waiting, 'confirm_deposit', { amount: '0.0974' });
  }

  /** Moves the case's latest timeline entry back in time: the table refuses updates, so triggers are off for it. */
  async function age(caseId: string, ms: number): Promise<void> {
    await kit.sql.query('SET session_replication_role = replica');
    try {
      await kit.sql.query(
        `UPDATE "case_event" SET at = at - make_interval(secs => $2::double precision / 1000)
         WHERE "caseId" = $1 AND "versionAfter" = (SELECT version FROM "case" WHERE id = $1)`,
        [caseId, ms],
      );
    } finally {
      await kit.sql.query('SET session_replication_role = DEFAULT');
    }
  }

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    helper = await addMember(kit, owner, 'HELPER');
    otherHelper = await addMember(kit, owner, 'HELPER');
    admin = await addMember(kit, owner, 'ADMIN');
    viewer = await addMember(kit, owner, 'VIEWER');
  });

  it('undoes an accidental "Approved": state and fields back, the review reminder back, an UNDO entry, an audit row', async () => {
    const review = await inReview(helper);
    const reviewReminders = await reminders(review.id);
    expect(reviewReminders.map((r) => [r.kind, r.status])).toEqual([['REVIEW_DUE', 'PENDING']]);

    const approved = await move(helper, review, 'approve');
    expect(approved).toMatchObject({ state: 'APPROVED', nextDueAt: null });
    expect(await reminders(review.id)).toEqual([]);
    // the answer (and every later read of the case) says the approval can be undone, and by whom
    expect(approved.undo).toMatchObject({
      action: 'approve',
      version: approved.version,
      actor: { id: helper.me?.user.id },
      available: true,
    });
    const until = new Date(approved.undo?.until ?? 0).getTime();
    expect(until - new Date(approved.undo?.at ?? 0).getTime()).toBe(10 * MINUTE);
    expect((await getCase(helper, review.id)).undo).toEqual(approved.undo);
    const listed = (await helper.get(`/api/cases?clientId=${review.clientId}`)).json<CaseListResponse>();
    expect(listed.items[0]?.undo).toEqual(approved.undo);

    const response = await undo(helper, approved);
    expect(response.status).toBe(200);
    const undone = response.json<UndoResponse>();
    expect(undone.case).toMatchObject({
      state: 'MANUAL_REVIEW',
      version: approved.version + 1,
      attempt: review.attempt,
      stateEnteredAt: review.stateEnteredAt,
      submittedAt: review.submittedAt,
      bank: 'BOC',
      cardLast4: '1234',
      retryAfter: null,
      lastReasonCode: null,
      allowedActions: review.allowedActions,
      // an undo is never undone
      undo: null,
    });
    expect(undone.event).toMatchObject({
      action: 'UNDO',
      fromState: 'APPROVED',
      toState: 'MANUAL_REVIEW',
      versionAfter: approved.version + 1,
      actor: { id: helper.me?.user.id },
      data: { undoneVersion: approved.version, undoneAction: 'approve' },
    });

    // the same reminder as before the approval: same key, same due time
    const back = await reminders(review.id);
    expect(back.map((r) => [r.kind, r.key, r.dueAt.toISOString(), r.status])).toEqual(
      reviewReminders.map((r) => [r.kind, r.key, r.dueAt.toISOString(), 'PENDING']),
    );
    expect(undone.case.nextDueAt).toBe(back[0]?.dueAt.toISOString());

    // the timeline keeps the approval and adds the undo after it
    const timeline = (await helper.get(`/api/cases/${review.id}/events`)).json<TimelineResponse>();
    expect(timeline.items.slice(-2).map((entry) => entry.action)).toEqual(['approve', 'UNDO']);

    const audit = await sql<{ actorId: string; targetId: string; data: Record<string, unknown> }>(
      kit.db.url,
      `SELECT "actorId", "targetId", data FROM "audit_log" WHERE action = 'case.transition_undone' AND "targetId" = $1`,
      [review.id],
    );
    expect(audit).toEqual([
      {
        actorId: helper.me?.user.id,
        targetId: review.id,
        data: expect.objectContaining({
          undoneAction: 'approve',
          undoneVersion: approved.version,
          undoneBy: helper.me?.user.id,
          fromState: 'APPROVED',
          toState: 'MANUAL_REVIEW',
        }),
      },
    ]);

    // nothing left to undo; the case moves on normally from where it was
    const again = await undo(helper, undone.case);
    expect(again.status).toBe(409);
    expect(again.json<ErrorReply>().error.code).toBe('NOTHING_TO_UNDO');
    const approvedAgain = await move(helper, undone.case, 'approve');
    expect(approvedAgain.version).toBe(undone.case.version + 1);
  });

  it('undoes a rejection with a retry date: the retry reminder goes, the review reminder comes back, reason and date cleared', async () => {
    const review = await inReview(helper);
    const reviewReminders = await reminders(review.id);
    const retryAfter = new Date(Date.now() + 5 * DAY).toISOString();
    const rejected = await move(helper, review, 'reject', { reasonCode: 'CARD_CHECK_FAILED', retryAfter });
    expect(rejected).toMatchObject({ state: 'REJECTED', retryAfter, lastReasonCode: 'CARD_CHECK_FAILED' });
    expect((await reminders(review.id)).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ['RETRY_ALLOWED', retryAfter],
    ]);

    const undone = (await undo(helper, rejected)).json<UndoResponse>();
    expect(undone.case).toMatchObject({
      state: 'MANUAL_REVIEW',
      retryAfter: null,
      lastReasonCode: null,
      cooldownUntil: null,
    });
    expect((await reminders(review.id)).map((r) => [r.kind, r.dueAt.toISOString(), r.status])).toEqual(
      reviewReminders.map((r) => [r.kind, r.dueAt.toISOString(), 'PENDING']),
    );
  });

  it('undoes a resubmit with another card: attempt, card and submission time come back, with the attempt’s reminders', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id, { bank: 'ICBC', cardLast4: '1111' });
    const submitted = await move(helper, opened, 'submit');
    const retryAfter = new Date(Date.now() + 3 * DAY).toISOString();
    const rejected = await move(helper, submitted, 'reject', { reasonCode: 'CARD_CHECK_FAILED', retryAfter });
    const rejectedReminders = await reminders(opened.id);
    const resubmitted = await move(helper, rejected, 'resubmit', { bank: 'CMB', cardLast4: '2222' });
    expect(resubmitted).toMatchObject({ state: 'SUBMITTED', attempt: 2, bank: 'CMB', cardLast4: '2222' });

    const undone = (await undo(helper, resubmitted)).json<UndoResponse>();
    expect(undone.case).toMatchObject({
      state: 'REJECTED',
      attempt: 1,
      bank: 'ICBC',
      cardLast4: '1111',
      submittedAt: rejected.submittedAt,
      stateEnteredAt: rejected.stateEnteredAt,
      retryAfter,
      lastReasonCode: 'CARD_CHECK_FAILED',
      cooldownUntil: retryAfter,
    });
    const pending = (await reminders(opened.id)).filter((r) => r.status === 'PENDING');
    expect(pending.map((r) => [r.key, r.dueAt.toISOString()])).toEqual(
      rejectedReminders.map((r) => [r.key, r.dueAt.toISOString()]),
    );
  });

  it('keeps a reminder that was already sent as sent (it is not planned again)', async () => {
    const review = await inReview(helper);
    await sql(kit.db.url, `UPDATE "reminder" SET status = 'SENT' WHERE "caseId" = $1 AND kind = 'REVIEW_DUE'`, [
      review.id,
    ]);
    const approved = await move(helper, review, 'approve');
    const undone = (await undo(helper, approved)).json<UndoResponse>();
    expect(undone.case.state).toBe('MANUAL_REVIEW');
    expect((await reminders(review.id)).map((r) => [r.kind, r.status])).toEqual([['REVIEW_DUE', 'SENT']]);
  });

  it('refuses once 10 minutes have passed (409 UNDO_WINDOW_PASSED) and no longer offers it', async () => {
    const review = await inReview(helper);
    const approved = await move(helper, review, 'approve');
    await age(review.id, 9 * MINUTE);
    expect((await getCase(helper, review.id)).undo).toMatchObject({ action: 'approve', available: true });

    await age(review.id, 2 * MINUTE);
    expect((await getCase(helper, review.id)).undo).toBeNull();
    const late = await undo(helper, approved);
    expect(late.status).toBe(409);
    expect(late.json<ErrorReply>().error).toMatchObject({
      code: 'UNDO_WINDOW_PASSED',
      details: { state: 'APPROVED', version: approved.version, undo: null },
    });
    expect(late.json<ErrorReply>().error.message).toMatch(/10 minutes/);
    // nothing changed
    expect(await getCase(helper, review.id)).toMatchObject({ state: 'APPROVED', version: approved.version });
    // an admin is held to the window too
    expect((await undo(admin, approved)).json<ErrorReply>().error.code).toBe('UNDO_WINDOW_PASSED');
  });

  it('lets only the maker or an admin/owner undo: another helper gets 409 NOT_YOUR_TRANSITION, a viewer 403', async () => {
    const review = await inReview(helper);
    const approved = await move(helper, review, 'approve');

    // the answer tells each reader whether they may
    expect((await getCase(otherHelper, review.id)).undo).toMatchObject({ action: 'approve', available: false });
    expect((await getCase(admin, review.id)).undo).toMatchObject({ action: 'approve', available: true });
    expect((await getCase(owner, review.id)).undo).toMatchObject({ available: true });
    expect((await getCase(viewer, review.id)).undo).toMatchObject({ available: false });

    const refused = await undo(otherHelper, approved);
    expect(refused.status).toBe(409);
    expect(refused.json<ErrorReply>().error).toMatchObject({
      code: 'NOT_YOUR_TRANSITION',
      details: { state: 'APPROVED', undo: { action: 'approve', available: false } },
    });
    expect((await undo(viewer, approved)).status).toBe(403);
    expect((await getCase(owner, review.id)).state).toBe('APPROVED');

    const byAdmin = await undo(admin, approved);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.json<UndoResponse>()).toMatchObject({
      case: { state: 'MANUAL_REVIEW' },
      event: { actor: { id: admin.me?.user.id }, data: { undoneBy: helper.me?.user.id } },
    });
  });

  it('answers 409 CONFLICT for a stale version (and to the loser of a race), NOTHING_TO_UNDO for a new case; an archived case offers none and refuses (422)', async () => {
    const review = await inReview(helper);
    const stale = await undo(helper, { id: review.id, version: review.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.json<ErrorReply>().error).toMatchObject({
      code: 'CONFLICT',
      details: { state: 'MANUAL_REVIEW', version: review.version },
    });

    // the undo and a transition race at the same version: exactly one wins
    const [undoReply, approveReply] = await Promise.all([
      undo(helper, review),
      helper.post(`/api/cases/${review.id}/transitions`, { action: 'approve', version: review.version }),
    ]);
    expect([undoReply.status, approveReply.status].sort()).toEqual([200, 409]);
    const after = await getCase(helper, review.id);
    expect(after.version).toBe(review.version + 1);

    const fresh = await createCase(owner, (await createClient(owner)).id);
    const nothing = await undo(owner, fresh);
    expect(nothing.status).toBe(409);
    expect(nothing.json<ErrorReply>().error.code).toBe('NOTHING_TO_UNDO');
    expect(fresh.undo).toBeNull();

    const submitted = await move(helper, fresh, 'submit');
    expect(submitted.undo).toMatchObject({ action: 'submit', available: true });
    const archivedCase = (await helper.post(`/api/cases/${fresh.id}/archive`)).json<CaseResponse>();
    expect(archivedCase.undo).toBeNull();
    const archived = await undo(helper, submitted);
    expect(archived.status).toBe(422);
    expect(archived.json<ErrorReply>().error.code).toBe('DOMAIN_RULE');
  });

  it('hides an undone transition and the undo from the client’s portal', async () => {
    const review = await inReview(helper);
    const client = await addMember(kit, owner, 'CLIENT', review.clientId);
    const approved = await move(helper, review, 'approve');
    expect((await undo(helper, approved)).status).toBe(200);
    const portal = (await client.get(`/api/portal/cases/${review.id}`)).json<PortalCaseDetailResponse>();
    expect(portal.state).toBe('MANUAL_REVIEW');
    expect(portal.timeline.map((entry) => entry.action)).toEqual([
      'CREATED',
      'submit',
      'await_deposit',
      'confirm_deposit',
    ]);
  });
});

describe('undo withdraws what the client was told of the undone change; a report it applied is pending again', () => {
  const kit = useTestApp({ sql: true });
  let owner: TestUser;
  let helper: TestUser;

  type Outbound = { idempotencyKey: string; subject: string; status: string };
  const outboxOf = (caseId: string) =>
    sql<Outbound>(
      kit.db.url,
      `SELECT "idempotencyKey", subject, status FROM "outbound_email" WHERE "idempotencyKey" LIKE $1 ORDER BY "createdAt"`,
      [`case-state.${caseId}.%`],
    );
  /** The undo window (the emails' delay) has passed: the outbox sends what waits. */
  const sendWaiting = async (caseId: string) => {
    await sql(kit.db.url, `UPDATE "outbound_email" SET "nextAttemptAt" = now() WHERE "idempotencyKey" LIKE $1`, [
      `case-state.${caseId}.%`,
    ]);
    await services(kit.app).outbox.deliverDue();
  };
  const titles = async (user: TestUser) =>
    (await user.get('/api/notifications')).json<NotificationList>().items.map((item) => item.title);
  const undo = async (user: TestUser, found: { id: string; version: number }) => {
    const response = await user.post(`/api/cases/${found.id}/undo`, { version: found.version });
    expect(response.status).toBe(200);
    return response.json<UndoResponse>();
  };

  /** A consenting client with a portal login and a bank-card case in manual review (its emails sent). */
  async function inReview(address: string) {
    const client = await createClient(owner, {
      email: address,
      emailConsent: true,
      preferredLanguage: 'en',
    });
    const portal = await addMember(kit, owner, 'CLIENT', client.id);
    const opened = await createCase(owner, client.id, { bank: 'BOC', cardLast4: '1234' });
    const waiting = await move(helper, await move(helper, opened, 'submit'), 'await_deposit');
    const review = await move(helper, waiting, 'confirm_deposit', { amount: '0.0974' });
    return { client, portal, review };
  }

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    helper = await addMember(kit, owner, 'HELPER');
  });

  it('cancels the waiting email and deletes the in-app notice of the undone change; earlier notices stay', async () => {
    const { client, portal, review } = await inReview('undo.one@example.com');
    await sendWaiting(review.id);
    const approved = await move(helper, review, 'approve');
    expect((await outboxOf(review.id)).map((row) => [row.idempotencyKey, row.status])).toEqual([
      [`case-state.${review.id}.${review.version}.client.${client.id}`, 'SENT'],
      [`case-state.${review.id}.${approved.version}.client.${client.id}`, 'PENDING'],
    ]);
    const card = 'Real-name verification with a mainland bank card';
    expect((await titles(portal))[0]).toBe(`${card}: Approved`);

    await undo(helper, approved);
    // The approval's email is gone; the client already had "Manual review" by email, so nothing new is sent.
    expect((await outboxOf(review.id)).map((row) => [row.subject, row.status])).toEqual([
      ['Your Alipay case: Manual review', 'SENT'],
    ]);
    expect(await titles(portal)).toEqual([`${card}: Manual review`, `${card}: Awaiting deposit`, `${card}: Submitted`]);
    await sendWaiting(review.id);
    expect(
      kit.mail
        .list()
        .filter((mail) => mail.to.includes('undo.one@example.com'))
        .map((m) => m.subject),
    ).toEqual(['Your Alipay case: Manual review']);
  });

  it('an undone change that had superseded the email of the state it restores: the client gets that state by email', async () => {
    // Submitted, deposit awaited and entered, approved: each within the window, so only "Approved" waited.
    const { client, review } = await inReview('undo.two@example.com');
    const approved = await move(helper, review, 'approve');
    const undone = await undo(helper, approved);
    expect((await outboxOf(review.id)).map((row) => [row.idempotencyKey, row.subject, row.status])).toEqual([
      [
        `case-state.${review.id}.${undone.case.version}.client.${client.id}`,
        'Your Alipay case: Manual review',
        'PENDING',
      ],
    ]);
  });

  it('an email already sent stays sent and nothing new is sent (quiet hours or a short delay let it out first)', async () => {
    const { portal, review } = await inReview('undo.three@example.com');
    const approved = await move(helper, review, 'approve');
    await sendWaiting(review.id);
    await undo(helper, approved);
    expect((await outboxOf(review.id)).map((row) => [row.subject, row.status])).toEqual([
      ['Your Alipay case: Approved', 'SENT'],
    ]);
    // The in-app notice of the approval goes all the same.
    expect((await titles(portal))[0]).toBe('Real-name verification with a mainland bank card: Manual review');
  });

  it('undoing a confirmed client report puts the report back to PENDING (undecided), audited with the undo; a helper decides again', async () => {
    const { portal, review } = await inReview('undo.four@example.com');
    const reported = await portal.post(`/api/portal/cases/${review.id}/proposals`, { kind: 'APPROVED' });
    expect(reported.status).toBe(201);
    const proposalId = reported.json<{ id: string }>().id;
    const confirmed = await helper.post(`/api/proposals/${proposalId}/confirm`);
    expect(confirmed.status).toBe(200);
    const decision = confirmed.json<ProposalDecisionResponse>();
    expect(decision.proposal).toMatchObject({ status: 'APPLIED', appliedVersion: decision.case.version });

    const undone = await undo(helper, decision.case);
    expect(undone.case.state).toBe('MANUAL_REVIEW');
    const [proposal] = (await helper.get(`/api/cases/${review.id}/proposals`)).json<ProposalListResponse>().items;
    expect(proposal).toMatchObject({
      id: proposalId,
      status: 'PENDING',
      decidedBy: null,
      decidedAt: null,
      appliedVersion: null,
      steps: ['approve'],
    });
    const [audit] = await sql<{ data: Record<string, unknown> }>(
      kit.db.url,
      `SELECT data FROM "audit_log" WHERE action = 'case.transition_undone' AND "targetId" = $1`,
      [review.id],
    );
    expect(audit?.data).toMatchObject({
      undoneAction: 'approve',
      undoneVersion: decision.case.version,
      reopenedProposalId: proposalId,
      reopenedProposalKind: 'APPROVED',
    });
    // Listed on Today again, and a helper can confirm (or reject) it anew.
    const pending = (await helper.get('/api/proposals')).json<ProposalListResponse>().items;
    expect(pending.map((item) => item.id)).toContain(proposalId);
    const again = await helper.post(`/api/proposals/${proposalId}/confirm`);
    expect(again.status).toBe(200);
    expect(again.json<ProposalDecisionResponse>().case.state).toBe('APPROVED');
  });

  it('an undo of a helper’s own step leaves the client’s reports as they are', async () => {
    const { portal, review } = await inReview('undo.five@example.com');
    const reported = await portal.post(`/api/portal/cases/${review.id}/proposals`, { kind: 'APPROVED' });
    const proposalId = reported.json<{ id: string }>().id;
    const rejected = (
      await helper.post(`/api/proposals/${proposalId}/reject`, { reason: 'Not yet: Alipay still shows the review' })
    ).json<ProposalDecisionResponse>();
    const approved = await move(helper, rejected.case, 'approve');
    await undo(helper, approved);
    const [proposal] = (await helper.get(`/api/cases/${review.id}/proposals`)).json<ProposalListResponse>().items;
    expect(proposal).toMatchObject({ id: proposalId, status: 'REJECTED' });
  });
});
