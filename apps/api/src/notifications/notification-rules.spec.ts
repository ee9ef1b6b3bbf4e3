import type {
  ApplyMessageResponse,
  CaseSnoozeResponse,
  CaseWatchersResponse,
  ErrorBody,
  NotificationPreferences,
  ReminderList,
  StaleMessageDateDetails,
} from '@waiji/contract';
import {
  addMember,
  bodyOf,
  createCase,
  createClient,
  createClientAndCase,
  move,
  signUp,
  sql,
  type TestUser,
  tick,
  useTestApp,
} from '../testing/kit';

// Issue 16, "notifications go to the right people", through the real API and database: who hears of a reminder
// (assignee, the team when unassigned, watchers, each member's scope per channel, the client for client kinds), who
// is told of an assignment, pasted messages dated far in the past, stuck-case escalation and snoozing a case.
// Time moves as in reminders.spec: a reminder is made due by moving its dueAt (or the case's snooze) into the past.

jest.setTimeout(120_000);

const DAY = 86_400_000;
/** M1 with its stated retry date (18 October 2015): the message of the issue. */
const M1_2015 =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';

describe('notification rules: reminders, assignments, stale messages, escalation and snooze', () => {
  const kit = useTestApp({ env: { PUBLIC_URL: 'https://waiji.example' } });
  let owner: TestUser;
  let admin: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let viewer: TestUser;

  const id = (user: TestUser) => user.me?.user.id ?? '';
  /** The test's people by name, in membership order (results read as names, not objects). */
  const people = () => Object.entries({ owner, admin, alice, bob, viewer }).map(([name, user]) => ({ name, user }));
  const email = (user: TestUser) => user.me?.user.email ?? '';
  const makeDue = (caseId: string, kind: string) =>
    sql(
      kit.db.url,
      `UPDATE "reminder" SET "dueAt" = now() - interval '1 minute' WHERE "caseId" = $1 AND kind = $2 AND status = 'PENDING' RETURNING id`,
      [caseId, kind],
    );
  /** Who got an in-app notification of this kind about the case (names, in membership order). */
  const notified = async (caseId: string, kind = 'REMINDER') => {
    const rows = await sql<{ userId: string }>(
      kit.db.url,
      `SELECT "userId" FROM "notification" WHERE "caseId" = $1 AND kind = $2`,
      [caseId, kind],
    );
    return people()
      .filter((person) => rows.some((row) => row.userId === id(person.user)))
      .map((p) => p.name);
  };
  /** Who was mailed with `subject` in it (names, in membership order). */
  const mailed = (subject: string) => {
    const addresses = kit.mail
      .list()
      .filter((mail) => mail.subject.includes(subject))
      .flatMap((mail) => mail.to);
    return people()
      .filter((person) => addresses.includes(email(person.user)))
      .map((person) => person.name);
  };
  const preferences = async (user: TestUser, body: Partial<NotificationPreferences>) => {
    const response = await user.put('/api/notifications/preferences', body);
    expect(response.status).toBe(200);
    return response.json<NotificationPreferences>();
  };
  const reset = (user: TestUser) => preferences(user, { inApp: 'MINE_AND_UNASSIGNED', email: 'MINE_AND_UNASSIGNED' });
  /** A submitted bank-card case whose deposit reminder fired (both audiences), with `name` as the client. */
  const fired = async (name: string, options: { assignee?: TestUser; before?: (caseId: string) => Promise<void> }) => {
    const { caseId } = await createClientAndCase(owner, {
      name,
      ...(options.assignee ? { assigneeId: id(options.assignee) } : {}),
    });
    await options.before?.(caseId);
    expect(await makeDue(caseId, 'DEPOSIT_EXPECTED')).toHaveLength(1);
    await tick(kit.app);
    return caseId;
  };

  beforeAll(async () => {
    owner = await signUp(kit.app);
    admin = await addMember(kit, owner, 'ADMIN');
    alice = await addMember(kit, owner, 'HELPER');
    bob = await addMember(kit, owner, 'HELPER');
    viewer = await addMember(kit, owner, 'VIEWER');
  });

  describe('who hears of a reminder', () => {
    it('assigned: the assignee alone — colleagues are not told, in the app or by email', async () => {
      const caseId = await fired('ASSIGNED ALICE', { assignee: alice });
      expect(await notified(caseId)).toEqual(['alice']);
      expect(mailed('ASSIGNED ALICE').filter((name) => name !== 'alice')).toEqual([]);
      expect(mailed('[Waiji] Deposit should have arrived: ASSIGNED ALICE')).toEqual(['alice']);
    });

    it('unassigned: the team inbox (owner, admin, helpers), not a viewer', async () => {
      const caseId = await fired('NOBODY ASSIGNED', {});
      expect(await notified(caseId)).toEqual(['owner', 'admin', 'alice', 'bob']);
      expect(mailed('Deposit should have arrived: NOBODY ASSIGNED')).toEqual(['owner', 'admin', 'alice', 'bob']);
    });

    it('a watcher hears of a colleague’s case (a viewer may follow too); who follows shows on the case', async () => {
      const caseId = await fired('WATCHED CASE', {
        assignee: alice,
        before: async (caseId) => {
          expect((await bob.put(`/api/cases/${caseId}/watchers/me`, {})).status).toBe(200);
          const watched = await viewer.put(`/api/cases/${caseId}/watchers/me`, {});
          expect(watched.status).toBe(200);
          expect(watched.json<CaseWatchersResponse>()).toMatchObject({ watching: true });
          expect((await viewer.put(`/api/cases/${caseId}/watchers/me`, {})).status).toBe(200); // twice: once
          const seen = (await alice.get(`/api/cases/${caseId}/watchers`)).json<CaseWatchersResponse>();
          expect(seen).toEqual({
            watching: false,
            watchers: [
              { id: id(bob), displayName: expect.any(String) },
              { id: id(viewer), displayName: expect.any(String) },
            ],
          });
        },
      });
      expect(await notified(caseId)).toEqual(['alice', 'bob', 'viewer']);
      expect(mailed('Deposit should have arrived: WATCHED CASE')).toEqual(['alice', 'bob', 'viewer']);
      // Unfollowing stops it.
      const left = await bob.delete(`/api/cases/${caseId}/watchers/me`);
      expect(left.json<CaseWatchersResponse>().watchers.map((w) => w.id)).toEqual([id(viewer)]);
      expect(await makeDue(caseId, 'DEPOSIT_OVERDUE')).toHaveLength(1);
      await tick(kit.app);
      expect(mailed('Deposit overdue: WATCHED CASE')).toEqual(['alice', 'viewer']);
      // Another organization's case: 404.
      const stranger = await signUp(kit.app);
      expect((await stranger.put(`/api/cases/${caseId}/watchers/me`, {})).status).toBe(404);
    });

    it('“only mine” leaves out colleagues’ cases and unassigned ones; their own still come', async () => {
      expect(await preferences(bob, { inApp: 'MINE', email: 'MINE' })).toEqual({
        inApp: 'MINE',
        email: 'MINE',
        digest: 'OFF',
      });
      try {
        const unassigned = await fired('MINE UNASSIGNED', {});
        expect(await notified(unassigned)).toEqual(['owner', 'admin', 'alice']);
        expect(mailed('MINE UNASSIGNED')).toEqual(['owner', 'admin', 'alice']);
        const colleagues = await fired('MINE COLLEAGUE', { assignee: alice });
        expect(await notified(colleagues)).toEqual(['alice']);
        const own = await fired('MINE OWN', { assignee: bob });
        expect(await notified(own)).toEqual(['bob']);
        expect(mailed('Deposit should have arrived: MINE OWN')).toEqual(['bob']);
      } finally {
        await reset(bob);
      }
    });

    it('“all cases” in the app brings colleagues’ cases to the bell, not to the inbox', async () => {
      await preferences(admin, { inApp: 'ALL' });
      try {
        const caseId = await fired('ALL CASES', { assignee: alice });
        expect(await notified(caseId)).toEqual(['admin', 'alice']);
        expect(mailed('Deposit should have arrived: ALL CASES')).toEqual(['alice']);
      } finally {
        await reset(admin);
      }
    });

    it('email OFF: in the app only', async () => {
      await preferences(alice, { email: 'OFF' });
      try {
        const caseId = await fired('EMAIL OFF', { assignee: alice });
        expect(await notified(caseId)).toEqual(['alice']);
        expect(mailed('EMAIL OFF')).toEqual([]);
      } finally {
        await reset(alice);
      }
    });

    it('client kinds reach the client (portal and consenting address); helper kinds do not', async () => {
      const record = await createClient(owner, {
        passportName: 'CLIENT KINDS',
        email: 'client.kinds@example.test',
        emailConsent: true,
      });
      const portal = await addMember(kit, owner, 'CLIENT', record.id);
      const kase = await createCase(owner, record.id, { assigneeId: id(alice) });
      await move(owner, kase, 'submit', { bank: 'BOC', cardLast4: '1234' });
      const clientMails = () =>
        kit.mail.list().filter((m) => m.to.includes('client.kinds@example.test') && m.subject.startsWith('Alipay'));
      // DEPOSIT_EXPECTED is for both; DEPOSIT_OVERDUE only for the helpers.
      await makeDue(kase.id, 'DEPOSIT_OVERDUE');
      await tick(kit.app);
      expect(clientMails()).toHaveLength(0);
      await makeDue(kase.id, 'DEPOSIT_EXPECTED');
      await tick(kit.app);
      expect(clientMails().map((m) => m.subject)).toEqual(['Alipay reminder: Deposit should have arrived']);
      const portalNotes = await sql(
        kit.db.url,
        `SELECT 1 FROM "notification" WHERE "userId" = $1 AND kind = 'REMINDER' AND "caseId" = $2`,
        [portal.me?.user.id, kase.id],
      );
      expect(portalNotes).toHaveLength(1);
      expect(await notified(kase.id)).toEqual(['alice']);
    });

    it('a client’s message and report follow the same rules: assignee and watchers', async () => {
      const record = await createClient(owner, { passportName: 'REPORTING CLIENT' });
      const portal = await addMember(kit, owner, 'CLIENT', record.id);
      const kase = await createCase(owner, record.id, { assigneeId: id(alice) });
      await move(owner, kase, 'submit', { bank: 'BOC', cardLast4: '1234' });
      await bob.put(`/api/cases/${kase.id}/watchers/me`, {});
      expect((await portal.post(`/api/portal/cases/${kase.id}/messages`, { body: 'Any news?' })).status).toBe(201);
      expect(await notified(kase.id, 'MESSAGE')).toEqual(['alice', 'bob']);
      const reported = await portal.post(`/api/portal/cases/${kase.id}/proposals`, {
        kind: 'MESSAGE',
        text: 'The app still says it is being reviewed.',
      });
      expect(reported.status).toBe(201);
      expect(await notified(kase.id, 'CLIENT_REPORT')).toEqual(['alice', 'bob']);
    });
  });

  describe('“you were assigned”', () => {
    it('tells the new assignee in the app and by email, never the one who assigns themselves', async () => {
      const { caseId } = await createClientAndCase(owner, { name: 'TO BE ASSIGNED' });
      expect((await owner.patch(`/api/cases/${caseId}`, { assigneeId: id(alice) })).status).toBe(200);
      await tick(kit.app);
      expect(await notified(caseId, 'ASSIGNED')).toEqual(['alice']);
      const [mail] = kit.mail.list().filter((m) => m.subject === '[Waiji] Assigned to you: TO BE ASSIGNED');
      expect(mail?.to).toEqual([email(alice)]);
      expect(bodyOf(mail?.raw ?? '')).toContain(`https://waiji.example/cases/${caseId}`);
      // Bob takes it himself: nobody is told.
      expect((await bob.patch(`/api/cases/${caseId}`, { assigneeId: id(bob) })).status).toBe(200);
      expect(await notified(caseId, 'ASSIGNED')).toEqual(['alice']);
      // Unassigning tells nobody either.
      expect((await owner.patch(`/api/cases/${caseId}`, { assigneeId: null })).status).toBe(200);
      expect(await notified(caseId, 'ASSIGNED')).toEqual(['alice']);
    });

    it('a bulk assignment: one notification per case, one email listing them; email OFF: in-app only', async () => {
      const first = await createClientAndCase(owner, { name: 'BULK ONE' });
      const second = await createClientAndCase(owner, { name: 'BULK TWO' });
      const bulk = await owner.post('/api/cases/bulk/assign', {
        caseIds: [first.caseId, second.caseId],
        assigneeId: id(bob),
      });
      expect(bulk.json()).toEqual({ updated: 2 });
      await tick(kit.app);
      expect(await notified(first.caseId, 'ASSIGNED')).toEqual(['bob']);
      expect(await notified(second.caseId, 'ASSIGNED')).toEqual(['bob']);
      const mails = kit.mail.list().filter((m) => m.subject === '[Waiji] 2 cases assigned to you');
      expect(mails.map((m) => m.to)).toEqual([[email(bob)]]);
      expect(bodyOf(mails[0]?.raw ?? '')).toContain('BULK ONE');
      expect(bodyOf(mails[0]?.raw ?? '')).toContain('BULK TWO');

      await preferences(alice, { email: 'OFF' });
      try {
        const third = await createClientAndCase(owner, { name: 'QUIET ASSIGN', assigneeId: id(alice) });
        await tick(kit.app);
        expect(await notified(third.caseId, 'ASSIGNED')).toEqual(['alice']);
        expect(mailed('QUIET ASSIGN')).toEqual([]);
      } finally {
        await reset(alice);
      }
    });
  });

  describe('a pasted message dated far in the past', () => {
    it('asks first (409 with the dates), applies when confirmed, and sends no overdue mail for the past retry date', async () => {
      const { caseId, version } = await createClientAndCase(owner, { name: 'OLD MESSAGE' });
      const asked = await owner.post(`/api/cases/${caseId}/apply-message`, { text: M1_2015, version });
      expect(asked.status).toBe(409);
      const body = asked.json<ErrorBody>();
      expect(body.error.code).toBe('STALE_MESSAGE_DATE');
      expect(body.error.message).toContain('2015');
      expect(body.error.details as StaleMessageDateDetails).toMatchObject({
        staleAfterDays: 30,
        dates: [{ field: 'retryAfter', date: '2015-10-17T16:00:00.000Z' }],
      });
      // Nothing happened meanwhile.
      expect((await owner.get(`/api/cases/${caseId}`)).json<{ state: string; version: number }>()).toMatchObject({
        state: 'SUBMITTED',
        version,
      });

      const applied = await owner.post(`/api/cases/${caseId}/apply-message`, {
        text: M1_2015,
        version,
        confirmStaleDate: true,
      });
      expect(applied.status).toBe(200);
      const result = applied.json<ApplyMessageResponse>();
      expect(result).toMatchObject({ action: 'reject', case: { state: 'REJECTED', nextDueAt: null } });
      expect(result.case.retryAfter).toBe('2015-10-17T16:00:00.000Z');
      // The retry date was over when it was recorded: no reminder, no "overdue" mail to anyone.
      const reminders = (await owner.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>();
      expect(reminders.items.filter((r) => r.status === 'pending')).toEqual([]);
      await tick(kit.app);
      await tick(kit.app);
      expect(await notified(caseId)).toEqual([]);
      expect(kit.mail.list().filter((m) => m.subject.includes('OLD MESSAGE') && m.subject.includes('[Waiji]'))).toEqual(
        [],
      );
    });

    it('a recent message with a retry date ahead applies at once', async () => {
      const { caseId, version } = await createClientAndCase(owner, { name: 'NEW MESSAGE' });
      const ahead = new Date(Date.now() + 5 * DAY);
      const date = `${ahead.getUTCFullYear()}年${ahead.getUTCMonth() + 1}月${ahead.getUTCDate()}日`;
      const text = M1_2015.replace('2015年10月18日', date);
      const applied = await owner.post(`/api/cases/${caseId}/apply-message`, { text, version });
      expect(applied.status).toBe(200);
      const reminders = (await owner.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>();
      expect(reminders.items.map((r) => r.kind)).toContain('RETRY_ALLOWED');
    });

    it('a client’s reported message asks the confirming helper; an organization applying reports directly keeps it for a helper', async () => {
      const record = await createClient(owner, { passportName: 'REPORTED OLD' });
      const portal = await addMember(kit, owner, 'CLIENT', record.id);
      const kase = await createCase(owner, record.id);
      await move(owner, kase, 'submit', { bank: 'BOC', cardLast4: '1234' });
      const reported = await portal.post(`/api/portal/cases/${kase.id}/proposals`, { kind: 'MESSAGE', text: M1_2015 });
      expect(reported.status).toBe(201);
      const proposalId = reported.json<{ id: string }>().id;
      const asked = await owner.post(`/api/proposals/${proposalId}/confirm`);
      expect(asked.status).toBe(409);
      expect(asked.json<ErrorBody>().error.code).toBe('STALE_MESSAGE_DATE');
      const confirmed = await owner.post(`/api/proposals/${proposalId}/confirm?confirmStaleDate=true`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.json<{ case: { state: string } }>().case.state).toBe('REJECTED');

      const direct = await signUp(kit.app);
      expect((await direct.patch('/api/organization', { clientReportsApplyDirectly: true })).status).toBe(200);
      const directRecord = await createClient(direct, { passportName: 'DIRECT OLD' });
      const directPortal = await addMember(kit, direct, 'CLIENT', directRecord.id);
      const directCase = await createCase(direct, directRecord.id);
      await move(direct, directCase, 'submit', { bank: 'BOC', cardLast4: '1234' });
      const kept = await directPortal.post(`/api/portal/cases/${directCase.id}/proposals`, {
        kind: 'MESSAGE',
        text: M1_2015,
      });
      expect(kept.status).toBe(201);
      expect(kept.json<{ status: string }>().status).toBe('PENDING');
      expect((await direct.get(`/api/cases/${directCase.id}`)).json<{ state: string }>().state).toBe('SUBMITTED');
    });
  });

  describe('stuck cases and snooze', () => {
    /** A case of `assignee`'s in MANUAL_REVIEW. */
    const inReview = async (name: string, assignee: TestUser) => {
      const { caseId } = await createClientAndCase(owner, { name, assigneeId: id(assignee) });
      let kase = (await owner.get(`/api/cases/${caseId}`)).json<{ id: string; version: number }>();
      kase = await move(owner, kase, 'await_deposit');
      kase = await move(owner, kase, 'confirm_deposit', { amount: '0.0974' });
      return kase as { id: string; version: number; stateEnteredAt: string; state: string };
    };

    it('after N days the assignee is told, after M more the owner and admins too; moving on ends them', async () => {
      const policy = await owner.put('/api/organization/policy', {
        timeZone: 'Asia/Shanghai',
        quietHours: null,
        policy: { stuckManualReview: { amount: 5, unit: 'days' }, stuckEscalateAfter: { amount: 3, unit: 'days' } },
      });
      expect(policy.status).toBe(200);
      try {
        const kase = await inReview('STUCK CASE', bob);
        expect(kase.state).toBe('MANUAL_REVIEW');
        const planned = (await owner.get(`/api/cases/${kase.id}/reminders`)).json<ReminderList>().items;
        const entered = new Date(kase.stateEnteredAt).getTime();
        const at = (kind: string) => planned.find((r) => r.kind === kind && r.status === 'pending')?.dueAt;
        expect(at('CASE_STUCK')).toBe(new Date(entered + 5 * DAY).toISOString());
        expect(at('CASE_STUCK_ADMINS')).toBe(new Date(entered + 8 * DAY).toISOString());

        // Day 5: the assignee.
        await makeDue(kase.id, 'CASE_STUCK');
        await tick(kit.app);
        expect(await notified(kase.id)).toEqual(['bob']);
        expect(mailed('Case stuck: STUCK CASE')).toEqual(['bob']);
        // Day 8: the owner and admins as well.
        await makeDue(kase.id, 'CASE_STUCK_ADMINS');
        await tick(kit.app);
        expect(mailed('Stuck case escalated: STUCK CASE')).toEqual(['owner', 'admin', 'bob']);
        const escalated = await sql<{ userId: string; body: string }>(
          kit.db.url,
          `SELECT r."userId", r.body FROM "notification" r JOIN "reminder" m ON m.id = r."reminderId"
            WHERE m."caseId" = $1 AND m.kind = 'CASE_STUCK_ADMINS'`,
          [kase.id],
        );
        expect(escalated.map((n) => n.userId).sort()).toEqual([id(owner), id(admin), id(bob)].sort());
        expect(escalated[0]?.body).toContain('Still no movement 3 days after the stuck notice');

        // Approved: no stuck notices any more.
        await move(owner, { id: kase.id, version: kase.version }, 'approve');
        const after = (await owner.get(`/api/cases/${kase.id}/reminders`)).json<ReminderList>().items;
        expect(after.filter((r) => r.status === 'pending' && r.kind.startsWith('CASE_STUCK'))).toEqual([]);
      } finally {
        await owner.put('/api/organization/policy', { timeZone: 'Asia/Shanghai', quietHours: null, policy: {} });
      }
    });

    it('snooze holds back the chases (not other reminders) and they come when it ends', async () => {
      const { caseId } = await createClientAndCase(owner, { name: 'SNOOZED CASE', assigneeId: id(alice) });
      // Snoozed past the first planned chase, which falls on a working day in Asia/Shanghai (from a Thursday there
      // two working days reach Monday), so the snooze end is the case's next due moment.
      const planned = (await owner.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>().items;
      const firstChase = Math.min(
        ...planned.filter((r) => r.status === 'pending').map((r) => new Date(r.dueAt).getTime()),
      );
      const until = new Date(Math.max(Date.now() + 3 * DAY, firstChase + 3_600_000));
      // Only helpers may snooze; anyone may read it.
      expect((await viewer.put(`/api/cases/${caseId}/snooze`, { until: until.toISOString() })).status).toBe(403);
      expect(
        (await owner.put(`/api/cases/${caseId}/snooze`, { until: new Date(Date.now() - DAY).toISOString() })).status,
      ).toBe(422);
      const snoozed = await alice.put(`/api/cases/${caseId}/snooze`, { until: until.toISOString() });
      expect(snoozed.status).toBe(200);
      expect(snoozed.json<CaseSnoozeResponse>()).toEqual({
        snoozedUntil: until.toISOString(),
        nextDueAt: until.toISOString(),
      });
      expect((await viewer.get(`/api/cases/${caseId}/snooze`)).json<CaseSnoozeResponse>().snoozedUntil).toBe(
        until.toISOString(),
      );
      // The deposit reminder falls due, and waits; a manual reminder due now still comes.
      await makeDue(caseId, 'DEPOSIT_EXPECTED');
      expect(
        (await alice.post(`/api/cases/${caseId}/reminders`, { dueAt: new Date().toISOString(), note: 'Call Li' }))
          .status,
      ).toBe(201);
      await tick(kit.app);
      expect(mailed('Deposit should have arrived: SNOOZED CASE')).toEqual([]);
      expect(mailed('Reminder: SNOOZED CASE')).toEqual(['alice']);
      const waiting = (await alice.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>();
      const deposit = waiting.items.find((r) => r.kind === 'DEPOSIT_EXPECTED');
      expect(deposit).toMatchObject({ status: 'pending', effectiveDueAt: until.toISOString() });
      expect(waiting.nextDueAt).toBe(until.toISOString());
      // The timeline says who snoozed it until when.
      const events = await sql<{ data: { changes: Record<string, { to: string | null }> } }>(
        kit.db.url,
        `SELECT data FROM "case_event" WHERE "caseId" = $1 AND action = 'UPDATED' AND "actorId" = $2`,
        [caseId, id(alice)],
      );
      expect(events.map((e) => e.data.changes['snoozedUntil']?.to)).toEqual([until.toISOString()]);

      // The snooze ends (time passes): the chase comes.
      await sql(kit.db.url, `UPDATE "case" SET "snoozedUntil" = now() - interval '1 minute' WHERE id = $1`, [caseId]);
      await tick(kit.app);
      expect(mailed('Deposit should have arrived: SNOOZED CASE')).toEqual(['alice']);
      expect((await alice.get(`/api/cases/${caseId}/snooze`)).json<CaseSnoozeResponse>().snoozedUntil).toBeNull();
    });

    it('waking a case early brings its due chases back at once', async () => {
      const { caseId } = await createClientAndCase(owner, { name: 'WOKEN CASE', assigneeId: id(alice) });
      await alice.put(`/api/cases/${caseId}/snooze`, { until: new Date(Date.now() + DAY).toISOString() });
      const [due] = await makeDue(caseId, 'DEPOSIT_EXPECTED');
      await tick(kit.app);
      expect(mailed('Deposit should have arrived: WOKEN CASE')).toEqual([]);
      const woken = await alice.delete(`/api/cases/${caseId}/snooze`);
      expect(woken.status).toBe(200);
      expect(woken.json<CaseSnoozeResponse>().snoozedUntil).toBeNull();
      expect(new Date(woken.json<CaseSnoozeResponse>().nextDueAt ?? 0).getTime()).toBeLessThan(Date.now());
      await tick(kit.app);
      expect(mailed('Deposit should have arrived: WOKEN CASE')).toEqual(['alice']);
      expect(due).toBeDefined();
    });
  });
});
