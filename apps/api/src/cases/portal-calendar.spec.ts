import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import type { CalendarTokenResponse, PortalCaseDetailResponse, PortalCaseListResponse } from '@waiji/contract';
import { addMember, createCase, createClient, move, signUp, sql, type TestUser, useTestApp } from '../testing/kit';
import { escapeText, foldLine } from './ics';

jest.setTimeout(120_000);

describe('client portal and calendar feed', () => {
  const kit = useTestApp({ env: { PUBLIC_URL: 'https://waiji.example.test', LOG_LEVEL: 'info', LOG_FORMAT: 'json' } });
  let owner: TestUser;
  const logs: string[] = [];

  const feed = async (url: string) => {
    const response = await kit.app.inject({ method: 'GET', url: new URL(url).pathname });
    return { status: response.statusCode, text: response.body, type: String(response.headers['content-type']) };
  };

  beforeAll(async () => {
    (PinoLogger.root as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = {
      write: (line: string) => void logs.push(line),
    };
    owner = await signUp(kit.app, { kind: 'AGENCY' });
  });

  describe('portal', () => {
    it('shows a CLIENT only their own cases, with the timeline (no staff notes), next steps and Alipay buttons', async () => {
      const mine = await createClient(owner, { passportName: 'Portal Client' });
      const theirs = await createClient(owner, { passportName: 'Someone Else' });
      const bankCase = await createCase(owner, mine.id);
      const submitted = await move(owner, await move(owner, bankCase, 'submit'), 'await_deposit');
      await owner.post(`/api/cases/${bankCase.id}/notes`, { body: 'internal: client is slow to answer' });
      const archived = await createCase(owner, mine.id, { type: 'RESTRICTION_APPEAL' });
      await owner.post(`/api/cases/${archived.id}/archive`);
      const other = await createCase(owner, theirs.id);
      const client = await addMember(kit, owner, 'CLIENT', mine.id);

      const list = await client.get('/api/portal/cases');
      expect(list.status).toBe(200);
      const items = list.json<PortalCaseListResponse>().items;
      expect(items.map((c) => c.id)).toEqual([bankCase.id]);
      expect(items[0]).toMatchObject({ state: 'AWAITING_DEPOSIT', type: 'BANK_CARD_VERIFICATION' });
      expect(items[0]?.nextSteps.some((step) => step.button?.zh === '输入打款金额')).toBe(true);

      const detail = await client.get(`/api/portal/cases/${bankCase.id}`);
      expect(detail.status).toBe(200);
      const body = detail.json<PortalCaseDetailResponse>();
      expect(body.timeline.map((e) => e.action)).toEqual(['CREATED', 'submit', 'await_deposit']);
      expect(detail.text).not.toContain('internal: client is slow');
      expect(body.nextSteps[0]?.text.en).toBeTruthy();
      expect(submitted.state).toBe('AWAITING_DEPOSIT');

      for (const id of [other.id, archived.id]) expect((await client.get(`/api/portal/cases/${id}`)).status).toBe(404);
      const stranger = await signUp(kit.app, { kind: 'AGENCY' });
      const foreign = await createCase(stranger, (await createClient(stranger)).id);
      expect((await client.get(`/api/portal/cases/${foreign.id}`)).status).toBe(404);
      // staff endpoints stay closed to clients, and the portal to staff
      expect((await client.get('/api/cases')).status).toBe(403);
      expect((await client.get(`/api/cases/${bankCase.id}`)).status).toBe(403);
      expect((await client.get(`/api/cases/${bankCase.id}/events`)).status).toBe(403);
      expect((await client.get('/api/clients')).status).toBe(403);
      expect((await owner.get('/api/portal/cases')).status).toBe(403);
    });

    it('shows a retry date and the message’s meaning to the client after a card-check failure', async () => {
      const mine = await createClient(owner);
      const opened = await createCase(owner, mine.id);
      const submitted = await move(owner, opened, 'submit');
      await owner.post(`/api/cases/${opened.id}/apply-message`, {
        text: '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2031年10月18日)使用原银行卡重新认证',
        version: submitted.version,
      });
      const client = await addMember(kit, owner, 'CLIENT', mine.id);
      const detail = (await client.get(`/api/portal/cases/${opened.id}`)).json<PortalCaseDetailResponse>();
      expect(detail).toMatchObject({ state: 'REJECTED', retryAfter: '2031-10-17T16:00:00.000Z' });
      expect(detail.timeline.at(-1)).toMatchObject({
        action: 'reject',
        reasonCode: 'CARD_CHECK_FAILED',
        interpretations: [expect.objectContaining({ code: 'CARD_CHECK_FAILED' })],
      });
      expect(detail.nextSteps.some((step) => step.text.en.includes('2031-10-18'))).toBe(true);
    });
  });

  describe('calendar', () => {
    it('serves a secret, revocable RFC 5545 feed of the pending reminders of the user’s cases', async () => {
      const helper = await addMember(kit, owner, 'HELPER');
      const assigned = await createCase(owner, (await createClient(owner, { passportName: 'Wang, Wei; Jr.' })).id, {
        assigneeId: helper.me?.user.id,
      });
      await move(owner, assigned, 'submit');
      const unassigned = await createCase(owner, (await createClient(owner, { passportName: 'Not Mine' })).id);
      await move(owner, unassigned, 'submit');

      expect((await helper.get('/api/calendar/token')).json()).toEqual({ active: false });
      const created = await helper.post('/api/calendar/token');
      expect(created.status).toBe(201);
      const { url } = created.json<CalendarTokenResponse>();
      expect(url).toMatch(/^https:\/\/waiji\.example\.test\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      expect((await helper.get('/api/calendar/token')).json()).toEqual({ active: true });
      const stored = await sql<{ calendarTokenHash: string }>(
        kit.db.url,
        'SELECT "calendarTokenHash" FROM "user" WHERE id = $1',
        [helper.me?.user.id],
      );
      expect(url).not.toContain(stored[0]?.calendarTokenHash);

      const ics = await feed(url);
      expect(ics.status).toBe(200);
      expect(ics.type).toContain('text/calendar');
      expect(ics.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
      expect(ics.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      for (const line of ics.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      const unfolded = ics.text.replace(/\r\n /g, '');
      const reminders = await sql<{ id: string; dueAt: Date }>(
        kit.db.url,
        `SELECT id, "dueAt" FROM "reminder" WHERE "caseId" = $1 ORDER BY "dueAt"`,
        [assigned.id],
      );
      expect(reminders.length).toBeGreaterThan(0);
      expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(reminders.length);
      for (const reminder of reminders) expect(unfolded).toContain(`UID:${reminder.id}@waiji.example.test`);
      expect(unfolded).toContain(
        `DTSTART:${reminders[0]?.dueAt
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, '')}`,
      );
      expect(unfolded).toContain('SUMMARY:Deposit should have arrived: Wang\\, Wei\\; Jr.');
      expect(unfolded).not.toContain('Not Mine');

      // the feed URL is a secret: request logs show it redacted
      const token = /calendar\/([^.]+)\.ics/.exec(url)?.[1] ?? '';
      expect(logs.join('\n')).toContain('/api/calendar/[secret].ics');
      expect(logs.join('\n')).not.toContain(token);

      // a new URL replaces the old one; revoking ends it
      const renewed = (await helper.post('/api/calendar/token')).json<CalendarTokenResponse>();
      expect((await feed(url)).status).toBe(404);
      expect((await feed(renewed.url)).status).toBe(200);
      expect((await helper.delete('/api/calendar/token')).status).toBe(204);
      expect((await feed(renewed.url)).status).toBe(404);
      expect((await kit.app.inject({ method: 'GET', url: '/api/calendar/short.ics' })).statusCode).toBe(404);
    });

    it('includes unassigned cases in a personal organization', async () => {
      const person = await signUp(kit.app, { kind: 'PERSONAL' });
      const opened = await createCase(person, (await createClient(person, { passportName: 'Myself' })).id);
      await move(person, opened, 'submit');
      const { url } = (await person.post('/api/calendar/token')).json<CalendarTokenResponse>();
      expect((await feed(url)).text).toContain('Myself');
    });

    it('escapes and folds text as RFC 5545 says, never splitting a character', () => {
      expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
      const folded = foldLine(`DESCRIPTION:${'签证'.repeat(40)}`);
      for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'签证'.repeat(40)}`);
    });
  });
});
