import type { CaseListResponse, CaseTagsResponse, SavedViewResponse } from '@waiji/contract';
import { addMember, createCase, createClient, sql, signUp, type TestUser, useTestApp } from '../testing/kit';

const ids = (response: { json: <T>() => T }) => response.json<CaseListResponse>().items.map((c) => c.id);
const tags = (response: { json: <T>() => T }) => response.json<CaseTagsResponse>().items;
const viewNames = async (user: TestUser) =>
  (await user.get('/api/saved-views')).json<{ items: SavedViewResponse[] }>().items.map((view) => view.name);

// Hooks and tests hit a real database on a shared 2-core machine; the project's testTimeout does not reach hooks here.
jest.setTimeout(120_000);

describe('triage: mine and unassigned, tag suggestions, shared saved views', () => {
  const kit = useTestApp();
  let owner: TestUser;
  let admin: TestUser;
  let helper: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    admin = await addMember(kit, owner, 'ADMIN');
    helper = await addMember(kit, owner, 'HELPER');
    viewer = await addMember(kit, owner, 'VIEWER');
  });

  it('answers "mine" and "unassigned" for Today’s sections and the board’s columns (each a list query)', async () => {
    const org = await signUp(kit.app, { kind: 'AGENCY' });
    const member = await addMember(kit, org, 'HELPER');
    const client = await createClient(org);
    const memberId = member.me?.user.id;
    const mine = await createCase(member, client.id, { assigneeId: memberId, type: 'RESTRICTION_APPEAL' });
    const ownersCase = await createCase(org, client.id, { assigneeId: org.me?.user.id, type: 'RESTRICTION_APPEAL' });
    const nobodys = await createCase(org, client.id, { type: 'RESTRICTION_APPEAL' });
    await sql(kit.db.url, `UPDATE "case" SET "nextDueAt" = now() - interval '1 hour' WHERE "organizationId" = $1`, [
      org.organizationId,
    ]);

    // Today's "overdue" section and a board column, as the web asks for them.
    const overdue = '/api/cases?overdue=true&sort=nextDueAt&order=asc&limit=10';
    expect(ids(await member.get(`${overdue}&assignee=me`))).toEqual([mine.id]);
    expect(ids(await org.get(`${overdue}&assignee=me`))).toEqual([ownersCase.id]);
    expect(ids(await member.get(`${overdue}&assignee=none`))).toEqual([nobodys.id]);
    expect(ids(await member.get(overdue)).sort()).toEqual([mine.id, ownersCase.id, nobodys.id].sort());
    const column = '/api/cases?state=PREPARING&sort=updatedAt&order=desc&limit=25';
    expect(ids(await member.get(`${column}&assignee=me`))).toEqual([mine.id]);
    expect(ids(await member.get(`${column}&assignee=none`))).toEqual([nobodys.id]);
    // A case taken by someone leaves "unassigned" at once.
    expect((await org.patch(`/api/cases/${nobodys.id}`, { assigneeId: memberId })).status).toBe(200);
    expect(ids(await member.get(`${column}&assignee=none`))).toEqual([]);
    expect(ids(await member.get(`${column}&assignee=me`)).sort()).toEqual([mine.id, nobodys.id].sort());
  });

  it('suggests the organization’s tags on live cases containing the typed text, starting ones first, with counts', async () => {
    const org = await signUp(kit.app, { kind: 'AGENCY' });
    const other = await signUp(kit.app, { kind: 'AGENCY' });
    const client = await createClient(org);
    await createCase(org, client.id, { tags: ['VIP', 'spring-intake'] });
    await createCase(org, client.id, { tags: ['vip', 'needs-translator'] });
    await createCase(org, client.id, { tags: ['spring-intake', 'former-vip'] });
    await createCase(org, client.id, { tags: ['spring-intake'] });
    const archived = await createCase(org, client.id, { tags: ['archived-only', 'vip'] });
    expect((await org.post(`/api/cases/${archived.id}/archive`)).status).toBe(200);
    const elsewhere = await createClient(other);
    await createCase(other, elsewhere.id, { tags: ['vip-elsewhere', 'spring-intake'] });

    // Without text: the most used first (ties by name, any case).
    expect(tags(await org.get('/api/cases/tags'))).toEqual([
      { tag: 'spring-intake', count: 3 },
      { tag: 'former-vip', count: 1 },
      { tag: 'needs-translator', count: 1 },
      { tag: 'VIP', count: 1 },
      { tag: 'vip', count: 1 },
    ]);
    // Part of a tag, any case: those starting with it, then those containing it; archived cases do not count.
    expect(tags(await org.get('/api/cases/tags?q=vI'))).toEqual([
      { tag: 'VIP', count: 1 },
      { tag: 'vip', count: 1 },
      { tag: 'former-vip', count: 1 },
    ]);
    expect(tags(await org.get('/api/cases/tags?q=intake'))).toEqual([{ tag: 'spring-intake', count: 3 }]);
    expect(tags(await org.get('/api/cases/tags?q=archived'))).toEqual([]);
    expect(tags(await org.get('/api/cases/tags?q=s&limit=1'))).toEqual([{ tag: 'spring-intake', count: 3 }]);
    // LIKE's wildcards are plain characters here.
    expect(tags(await org.get('/api/cases/tags?q=%25'))).toEqual([]);
    expect(tags(await org.get('/api/cases/tags?q=_'))).toEqual([]);
    // The other organization's tags stay its own.
    expect(tags(await other.get('/api/cases/tags?q=vip'))).toEqual([{ tag: 'vip-elsewhere', count: 1 }]);
    // Read-only staff filter the list too.
    const orgViewer = await addMember(kit, org, 'VIEWER');
    expect((await orgViewer.get('/api/cases/tags?q=vip')).status).toBe(200);
    expect((await org.get('/api/cases/tags?limit=51')).status).toBe(400);
    expect((await org.get(`/api/cases/tags?q=${'x'.repeat(41)}`)).status).toBe(400);
    expect((await org.get('/api/cases/tags?tag=vip')).status).toBe(400);
  });

  it('shares saved views with everyone: admins and the owner make, change and delete them; others only use them', async () => {
    const client = await createClient(owner, { passportName: 'Shared View Target' });
    const target = await createCase(owner, client.id, { tags: ['shared-view-tag'] });
    await createCase(owner, client.id, { tags: ['not-this-one'] });

    // A helper may not share a view, neither when saving it nor afterwards.
    const refused = await helper.post('/api/saved-views', {
      name: 'Team queue',
      filters: { tag: 'shared-view-tag' },
      shared: true,
    });
    expect(refused.status).toBe(403);
    const helpersOwn = (
      await helper.post('/api/saved-views', { name: 'My queue', filters: { assignee: 'me' } })
    ).json<SavedViewResponse>();
    expect(helpersOwn).toMatchObject({ shared: false, mine: true, editable: true });
    expect((await helper.patch(`/api/saved-views/${helpersOwn.id}`, { shared: true })).status).toBe(403);
    // …nor may an admin share someone else's private view (they cannot see it).
    expect((await admin.patch(`/api/saved-views/${helpersOwn.id}`, { shared: true })).status).toBe(404);

    const created = await admin.post('/api/saved-views', {
      name: 'Team queue',
      filters: { tag: 'shared-view-tag' },
      shared: true,
    });
    expect(created.status).toBe(201);
    const shared = created.json<SavedViewResponse>();
    expect(shared).toMatchObject({ name: 'Team queue', shared: true, mine: true, editable: true });

    // Everyone sees it and can use it in the list; only admins and the owner may change it.
    for (const user of [owner, helper, viewer]) {
      const seen = (await user.get('/api/saved-views'))
        .json<{ items: SavedViewResponse[] }>()
        .items.find((view) => view.id === shared.id);
      expect(seen).toMatchObject({ shared: true, mine: false, editable: user === owner });
      expect(ids(await user.get(`/api/cases?view=${shared.id}`))).toEqual([target.id]);
    }
    expect(await viewNames(helper)).toEqual(['Team queue', 'My queue']);
    expect(await viewNames(viewer)).toEqual(['Team queue']);
    expect((await helper.patch(`/api/saved-views/${shared.id}`, { name: 'Mine now' })).status).toBe(403);
    expect((await viewer.delete(`/api/saved-views/${shared.id}`)).status).toBe(403);
    expect((await helper.delete(`/api/saved-views/${shared.id}`)).status).toBe(403);

    // The owner (another admin than its maker) changes its filters; everyone's list follows.
    const edited = await owner.patch(`/api/saved-views/${shared.id}`, { filters: { tag: 'not-this-one' } });
    expect(edited.status).toBe(200);
    expect(edited.json()).toMatchObject({
      shared: true,
      mine: false,
      editable: true,
      filters: { tag: 'not-this-one' },
    });
    expect(ids(await helper.get(`/api/cases?view=${shared.id}`))).not.toContain(target.id);

    // Unshared, it is its maker's own again: gone for the others.
    expect((await admin.patch(`/api/saved-views/${shared.id}`, { shared: false })).status).toBe(200);
    expect(await viewNames(helper)).toEqual(['My queue']);
    expect((await helper.get(`/api/cases?view=${shared.id}`)).status).toBe(404);
    expect((await owner.delete(`/api/saved-views/${shared.id}`)).status).toBe(404);
    expect((await admin.patch(`/api/saved-views/${shared.id}`, { shared: true })).status).toBe(200);

    // A shared view's "assignee: me" means whoever looks at it.
    const mineShared = (
      await owner.post('/api/saved-views', { name: 'Mine (everyone)', filters: { assignee: 'me' }, shared: true })
    ).json<SavedViewResponse>();
    const helpersCase = await createCase(helper, client.id, { assigneeId: helper.me?.user.id });
    expect(ids(await helper.get(`/api/cases?view=${mineShared.id}`))).toEqual([helpersCase.id]);
    expect(ids(await owner.get(`/api/cases?view=${mineShared.id}`))).not.toContain(helpersCase.id);

    // Any admin deletes a shared view; another organization never sees it.
    const outsider = await signUp(kit.app, { kind: 'AGENCY' });
    expect(await viewNames(outsider)).toEqual([]);
    expect((await outsider.get(`/api/cases?view=${mineShared.id}`)).status).toBe(404);
    expect((await outsider.delete(`/api/saved-views/${mineShared.id}`)).status).toBe(404);
    expect((await admin.delete(`/api/saved-views/${mineShared.id}`)).status).toBe(204);
    expect(await viewNames(helper)).toEqual(['Team queue', 'My queue']);
  });
});
