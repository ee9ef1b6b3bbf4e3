import type { ApplyMessageResponse, CaseResponse, TimelineResponse, TransitionResponse } from '@waiji/contract';
import { addMember, createCase, createClient, move, signUp, sql, type TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(120_000);

type ErrorReply = { error: { code: string; message: string; details: Record<string, unknown> } };
type ReminderRow = {
  id: string;
  kind: string;
  key: string;
  audience: string;
  dueAt: Date;
  status: string;
  reason: string;
  reasonZh: string;
};

const DAY = 86_400_000;
const M1_WITH_DATE =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';
const M1_DAYS_ONLY = '你的银行卡信息认证失败，请更换银行卡重新认证或撤销认证6天后使用原银行卡重新认证，撤销本次认证。';
const M6 = '支付宝客服将在2天内为你审核。审核完成后，请返回支付宝查看实名认证进度。';

describe('transitions: the machine over HTTP, optimistic concurrency, reminders, pasted messages', () => {
  const kit = useTestApp({ env: { DATABASE_POOL_SIZE: '20' } });
  let owner: TestUser;

  const reminders = (caseId: string) =>
    sql<ReminderRow>(
      kit.db.url,
      `SELECT id, kind, key, audience, "dueAt", status, reason, "reasonZh" FROM "reminder" WHERE "caseId" = $1 ORDER BY "dueAt"`,
      [caseId],
    );
  const events = (caseId: string) =>
    sql<{ action: string; versionAfter: number | null }>(
      kit.db.url,
      `SELECT action, "versionAfter" FROM "case_event" WHERE "caseId" = $1 ORDER BY at, "versionAfter"`,
      [caseId],
    );

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
  });

  it('walks a bank-card case to approval, one version per step, re-planning its reminders each time', async () => {
    const client = await createClient(owner);
    let current = await createCase(owner, client.id, { bank: 'BOC', cardLast4: '1234' });
    expect(await reminders(current.id)).toEqual([]);

    const submit = await owner.post(`/api/cases/${current.id}/transitions`, {
      action: 'submit',
      version: 0,
      payload: { bank: 'CMB', cardLast4: '5678' },
    });
    expect(submit.status).toBe(200);
    const submitted = submit.json<TransitionResponse>();
    expect(submitted.case).toMatchObject({
      state: 'SUBMITTED',
      version: 1,
      bank: 'CMB',
      cardLast4: '5678',
      allowedActions: ['await_deposit', 'reject', 'revoke'],
    });
    expect(submitted.event).toMatchObject({
      action: 'submit',
      fromState: 'PREPARING',
      toState: 'SUBMITTED',
      versionAfter: 1,
      actor: { id: owner.me?.user.id },
    });
    const afterSubmit = await reminders(current.id);
    expect(afterSubmit.map((r) => [r.kind, r.key, r.audience, r.status])).toEqual([
      ['DEPOSIT_EXPECTED', 'DEPOSIT_EXPECTED:1', 'BOTH', 'PENDING'],
      ['DEPOSIT_OVERDUE', 'DEPOSIT_OVERDUE:1:1', 'HELPER', 'PENDING'],
    ]);
    expect(afterSubmit[0]?.reason).toContain('deposit');
    expect(afterSubmit[0]?.reasonZh).toContain('打款');
    expect(submitted.case.nextDueAt).toBe(afterSubmit[0]?.dueAt.toISOString());

    current = await move(owner, submitted.case, 'await_deposit');
    const afterAwait = await reminders(current.id);
    // the same deadline keys stay the same rows
    expect(afterAwait.map((r) => r.id)).toEqual(afterSubmit.map((r) => r.id));

    const badAmount = await owner.post(`/api/cases/${current.id}/transitions`, {
      action: 'confirm_deposit',
      version: current.version,
      payload: { amount: '1.20' },
    });
    expect(badAmount.status).toBe(422);
    expect(badAmount.json<ErrorReply>().error).toMatchObject({ code: 'DOMAIN_RULE', details: { field: 'amount' } });
    const confirm = await owner.post(`/api/cases/${current.id}/transitions`, {
      action: 'confirm_deposit',
      version: current.version,
      payload: { amount: '￥0.0974' },
    });
    expect(confirm.status).toBe(200);
    const confirmed = confirm.json<TransitionResponse>();
    expect(confirmed.event.data).toMatchObject({ depositAmount: '0.0974', attempt: 1 });
    const review = await reminders(current.id);
    expect(review.map((r) => [r.kind, r.status])).toEqual([['REVIEW_DUE', 'PENDING']]);
    expect(review[0]?.dueAt.getTime()).toBe(new Date(confirmed.event.at).getTime() + 2 * DAY);

    const approved = await move(owner, confirmed.case, 'approve');
    expect(approved).toMatchObject({ state: 'APPROVED', version: 4, allowedActions: [], nextDueAt: null });
    expect(await reminders(current.id)).toEqual([]);
    expect((await events(current.id)).map((e) => [e.action, e.versionAfter])).toEqual([
      ['CREATED', 0],
      ['submit', 1],
      ['await_deposit', 2],
      ['confirm_deposit', 3],
      ['approve', 4],
    ]);
  });

  it('plans with the organization’s policy merged over the domain defaults (an invalid override falls back)', async () => {
    const org = await signUp(kit.app, { kind: 'AGENCY' });
    await sql(kit.db.url, `UPDATE "organization" SET policy = $2 WHERE id = $1`, [
      org.organizationId,
      { bankReviewDue: { amount: 3, unit: 'days' }, reuploadWindow: 'nonsense' },
    ]);
    const opened = await createCase(org, (await createClient(org)).id);
    const waiting = await move(org, await move(org, opened, 'submit'), 'await_deposit');
    const confirm = (
      await org.post(`/api/cases/${opened.id}/transitions`, {
        action: 'confirm_deposit',
        version: waiting.version,
        payload: { amount: 0.42 },
      })
    ).json<TransitionResponse>();
    const review = await reminders(opened.id);
    expect(review.map((r) => r.kind)).toEqual(['REVIEW_DUE']);
    // the invalid reuploadWindow falls back to its default; the valid review override still applies
    expect(review[0]?.dueAt.getTime()).toBe(new Date(confirm.event.at).getTime() + 3 * DAY);
  });

  it('answers 409 with the current state, version and allowed actions for a stale version or an illegal action', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id, { type: 'RESTRICTION_APPEAL' });
    await move(owner, opened, 'submit');
    const stale = await owner.post(`/api/cases/${opened.id}/transitions`, { action: 'submit', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.json<ErrorReply>().error).toMatchObject({
      code: 'CONFLICT',
      details: { state: 'SUBMITTED', version: 1, allowedActions: ['start_review', 'reject'] },
    });
    const illegal = await owner.post(`/api/cases/${opened.id}/transitions`, { action: 'approve', version: 1 });
    expect(illegal.status).toBe(409);
    expect(illegal.json<ErrorReply>().error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { state: 'SUBMITTED', version: 1, allowedActions: ['start_review', 'reject'] },
    });
    const otherMachine = await owner.post(`/api/cases/${opened.id}/transitions`, {
      action: 'await_deposit',
      version: 1,
    });
    expect(otherMachine.json<ErrorReply>().error.code).toBe('ILLEGAL_TRANSITION');
    const noReason = await owner.post(`/api/cases/${opened.id}/transitions`, {
      action: 'reject',
      version: 1,
      payload: {},
    });
    expect(noReason.status).toBe(422);
    const otherWithoutText = await owner.post(`/api/cases/${opened.id}/transitions`, {
      action: 'reject',
      version: 1,
      payload: { reasonCode: 'OTHER' },
    });
    expect(otherWithoutText.json<ErrorReply>().error).toMatchObject({
      code: 'DOMAIN_RULE',
      details: { field: 'reasonText' },
    });
    expect((await owner.post(`/api/cases/${opened.id}/transitions`, { action: 'fly', version: 1 })).status).toBe(400);
    expect(
      (
        await owner.post(`/api/cases/${opened.id}/transitions`, {
          action: 'reject',
          version: 1,
          payload: { reasonCode: 'OTHER', reasonText: 'x', evil: 1 },
        })
      ).status,
    ).toBe(400);
    expect((await owner.get(`/api/cases/${opened.id}`)).json<CaseResponse>().version).toBe(1);
  });

  it('enforces the same-card cooldown after a card-check failure (409 COOLDOWN_ACTIVE with the date) but lets a new card through', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id, { bank: 'ICBC', cardLast4: '1111' });
    const submitted = await move(owner, opened, 'submit');
    const retryAfter = new Date(Date.now() + 5 * DAY);
    const rejected = await move(owner, submitted, 'reject', {
      reasonCode: 'CARD_CHECK_FAILED',
      retryAfter: retryAfter.toISOString(),
    });
    expect(rejected).toMatchObject({
      state: 'REJECTED',
      retryAfter: retryAfter.toISOString(),
      cooldownUntil: retryAfter.toISOString(),
      lastReasonCode: 'CARD_CHECK_FAILED',
    });
    expect((await reminders(opened.id)).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ['RETRY_ALLOWED', retryAfter.toISOString()],
    ]);

    const same = await owner.post(`/api/cases/${opened.id}/transitions`, {
      action: 'resubmit',
      version: rejected.version,
      payload: { cardLast4: '1111' },
    });
    expect(same.status).toBe(409);
    expect(same.json<ErrorReply>().error).toMatchObject({
      code: 'COOLDOWN_ACTIVE',
      details: { retryAfter: retryAfter.toISOString(), state: 'REJECTED', version: rejected.version },
    });
    const newCard = await move(owner, rejected, 'resubmit', { bank: 'ICBC', cardLast4: '2222' });
    expect(newCard).toMatchObject({
      state: 'SUBMITTED',
      attempt: 2,
      cardLast4: '2222',
      retryAfter: null,
      cooldownUntil: null,
    });
    expect((await reminders(opened.id)).map((r) => r.key)).toEqual(['DEPOSIT_EXPECTED:2', 'DEPOSIT_OVERDUE:2:1']);
  });

  it('never plans a reminder again once it was sent, and keeps a helper’s manual and snoozed ones', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id);
    const submitted = await move(owner, opened, 'submit');
    await sql(kit.db.url, `UPDATE "reminder" SET status = 'SENT' WHERE "caseId" = $1 AND kind = 'DEPOSIT_EXPECTED'`, [
      opened.id,
    ]);
    const snoozeUntil = new Date(Date.now() + 30 * DAY);
    await sql(
      kit.db.url,
      `UPDATE "reminder" SET "snoozedUntil" = $2 WHERE "caseId" = $1 AND kind = 'DEPOSIT_OVERDUE'`,
      [opened.id, snoozeUntil],
    );
    const manualDue = new Date(Date.now() + 40 * DAY);
    await sql(
      kit.db.url,
      `INSERT INTO "reminder" ("organizationId", "caseId", kind, "dueAt", manual, reason, "updatedAt") VALUES ($1, $2, 'MANUAL', $3, true, 'Call the client', now())`,
      [owner.organizationId, opened.id, manualDue],
    );
    const waiting = await move(owner, submitted, 'await_deposit');
    const rows = await reminders(opened.id);
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      ['DEPOSIT_EXPECTED', 'SENT'],
      ['DEPOSIT_OVERDUE', 'PENDING'],
      ['MANUAL', 'PENDING'],
    ]);
    expect(waiting.nextDueAt).toBe(snoozeUntil.toISOString());
    const rejected = await move(owner, waiting, 'reject', { reasonCode: 'DEPOSIT_FAILED' });
    // the snoozed chase belonged to a deadline that is gone; the manual one stays
    expect((await reminders(opened.id)).map((r) => [r.kind, r.status])).toEqual([
      ['DEPOSIT_EXPECTED', 'SENT'],
      ['MANUAL', 'PENDING'],
    ]);
    expect(rejected.nextDueAt).toBe(manualDue.toISOString());
  });

  it('50 concurrent transitions at one version: exactly one wins, 49 get 409, one event', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id, { type: 'RESTRICTION_APPEAL' });
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        owner.post(`/api/cases/${opened.id}/transitions`, { action: 'submit', version: 0 }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const loser of responses.filter((r) => r.status === 409)) {
      expect(loser.json<ErrorReply>().error.details).toMatchObject({ state: 'SUBMITTED', version: 1 });
    }
    expect((await events(opened.id)).map((e) => [e.action, e.versionAfter])).toEqual([
      ['CREATED', 0],
      ['submit', 1],
    ]);
  });

  it('50 concurrent workers retrying on 409: one winner per version, versions contiguous, no lost update', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id, { type: 'RESTRICTION_APPEAL' });
    const target = 25;
    let wins = 0;
    let conflicts = 0;
    const winners = new Map<number, number>();
    const worker = async (worker: number) => {
      while (wins < target) {
        const current = (await owner.get(`/api/cases/${opened.id}`)).json<CaseResponse>();
        if (current.version >= target) return;
        const action = current.state === 'PREPARING' ? 'submit' : current.state === 'SUBMITTED' ? 'reject' : 'resubmit';
        const payload = action === 'reject' ? { reasonCode: 'SYSTEM_ERROR' } : {};
        const response = await owner.post(`/api/cases/${opened.id}/transitions`, {
          action,
          version: current.version,
          payload,
        });
        if (response.status === 200) {
          const version = response.json<TransitionResponse>().case.version;
          expect(winners.has(version)).toBe(false);
          winners.set(version, worker);
          wins += 1;
        } else {
          expect(response.status).toBe(409);
          conflicts += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, (_, i) => worker(i)));
    const final = (await owner.get(`/api/cases/${opened.id}`)).json<CaseResponse>();
    const log = (await events(opened.id)).filter((e) => e.versionAfter !== null);
    expect(final.version).toBe(wins);
    expect(log.map((e) => e.versionAfter)).toEqual(Array.from({ length: wins + 1 }, (_, i) => i));
    expect([...winners.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: wins }, (_, i) => i + 1));
    expect(conflicts).toBeGreaterThan(0);
    // the attempt counter followed every resubmit
    const resubmits = log.filter((e) => e.action === 'resubmit').length;
    expect(final.attempt).toBe(resubmits + 1);
  });

  it('applies a pasted card-check failure: records the Chinese message, rejects, and plans RETRY_ALLOWED from the message', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id, { bank: 'BOC', cardLast4: '9999' });
    const waiting = await move(owner, await move(owner, opened, 'submit'), 'await_deposit');
    const receivedAt = new Date(Date.now() - DAY);
    const response = await owner.post(`/api/cases/${opened.id}/apply-message`, {
      text: `客服回复：${M1_DAYS_ONLY}`,
      receivedAt: receivedAt.toISOString(),
      version: waiting.version,
    });
    expect(response.status).toBe(200);
    const applied = response.json<ApplyMessageResponse>();
    const expectedRetry = new Date(receivedAt.getTime() + 6 * DAY).toISOString();
    expect(applied.action).toBe('reject');
    expect(applied.interpretations.map((i) => i.code)).toEqual(['CARD_CHECK_FAILED']);
    expect(applied.case).toMatchObject({
      state: 'REJECTED',
      lastReasonCode: 'CARD_CHECK_FAILED',
      retryAfter: expectedRetry,
      nextDueAt: expectedRetry,
      version: waiting.version + 1,
    });
    expect(applied.event).toMatchObject({
      action: 'reject',
      reasonCode: 'CARD_CHECK_FAILED',
      originalMessage: `客服回复：${M1_DAYS_ONLY}`,
    });
    expect(await reminders(opened.id)).toEqual([
      expect.objectContaining({ kind: 'RETRY_ALLOWED', key: 'RETRY_ALLOWED:1', audience: 'BOTH', status: 'PENDING' }),
    ]);
    expect((await reminders(opened.id))[0]?.dueAt.toISOString()).toBe(expectedRetry);

    // the timeline keeps the original and reads it again
    const timeline = (await owner.get(`/api/cases/${opened.id}/events`)).json<TimelineResponse>().items;
    const rejection = timeline.find((e) => e.action === 'reject');
    expect(rejection?.originalMessage).toContain('银行卡信息认证失败');
    expect(rejection?.interpretations[0]).toMatchObject({
      code: 'CARD_CHECK_FAILED',
      retryAfterDays: 6,
      retryAfter: expectedRetry,
    });
    expect(rejection?.data).toMatchObject({
      receivedAt: receivedAt.toISOString(),
      retryAfter: expectedRetry,
      attempt: 1,
    });
  });

  it('takes the stated date of a message over the day count (Beijing midnight)', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id);
    const submitted = await move(owner, opened, 'submit');
    const request = { text: M1_WITH_DATE, receivedAt: '2015-10-13T09:30:00+08:00', version: submitted.version };
    // A message from 2015 is asked about first (notification-rules.spec has the details).
    expect((await owner.post(`/api/cases/${opened.id}/apply-message`, request)).status).toBe(409);
    const applied = (
      await owner.post(`/api/cases/${opened.id}/apply-message`, { ...request, confirmStaleDate: true })
    ).json<ApplyMessageResponse>();
    expect(applied.case.retryAfter).toBe('2015-10-17T16:00:00.000Z');
    // That retry date was over when it was recorded: no reminder for it.
    expect(await reminders(opened.id)).toEqual([]);
  });

  it('starts the review from an "under review" message, and only records a message that implies nothing possible now', async () => {
    const appeal = await createCase(owner, (await createClient(owner)).id, { type: 'RESTRICTION_APPEAL' });
    const submitted = await move(owner, appeal, 'submit');
    const review = (
      await owner.post(`/api/cases/${appeal.id}/apply-message`, { text: M6, version: submitted.version })
    ).json<ApplyMessageResponse>();
    expect(review.action).toBe('start_review');
    expect(review.case.state).toBe('MANUAL_REVIEW');
    expect(review.event.originalMessage).toBe(M6);

    const stale = await owner.post(`/api/cases/${appeal.id}/apply-message`, { text: M6, version: submitted.version });
    expect(stale.status).toBe(409);
    const again = (
      await owner.post(`/api/cases/${appeal.id}/apply-message`, { text: M6, version: review.case.version })
    ).json<ApplyMessageResponse>();
    expect(again).toMatchObject({
      action: null,
      case: { state: 'MANUAL_REVIEW', version: review.case.version },
      event: { action: 'MESSAGE', versionAfter: null },
    });
    const noise = (
      await owner.post(`/api/cases/${appeal.id}/apply-message`, {
        text: 'hello, any news?',
        version: review.case.version,
      })
    ).json<ApplyMessageResponse>();
    expect(noise).toMatchObject({
      action: null,
      interpretations: [],
      event: { action: 'MESSAGE', originalMessage: 'hello, any news?' },
    });
    const preparing = await createCase(owner, (await createClient(owner)).id);
    const early = (
      await owner.post(`/api/cases/${preparing.id}/apply-message`, { text: M1_WITH_DATE, version: 0 })
    ).json<ApplyMessageResponse>();
    expect(early).toMatchObject({ action: null, case: { state: 'PREPARING' }, event: { action: 'MESSAGE' } });
  });

  it('lets an individual (owner of a PERSONAL organization) move their own case like a helper: deposit, pasted rejection, its reminder, the cooldown', async () => {
    const person = await signUp(kit.app, { kind: 'PERSONAL' });
    const opened = await createCase(person, (await createClient(person, { passportName: 'Myself' })).id, {
      bank: 'BOC',
      cardLast4: '4321',
    });
    const waiting = await move(person, await move(person, opened, 'submit'), 'await_deposit');
    const reviewing = await move(person, waiting, 'confirm_deposit', { amount: '0.0974' });
    expect(reviewing.state).toBe('MANUAL_REVIEW');

    const receivedAt = new Date();
    const applied = await person.post(`/api/cases/${opened.id}/apply-message`, {
      text: M1_DAYS_ONLY,
      receivedAt: receivedAt.toISOString(),
      version: reviewing.version,
    });
    expect(applied.status).toBe(200);
    const rejected = applied.json<ApplyMessageResponse>().case;
    const retryAfter = new Date(receivedAt.getTime() + 6 * DAY).toISOString();
    expect(rejected).toMatchObject({ state: 'REJECTED', retryAfter, cooldownUntil: retryAfter });
    expect((await reminders(opened.id)).map((r) => [r.kind, r.audience, r.dueAt.toISOString()])).toEqual([
      ['RETRY_ALLOWED', 'BOTH', retryAfter],
    ]);

    // the same guard as for helpers: the same card waits for its date, another card goes through
    const sameCard = await person.post(`/api/cases/${opened.id}/transitions`, {
      action: 'resubmit',
      version: rejected.version,
      payload: { cardLast4: '4321' },
    });
    expect(sameCard.status).toBe(409);
    expect(sameCard.json<ErrorReply>().error.code).toBe('COOLDOWN_ACTIVE');
    const again = await move(person, rejected, 'resubmit', { bank: 'ICBC', cardLast4: '8765' });
    expect(again).toMatchObject({ state: 'SUBMITTED', attempt: 2 });
    expect((await events(opened.id)).map((e) => e.action)).toEqual([
      'CREATED',
      'submit',
      'await_deposit',
      'confirm_deposit',
      'reject',
      'resubmit',
    ]);
  });

  it('refuses transitions on an archived case (422) and from a VIEWER (403)', async () => {
    const opened = await createCase(owner, (await createClient(owner)).id);
    await owner.post(`/api/cases/${opened.id}/archive`);
    expect((await owner.post(`/api/cases/${opened.id}/transitions`, { action: 'submit', version: 0 })).status).toBe(
      422,
    );
    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await viewer.post(`/api/cases/${opened.id}/restore`)).status).toBe(403);
    const restored = (await owner.post(`/api/cases/${opened.id}/restore`)).json<CaseResponse>();
    expect((await viewer.post(`/api/cases/${opened.id}/transitions`, { action: 'submit', version: 0 })).status).toBe(
      403,
    );
    expect(restored.archivedAt).toBeNull();
    expect((await owner.post(`/api/cases/${opened.id}/transitions`, { action: 'submit', version: 0 })).status).toBe(
      200,
    );
  });
});
