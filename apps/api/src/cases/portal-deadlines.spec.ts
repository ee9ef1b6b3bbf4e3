import type { PortalCaseDetailResponse, ReminderList } from '@waiji/contract';
import { addMember, createCase, createClient, move, signUp, type TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(60_000);

describe('portal: "what happens next" reads the client’s deadlines, named by kind', () => {
  const kit = useTestApp();
  let helper: TestUser;

  beforeAll(async () => {
    helper = await signUp(kit.app, { kind: 'AGENCY' });
  });

  it('after an M1 rejection: the same-card day first, then the visa expiry with its document and day; no helper chase', async () => {
    const visaExpiry = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const client = await createClient(helper, { passportName: 'LI NA', visaExpiry });
    const portalUser = await addMember(kit, helper, 'CLIENT', client.id);
    const created = await createCase(helper, client.id);
    const submitted = await move(helper, created, 'submit', { bank: 'BOC', cardLast4: '1234' });
    const awaiting = await move(helper, submitted, 'await_deposit');

    const waiting = (await portalUser.get(`/api/portal/cases/${created.id}`)).json<PortalCaseDetailResponse>();
    // The deposit chase (DEPOSIT_OVERDUE) is the helper's; the client sees when the deposit should be there.
    expect(waiting.deadlines.map((deadline) => deadline.kind)).toEqual(['DEPOSIT_EXPECTED', 'DOCUMENT_EXPIRING']);

    const retryAfter = new Date(Date.now() + 5 * 86_400_000).toISOString();
    await move(helper, awaiting, 'reject', { reasonCode: 'CARD_CHECK_FAILED', retryAfter });
    const detail = (await portalUser.get(`/api/portal/cases/${created.id}`)).json<PortalCaseDetailResponse>();
    expect(detail.deadlines).toEqual([
      { kind: 'RETRY_ALLOWED', dueAt: expect.any(String) },
      { kind: 'DOCUMENT_EXPIRING', dueAt: expect.any(String), document: 'VISA', expiresOn: visaExpiry },
    ]);
    expect(new Date(detail.deadlines[0]?.dueAt ?? 0).getTime()).toBeLessThan(
      new Date(detail.deadlines[1]?.dueAt ?? 0).getTime(),
    );

    // Staff read the same keys on the reminder list.
    const reminders = (await helper.get(`/api/cases/${created.id}/reminders`)).json<ReminderList>();
    expect(reminders.items.find((item) => item.kind === 'DOCUMENT_EXPIRING')?.key).toBe(
      `DOCUMENT_EXPIRING:VISA:${visaExpiry}`,
    );
  });
});
