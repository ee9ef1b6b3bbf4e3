import type { ImportJobResponse } from '@waiji/contract';
import {
  addMember,
  createClient,
  mailPart,
  mailTo,
  signUp,
  type TestUser,
  uniqueEmail,
  useTestApp,
} from '../../testing/kit';

jest.setTimeout(120_000);

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('imports: invitePortal invites the clients the commit created', () => {
  const kit = useTestApp({ sql: true });
  let owner: TestUser;

  const upload = async (user: TestUser, text: string) =>
    (
      await user.request('POST', '/api/imports?fileName=intake.csv', text, { 'content-type': 'text/csv' })
    ).json<ImportJobResponse>();

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'UNIVERSITY', organizationName: 'Fudan Intake', verified: true });
  });

  it('invites each new client with an email in their language; stored clients and those without an email are not mailed', async () => {
    const wang = uniqueEmail('wang');
    const kim = uniqueEmail('kim');
    const known = uniqueEmail('known');
    await createClient(owner, { passportName: 'KNOWN PERSON', email: known, externalRef: 'STU-900' });
    const job = await upload(
      owner,
      csv([
        'externalRef,passportName,email,preferredLanguage,caseType,tags',
        `STU-101,Wang Fang,${wang},zh,BANK_CARD_VERIFICATION,fall-2026`,
        `STU-102,Kim Min-jun,${kim},en,BANK_CARD_VERIFICATION,fall-2026`,
        'STU-103,No Mail,,en,BANK_CARD_VERIFICATION,fall-2026',
        `STU-900,KNOWN PERSON,${known},en,APP_PASSPORT_VERIFICATION,fall-2026`,
      ]),
    );
    expect(job.status).toBe('VALIDATED');
    const reply = await owner.post(`/api/imports/${job.id}/commit`, { invitePortal: true });
    expect(reply.status).toBe(200);
    const done = reply.json<ImportJobResponse>();
    expect(done.status).toBe('COMPLETED');
    expect(done.portalInvitations?.invited.map((row) => [row.clientName, row.email])).toEqual([
      ['Wang Fang', wang],
      ['Kim Min-jun', kim],
    ]);
    expect(done.portalInvitations?.skipped.map((row) => [row.clientName, row.reason])).toEqual([
      ['No Mail', 'NO_EMAIL'],
    ]);
    const [zh] = await mailTo(kit.app, wang);
    if (!zh) throw new Error('no invitation to the Chinese-speaking client');
    expect(zh.subject).toBe('邀请您加入 Waiji 上的 Fudan Intake');
    expect(mailPart(zh, 'text/plain')).toContain('以“客户”身份');
    expect((await mailTo(kit.app, kim))[0]?.subject).toBe('Invitation to Fudan Intake on Waiji');
    // The client the organization had already is not invited by the import.
    expect(await mailTo(kit.app, known)).toHaveLength(0);
  });

  it('without invitePortal invites nobody; a helper may import but not invite', async () => {
    const quiet = uniqueEmail('quiet');
    const first = await upload(
      owner,
      csv(['externalRef,passportName,email,caseType', `STU-201,Quiet One,${quiet},BANK_CARD_VERIFICATION`]),
    );
    const committed = (await owner.post(`/api/imports/${first.id}/commit`, {})).json<ImportJobResponse>();
    expect(committed.status).toBe('COMPLETED');
    expect(committed.portalInvitations).toBeUndefined();
    expect(await mailTo(kit.app, quiet)).toHaveLength(0);

    const helper = await addMember(kit, owner, 'HELPER');
    const loud = uniqueEmail('loud');
    const second = await upload(
      helper,
      csv(['externalRef,passportName,email,caseType', `STU-202,Loud One,${loud},BANK_CARD_VERIFICATION`]),
    );
    const refused = await helper.post(`/api/imports/${second.id}/commit`, { invitePortal: true });
    expect(refused.status).toBe(403);
    // Refused before anything was created: the same job still commits without the invitation.
    const plain = await helper.post(`/api/imports/${second.id}/commit`, {});
    expect(plain.json<ImportJobResponse>()).toMatchObject({ status: 'COMPLETED', createdRows: 1 });
    expect(await mailTo(kit.app, loud)).toHaveLength(0);
  });
});
