import type { CaseResponse, UndoResponse } from '@waiji/contract';
import { createCase, createClient, move, signUp, sql, type TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(120_000);

// Issue 18, on the real database: an approval raises the client's account tier and records from what; undoing that
// approval lowers the tier again — to what the client's other approved cases warrant, and only while nothing else
// has changed the tier since.

describe('undo of an approval and the client’s account tier', () => {
  const kit = useTestApp();
  let owner: TestUser;

  const tierOf = async (clientId: string) =>
    (await sql<{ accountTier: string }>(kit.db.url, `SELECT "accountTier" FROM "client" WHERE id = $1`, [clientId]))[0]
      ?.accountTier;
  const bound = async (clientId: string): Promise<CaseResponse> => {
    const found = await createCase(owner, clientId, { type: 'INTERNATIONAL_CARD_BINDING' });
    const pending = await move(owner, found, 'submit', { cardNetwork: 'VISA', cardLast4: '4242' });
    return move(owner, pending, 'approve');
  };
  const undo = async (found: CaseResponse) => {
    const response = await owner.post(`/api/cases/${found.id}/undo`, { version: found.version });
    expect(response.status).toBe(200);
    return response.json<UndoResponse>().case;
  };

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
  });

  it('lowers the tier the approval raised, and the approval made again raises it again', async () => {
    const client = await createClient(owner);
    const approved = await bound(client.id);
    expect(await tierOf(client.id)).toBe('INTERNATIONAL_CARD_BOUND');

    const back = await undo(approved);
    expect(back.state).toBe('THREE_DS_PENDING');
    expect(await tierOf(client.id)).toBe('UNVERIFIED');
    const audit = await sql<{ data: { tierLowered?: unknown } }>(
      kit.db.url,
      `SELECT data FROM "audit_log" WHERE action = 'case.transition_undone' AND "targetId" = $1`,
      [approved.id],
    );
    expect(audit[0]?.data.tierLowered).toEqual({ from: 'INTERNATIONAL_CARD_BOUND', to: 'UNVERIFIED' });

    await move(owner, back, 'approve');
    expect(await tierOf(client.id)).toBe('INTERNATIONAL_CARD_BOUND');
  });

  it('keeps the tier another approved case of the client warrants', async () => {
    const client = await createClient(owner);
    const first = await bound(client.id);
    await bound(client.id);
    expect(await tierOf(client.id)).toBe('INTERNATIONAL_CARD_BOUND');

    await undo(first);
    expect(await tierOf(client.id)).toBe('INTERNATIONAL_CARD_BOUND');
  });

  it('keeps a tier a helper set after the approval, and an approval that raised nothing lowers nothing', async () => {
    const client = await createClient(owner);
    const approved = await bound(client.id);
    const edited = await owner.patch(`/api/clients/${client.id}`, { accountTier: 'MAINLAND_CARD_BOUND' });
    expect(edited.status).toBe(200);
    await undo(approved);
    expect(await tierOf(client.id)).toBe('MAINLAND_CARD_BOUND');

    // Already above what the approval gives: it records no raise, and its undo leaves the tier alone.
    const again = await bound(client.id);
    await undo(again);
    expect(await tierOf(client.id)).toBe('MAINLAND_CARD_BOUND');
  });
});
