import type {
  CaseListResponse,
  CaseResponse,
  ChecklistResponse,
  SavedViewResponse,
  TimelineEntry,
  TimelineResponse,
} from '@waiji/contract';
import { addMember, createCase, createClient, move, signUp, sql, type TestUser, useTestApp } from '../testing/kit';

const ids = (response: { json: <T>() => T }) => response.json<CaseListResponse>().items.map((c) => c.id);

// Hooks and tests hit a real database on a shared 2-core machine; the project's testTimeout does not reach hooks here.
jest.setTimeout(120_000);

describe('cases: create, list (filters, sorts, cursor), bulk edits, saved views, timeline, notes, checklist', () => {
  const kit = useTestApp();
  let owner: TestUser;
  let helper: TestUser;

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    helper = await addMember(kit, owner, 'HELPER');
  });

  it('opens a case with a CREATED event, a document checklist and allowed actions', async () => {
    const client = await createClient(owner, { passportName: 'Anna Berg' });
    const response = await owner.post('/api/cases', {
      clientId: client.id,
      type: 'BANK_CARD_VERIFICATION',
      bank: 'ICBC',
      cardLast4: '4321',
      assigneeId: helper.me?.user.id,
      tags: ['vip', 'vip', 'autumn'],
      priority: 'HIGH',
    });
    expect(response.status).toBe(201);
    const created = response.json<CaseResponse>();
    expect(created).toMatchObject({
      clientId: client.id,
      client: { passportName: 'Anna Berg' },
      state: 'PREPARING',
      version: 0,
      attempt: 1,
      bank: 'ICBC',
      cardLast4: '4321',
      assigneeId: helper.me?.user.id,
      assigneeName: 'Test PERSONAL',
      tags: ['vip', 'autumn'],
      priority: 'HIGH',
      allowedActions: ['submit'],
      cooldownUntil: null,
    });
    const timeline = (await owner.get(`/api/cases/${created.id}/events`)).json<TimelineResponse>();
    expect(timeline.items).toEqual([
      expect.objectContaining({
        action: 'CREATED',
        toState: 'PREPARING',
        versionAfter: 0,
        actor: { id: owner.me?.user.id, displayName: 'Test AGENCY' },
      }),
    ]);
    const checklist = (await owner.get(`/api/cases/${created.id}/checklist`)).json<ChecklistResponse>();
    expect(checklist.items.map((item) => [item.document, item.required, item.status])).toEqual([
      ['PASSPORT_BIO', true, 'REQUESTED'],
      ['ENTRY_STAMP_OR_RESIDENCE_PERMIT', true, 'REQUESTED'],
      ['VISA', false, 'REQUESTED'],
      ['SIGNATURE_PAGE', false, 'REQUESTED'],
    ]);
  });

  it('refuses anything but the last 4 card digits (400), unknown fields (400), a client from elsewhere (404) and a non-member assignee (422)', async () => {
    const client = await createClient(owner);
    for (const cardLast4 of ['6222020200112233445', '12345', '123', 'abcd']) {
      const response = await owner.post('/api/cases', {
        clientId: client.id,
        type: 'BANK_CARD_VERIFICATION',
        cardLast4,
      });
      expect(response.status).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toContain('cardLast4');
    }
    expect(
      (
        await owner.post('/api/cases', {
          clientId: client.id,
          type: 'BANK_CARD_VERIFICATION',
          cardNumber: '6222020200112233445',
        })
      ).status,
    ).toBe(400);
    expect((await owner.post('/api/cases', { clientId: client.id, type: 'NOT_A_TYPE' })).status).toBe(400);
    const stranger = await signUp(kit.app, { kind: 'AGENCY' });
    expect((await stranger.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' })).status).toBe(
      404,
    );
    const outsider = await addMember(kit, stranger, 'HELPER');
    const wrongAssignee = await owner.post('/api/cases', {
      clientId: client.id,
      type: 'BANK_CARD_VERIFICATION',
      assigneeId: outsider.me?.user.id,
    });
    expect(wrongAssignee.status).toBe(422);
    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await viewer.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' })).status).toBe(403);
    // the transition payload refuses a full card number too
    const opened = await createCase(owner, client.id);
    const submit = await owner.post(`/api/cases/${opened.id}/transitions`, {
      action: 'submit',
      version: 0,
      payload: { cardLast4: '6222020200112233' },
    });
    expect(submit.status).toBe(400);
  });

  it('filters by state, type, assignee, bank, tag, priority, client, overdue, due date and text; sorts; pages with a cursor', async () => {
    const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
    const member = await addMember(kit, org, 'HELPER');
    const alice = await createClient(org, { passportName: 'Alice Wong', passportNumber: 'A11117777' });
    const bob = await createClient(org, { passportName: 'Bob Stone', bankName: 'STONE BOB' });
    const a1 = await createCase(org, alice.id, {
      bank: 'BOC',
      tags: ['cohort-a'],
      priority: 'URGENT',
      assigneeId: member.me?.user.id,
    });
    const a2 = await createCase(org, alice.id, { type: 'RESTRICTION_APPEAL', tags: ['cohort-b'] });
    const b1 = await createCase(org, bob.id, { bank: 'CMB', tags: ['cohort-a', 'late'] });
    const submitted = await move(org, b1, 'submit');
    await sql(kit.db.url, `UPDATE "case" SET "nextDueAt" = now() - interval '1 day' WHERE id = $1`, [a2.id]);
    await sql(kit.db.url, `UPDATE "case" SET "nextDueAt" = now() + interval '3 days' WHERE id = $1`, [a1.id]);
    await sql(kit.db.url, `UPDATE "case" SET "nextDueAt" = now() + interval '10 days' WHERE id = $1`, [b1.id]);

    expect(ids(await org.get('/api/cases?state=SUBMITTED'))).toEqual([b1.id]);
    expect(ids(await org.get('/api/cases?state=SUBMITTED,PREPARING&sort=createdAt&order=asc'))).toEqual([
      a1.id,
      a2.id,
      b1.id,
    ]);
    expect(ids(await org.get('/api/cases?state=SUBMITTED&state=PREPARING&sort=createdAt&order=asc'))).toEqual([
      a1.id,
      a2.id,
      b1.id,
    ]);
    expect(ids(await org.get('/api/cases?type=RESTRICTION_APPEAL'))).toEqual([a2.id]);
    expect(ids(await org.get(`/api/cases?assignee=${member.me?.user.id}`))).toEqual([a1.id]);
    expect(ids(await member.get('/api/cases?assignee=me'))).toEqual([a1.id]);
    expect(ids(await org.get('/api/cases?assignee=none&sort=createdAt&order=asc'))).toEqual([a2.id, b1.id]);
    expect(ids(await org.get('/api/cases?bank=CMB'))).toEqual([b1.id]);
    expect(ids(await org.get('/api/cases?tag=cohort-a&sort=createdAt&order=asc'))).toEqual([a1.id, b1.id]);
    expect(ids(await org.get('/api/cases?priority=URGENT'))).toEqual([a1.id]);
    expect(ids(await org.get('/api/cases?priority=HIGH'))).toEqual([]);
    expect(ids(await org.get('/api/cases?priority=URGENT,NORMAL&sort=createdAt&order=asc'))).toEqual([
      a1.id,
      a2.id,
      b1.id,
    ]);
    expect(ids(await org.get(`/api/cases?clientId=${bob.id}`))).toEqual([b1.id]);
    expect(ids(await org.get('/api/cases?overdue=true'))).toEqual([a2.id]);
    expect(
      ids(
        await org.get(
          `/api/cases?dueBefore=${encodeURIComponent(new Date(Date.now() + 5 * 86_400_000).toISOString())}&sort=nextDueAt`,
        ),
      ),
    ).toEqual([a2.id, a1.id]);
    expect(ids(await org.get('/api/cases?q=WONG&sort=createdAt&order=asc'))).toEqual([a1.id, a2.id]);
    expect(ids(await org.get('/api/cases?q=7777&sort=createdAt&order=asc'))).toEqual([a1.id, a2.id]);
    expect(ids(await org.get('/api/cases?q=stone%20bob'))).toEqual([b1.id]);
    expect(ids(await org.get('/api/cases?q=bob%20wong'))).toEqual([]);
    expect(ids(await org.get('/api/cases?q=late'))).toEqual([b1.id]);
    expect(ids(await org.get('/api/cases?q=100%25'))).toEqual([]);
    // default: most recently updated first
    expect(ids(await org.get('/api/cases'))[0]).toBe(submitted.id);
    // nextDueAt ascending puts cases without a due date last
    const byDue = ids(await org.get('/api/cases?sort=nextDueAt'));
    expect(byDue.slice(0, 2)).toEqual([a2.id, a1.id]);
    expect(ids(await org.get('/api/cases?sort=state&order=desc'))[0]).toBe(b1.id);
    // priority: the most urgent first, then the latest change; ascending is the exact reverse
    expect(ids(await org.get('/api/cases?sort=priority&order=desc'))).toEqual([a1.id, b1.id, a2.id]);
    expect(ids(await org.get('/api/cases?sort=priority&order=asc'))).toEqual([a2.id, b1.id, a1.id]);
    expect(ids(await org.get('/api/cases?sort=priority&order=desc&priority=NORMAL'))).toEqual([b1.id, a2.id]);

    for (const [sort, order] of [
      ['updatedAt', 'desc'],
      ['createdAt', 'asc'],
      ['nextDueAt', 'asc'],
      ['nextDueAt', 'desc'],
      ['state', 'asc'],
      ['priority', 'desc'],
      ['priority', 'asc'],
    ] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: CaseListResponse = (
          await org.get(`/api/cases?sort=${sort}&order=${order}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        ).json<CaseListResponse>();
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      if (sort === 'priority') expect(seen).toEqual(ids(await org.get(`/api/cases?sort=${sort}&order=${order}`)));
      expect(seen.sort()).toEqual([a1.id, a2.id, b1.id].sort());
    }
    const first = (await org.get('/api/cases?limit=1')).json<CaseListResponse>();
    expect((await org.get(`/api/cases?sort=createdAt&cursor=${first.nextCursor}`)).status).toBe(400);
    const byPriority = (await org.get('/api/cases?sort=priority&order=desc&limit=1')).json<CaseListResponse>();
    expect((await org.get(`/api/cases?sort=updatedAt&cursor=${byPriority.nextCursor}`)).status).toBe(400);
    const forged = Buffer.from(JSON.stringify({ s: 'priority', o: 'desc', v: 'SOON|x', id: a1.id })).toString(
      'base64url',
    );
    expect((await org.get(`/api/cases?sort=priority&order=desc&cursor=${forged}`)).status).toBe(400);
    expect((await org.get('/api/cases?limit=201')).status).toBe(400);
    expect((await org.get('/api/cases?state=NOPE')).status).toBe(400);
    expect((await org.get('/api/cases?sort=nope')).status).toBe(400);
    // another organization sees none of them
    expect(ids(await owner.get(`/api/cases?clientId=${bob.id}`))).toEqual([]);
  });

  it('keeps saved views per user (CRUD) and applies one to the list', async () => {
    const client = await createClient(owner, { passportName: 'View Target' });
    const target = await createCase(owner, client.id, { tags: ['saved-view-tag'] });
    const create = await owner.post('/api/saved-views', {
      name: 'Tagged',
      filters: { tag: 'saved-view-tag', sort: 'createdAt' },
    });
    expect(create.status).toBe(201);
    const view = create.json<SavedViewResponse>();
    expect(view).toMatchObject({ name: 'Tagged', filters: { tag: 'saved-view-tag', sort: 'createdAt' } });
    expect((await owner.post('/api/saved-views', { name: 'Tagged', filters: {} })).status).toBe(409);
    expect((await owner.post('/api/saved-views', { name: 'Bad', filters: { state: ['NOPE'] } })).status).toBe(400);
    expect(ids(await owner.get(`/api/cases?view=${view.id}`))).toEqual([target.id]);
    expect(ids(await owner.get(`/api/cases?view=${view.id}&state=SUBMITTED`))).toEqual([]);
    expect(
      (await owner.get('/api/saved-views')).json<{ items: SavedViewResponse[] }>().items.map((v) => v.name),
    ).toEqual(['Tagged']);
    // another user of the same organization neither sees nor uses it
    expect((await helper.get('/api/saved-views')).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await helper.get(`/api/cases?view=${view.id}`)).status).toBe(404);
    expect((await helper.patch(`/api/saved-views/${view.id}`, { name: 'Mine' })).status).toBe(404);
    const renamed = await owner.patch(`/api/saved-views/${view.id}`, {
      name: 'Renamed',
      filters: { q: 'view target' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Renamed', filters: { q: 'view target' } });
    expect((await helper.delete(`/api/saved-views/${view.id}`)).status).toBe(404);
    expect((await owner.delete(`/api/saved-views/${view.id}`)).status).toBe(204);
    expect((await owner.get('/api/saved-views')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('bulk-assigns and bulk-tags cases of the organization only, recording each change in the timeline', async () => {
    const client = await createClient(owner);
    const one = await createCase(owner, client.id, { tags: ['x'] });
    const two = await createCase(owner, client.id, { type: 'RESTRICTION_APPEAL' });
    const stranger = await signUp(kit.app, { kind: 'AGENCY' });
    const foreign = await createCase(stranger, (await createClient(stranger)).id);

    const assign = await owner.post('/api/cases/bulk/assign', {
      caseIds: [one.id, two.id, foreign.id],
      assigneeId: helper.me?.user.id,
    });
    expect(assign.json()).toEqual({ updated: 2 });
    expect(
      (
        await owner.post('/api/cases/bulk/assign', { caseIds: [one.id, two.id], assigneeId: helper.me?.user.id })
      ).json(),
    ).toEqual({ updated: 0 });
    expect((await stranger.get(`/api/cases/${foreign.id}`)).json<CaseResponse>().assigneeId).toBeNull();
    const tags = await owner.post('/api/cases/bulk/tags', {
      caseIds: [one.id, two.id],
      add: ['priority-list', 'y'],
      remove: ['x'],
    });
    expect(tags.json()).toEqual({ updated: 2 });
    expect((await owner.get(`/api/cases/${one.id}`)).json<CaseResponse>().tags).toEqual(['priority-list', 'y']);
    expect(ids(await owner.get('/api/cases?q=priority-list&sort=createdAt&order=asc'))).toEqual([one.id, two.id]);
    expect((await owner.post('/api/cases/bulk/tags', { caseIds: [one.id] })).status).toBe(400);
    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await viewer.post('/api/cases/bulk/assign', { caseIds: [one.id], assigneeId: null })).status).toBe(403);
    const unassign = await owner.post('/api/cases/bulk/assign', { caseIds: [one.id], assigneeId: null });
    expect(unassign.json()).toEqual({ updated: 1 });
    const timeline = (await owner.get(`/api/cases/${one.id}/events`))
      .json<TimelineResponse>()
      .items.map((e) => [e.action, e.data['changes']]);
    expect(timeline).toEqual([
      ['CREATED', undefined],
      ['UPDATED', { assigneeId: { from: null, to: helper.me?.user.id } }],
      ['UPDATED', { tags: { from: ['x'], to: ['priority-list', 'y'] } }],
      ['UPDATED', { assigneeId: { from: helper.me?.user.id, to: null } }],
    ]);
  });

  it('updates assignee, tags, priority; the card only while preparing', async () => {
    const client = await createClient(owner);
    const opened = await createCase(owner, client.id, { bank: 'BOC' });
    const patched = await owner.patch(`/api/cases/${opened.id}`, {
      priority: 'LOW',
      tags: ['a'],
      cardLast4: '1111',
      bank: 'CMB',
    });
    expect(patched.json()).toMatchObject({ priority: 'LOW', tags: ['a'], cardLast4: '1111', bank: 'CMB', version: 0 });
    const submitted = await move(owner, patched.json<CaseResponse>(), 'submit');
    expect((await owner.patch(`/api/cases/${opened.id}`, { cardLast4: '2222' })).status).toBe(422);
    expect((await owner.patch(`/api/cases/${opened.id}`, { priority: 'URGENT' })).json()).toMatchObject({
      priority: 'URGENT',
      version: submitted.version,
    });
    expect((await owner.patch(`/api/cases/${opened.id}`, { cardLast4: '62220202001122' })).status).toBe(400);

    // the assignee, as the case page changes it: a staff member, then nobody; a stranger is refused
    const assigned = await helper.patch(`/api/cases/${opened.id}`, { assigneeId: helper.me?.user.id });
    expect(assigned.json()).toMatchObject({
      assigneeId: helper.me?.user.id,
      assigneeName: helper.me?.user.displayName,
    });
    const unassigned = await helper.patch(`/api/cases/${opened.id}`, { assigneeId: null });
    expect(unassigned.json()).toMatchObject({ assigneeId: null, assigneeName: null, priority: 'URGENT' });
    const stranger = await owner.patch(`/api/cases/${opened.id}`, {
      assigneeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(stranger.status).toBe(422);
    const changes = (await owner.get(`/api/cases/${opened.id}/events`))
      .json<TimelineResponse>()
      .items.filter((entry) => entry.action === 'UPDATED')
      .map((entry) => entry.data['changes']);
    expect(changes.slice(-2)).toEqual([
      { assigneeId: { from: null, to: helper.me?.user.id } },
      { assigneeId: { from: helper.me?.user.id, to: null } },
    ]);
  });

  it('adds notes and checklist changes to the timeline with who made them', async () => {
    const client = await createClient(owner);
    const opened = await createCase(owner, client.id, { type: 'RESTRICTION_APPEAL' });
    const note = await helper.post(`/api/cases/${opened.id}/notes`, {
      body: 'Client sent the holding photo by WeChat.',
    });
    expect(note.status).toBe(201);
    expect(note.json<TimelineEntry>()).toMatchObject({
      action: 'NOTE',
      actor: { id: helper.me?.user.id },
      data: { body: 'Client sent the holding photo by WeChat.' },
    });
    expect((await helper.post(`/api/cases/${opened.id}/notes`, { body: '   ' })).status).toBe(400);

    const checked = await helper.put(`/api/cases/${opened.id}/checklist/HOLDING_PASSPORT_PHOTO`, {
      status: 'WAIVED',
      note: 'Seen in person',
    });
    expect(checked.status).toBe(200);
    const item = checked.json<ChecklistResponse>().items.find((i) => i.document === 'HOLDING_PASSPORT_PHOTO');
    expect(item).toMatchObject({
      status: 'WAIVED',
      changedBy: { id: helper.me?.user.id, displayName: 'Test PERSONAL' },
    });
    expect(item?.updatedAt).not.toBeNull();
    await helper.put(`/api/cases/${opened.id}/checklist/HOLDING_PASSPORT_PHOTO`, {
      status: 'WAIVED',
      note: 'Seen in person',
    });
    await owner.put(`/api/cases/${opened.id}/checklist/HOLDING_PASSPORT_PHOTO`, { status: 'REQUESTED' });
    expect(
      (await owner.put(`/api/cases/${opened.id}/checklist/VISA`, { status: 'WAIVED', note: 'Seen in person' })).status,
    ).toBe(404);
    expect((await owner.put(`/api/cases/${opened.id}/checklist/PASSPORT_BIO`, { status: 'LOST' })).status).toBe(400);

    const timeline = (await owner.get(`/api/cases/${opened.id}/events`)).json<TimelineResponse>().items;
    expect(timeline.map((e) => [e.action, e.actor?.id, e.data['to'] ?? e.data['body'] ?? null])).toEqual([
      ['CREATED', owner.me?.user.id, null],
      ['NOTE', helper.me?.user.id, 'Client sent the holding photo by WeChat.'],
      ['CHECKLIST', helper.me?.user.id, 'WAIVED'],
      ['CHECKLIST', owner.me?.user.id, 'REQUESTED'],
    ]);
    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await viewer.get(`/api/cases/${opened.id}/events`)).status).toBe(200);
    expect((await viewer.post(`/api/cases/${opened.id}/notes`, { body: 'x' })).status).toBe(403);
    // the timeline is append-only in the database itself
    await expect(
      sql(kit.db.url, `UPDATE "case_event" SET action = 'X' WHERE "caseId" = $1`, [opened.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('answers 404 for another organization’s case on every case endpoint', async () => {
    const stranger = await signUp(kit.app, { kind: 'AGENCY' });
    const client = await createClient(owner);
    const mine = await createCase(owner, client.id);
    const calls = [
      stranger.get(`/api/cases/${mine.id}`),
      stranger.patch(`/api/cases/${mine.id}`, { priority: 'LOW' }),
      stranger.post(`/api/cases/${mine.id}/transitions`, { action: 'submit', version: 0 }),
      stranger.post(`/api/cases/${mine.id}/apply-message`, { text: '支付宝客服将在2天内为你审核', version: 0 }),
      stranger.get(`/api/cases/${mine.id}/events`),
      stranger.post(`/api/cases/${mine.id}/notes`, { body: 'x' }),
      stranger.get(`/api/cases/${mine.id}/checklist`),
      stranger.put(`/api/cases/${mine.id}/checklist/PASSPORT_BIO`, { status: 'WAIVED', note: 'Seen in person' }),
      stranger.post(`/api/cases/${mine.id}/archive`),
      stranger.post('/api/checks', { caseId: mine.id }),
      stranger.get('/api/cases/00000000-0000-4000-8000-000000000000'),
    ];
    for (const response of await Promise.all(calls)) expect(response.status).toBe(404);
    expect((await owner.get(`/api/cases/${mine.id}`)).json<CaseResponse>().version).toBe(0);
  });

  it('exports the filtered list as streamed CSV with spreadsheet formulas defused', async () => {
    const org = await signUp(kit.app, { kind: 'AGENCY' });
    const client = await createClient(org, { passportName: '=HYPERLINK("x")', passportNumber: 'C99990000' });
    await createCase(org, client.id, { tags: ['t1', 't2'], cardLast4: '0042' });
    await createCase(org, (await createClient(org, { passportName: 'Other, Person' })).id, {
      type: 'RESTRICTION_APPEAL',
    });
    const all = await org.get('/api/cases/export.csv?sort=createdAt&order=asc');
    expect(all.status).toBe(200);
    expect(all.headers['content-type']).toContain('text/csv');
    const lines = all.text.trim().split('\r\n');
    // the import's columns (then the information the import skips), a BOM for Excel, labels not codes
    expect(all.text.startsWith('\uFEFFReference,')).toBe(true);
    expect(lines[0]).toBe(
      'Reference,Name on passport,Name at the bank,Nationality,Date of birth,Passport number,Passport expires,Visa type,Visa expires,Phone,Email,Language,Case type,Bank,Card last 4,Tags,Priority,Client ID,Case ID,State,Assignee,Passport last 4,Next due,Retry after,Last reason,Created,Updated',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain(`,English,Bank card,,0042,"t1, t2",Normal,${client.id},`);
    expect(lines[1]).toContain(',Preparing,,0000,');
    expect(all.text).not.toContain('C99990000');
    expect(lines[2]).toContain('"Other, Person"');
    const chinese = await org.get('/api/cases/export.csv?sort=createdAt&order=asc&lang=zh');
    expect(chinese.text).toMatch(/^\uFEFF编号,护照姓名,/);
    expect(chinese.text).toContain(',英文,银行卡认证,,0042,');
    const filtered = await org.get('/api/cases/export.csv?type=RESTRICTION_APPEAL');
    expect(filtered.text.trim().split('\r\n')).toHaveLength(2);
    expect(filtered.headers['content-disposition']).toBe('attachment; filename="cases.csv"');
  });

  it('answers a failed export as a plain JSON error: not labelled gzip, not a file to save', async () => {
    const org = await signUp(kit.app, { kind: 'AGENCY' });
    await createCase(org, (await createClient(org, { passportName: 'Some One' })).id);
    // a saved view that does not exist: the export fails before its first line
    const failed = await org.request(
      'GET',
      '/api/cases/export.csv?view=00000000-0000-4000-8000-000000000000',
      undefined,
      { 'accept-encoding': 'gzip' },
    );
    expect(failed.status).toBe(404);
    expect(failed.headers['content-encoding']).toBeUndefined();
    expect(failed.headers['content-disposition']).toBeUndefined();
    expect(failed.headers['content-type']).toContain('application/json');
    expect(JSON.parse(failed.text)).toEqual({ error: { code: 'NOT_FOUND', message: 'No such saved view' } });
  });
});
