import ICAL from 'ical.js';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import type {
  CalendarStatusResponse,
  CalendarTokenRequest,
  CalendarTokenResponse,
  PortalCaseDetailResponse,
  PortalCaseListResponse,
} from '@waiji/contract';
import { addMember, createCase, createClient, move, signUp, sql, type TestUser, useTestApp } from '../testing/kit';
import { escapeText, foldLine, icsDuration } from './ics';

/** The feed's events as a real iCalendar parser reads them. */
function parsedEvents(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarms = vevent.getAllSubcomponents('valarm');
    const summary = vevent.getFirstProperty('summary');
    return {
      summary: event.summary,
      language: summary?.getParameter('language'),
      description: event.description,
      url: String(vevent.getFirstPropertyValue('url') ?? ''),
      start: event.startDate,
      end: event.endDate,
      alarms: alarms.map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        trigger: alarm.getFirstPropertyValue('trigger') as ICAL.Duration,
      })),
    };
  });
}

/** Wall-clock date and time of an instant in a zone, "YYYY-MM-DD HH:MM". */
const wallClock = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(instant);

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

      expect((await helper.get('/api/calendar/token')).json()).toEqual({ active: false, assignedCases: 1 });
      const created = await helper.post('/api/calendar/token');
      expect(created.status).toBe(201);
      const { url } = created.json<CalendarTokenResponse>();
      expect(url).toMatch(
        /^https:\/\/waiji\.example\.test\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics\?alarm=NONE&scope=MINE$/,
      );
      expect((await helper.get('/api/calendar/token')).json()).toEqual({ active: true, assignedCases: 1 });
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
        // to the minute
        `DTSTART:${reminders[0]?.dueAt
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\d\d\.\d{3}/, '00')}`,
      );
      expect(unfolded).toContain('SUMMARY;LANGUAGE=en:Deposit should have arrived: Wang\\, Wei\\; Jr.');
      expect(unfolded).not.toContain('BEGIN:VALARM');
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

    describe('options: all-day deadlines, alarms, language and scope', () => {
      const M1 = '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2031年10月18日)使用原银行卡重新认证';
      const userId = (user: TestUser) => user.me?.user.id ?? '';
      const setLocale = (user: TestUser, locale: string) =>
        sql(kit.db.url, 'UPDATE "user" SET locale = $2 WHERE id = $1', [userId(user), locale]);
      const subscribe = async (user: TestUser, options: CalendarTokenRequest) => {
        const created = await user.post('/api/calendar/token', options);
        expect(created.status).toBe(201);
        return created.json<CalendarTokenResponse>().url;
      };
      const read = async (url: string) => {
        const { pathname, search } = new URL(url);
        const response = await kit.app.inject({ method: 'GET', url: pathname + search });
        expect(response.statusCode).toBe(200);
        return parsedEvents(response.body);
      };
      const names = async (url: string) =>
        [...new Set((await read(url)).map((event) => event.summary.split(': ')[1]))].sort();

      it('gives date-only deadlines whole days, rings the chosen alarm and speaks the user’s language', async () => {
        const boss = await signUp(kit.app, { kind: 'AGENCY' });
        const helper = await addMember(kit, boss, 'HELPER');
        // A card check failed: the same card is allowed again from 18 October (Alipay's date); the visa expires
        // on 1 July, so its warning falls 30 days before, on 1 June. A second case waits for the deposit.
        const rejected = await createCase(
          boss,
          (await createClient(boss, { passportName: 'Li Lei', visaExpiry: '2031-07-01' })).id,
          { assigneeId: userId(boss) },
        );
        const submitted = await move(boss, rejected, 'submit');
        const applied = await boss.post(`/api/cases/${rejected.id}/apply-message`, {
          text: M1,
          version: submitted.version,
        });
        expect(applied.status).toBe(200);
        const waiting = await createCase(boss, (await createClient(boss, { passportName: 'Han Meimei' })).id, {
          assigneeId: userId(boss),
        });
        await move(boss, waiting, 'submit');
        const [deposit] = await sql<{ dueAt: Date }>(
          kit.db.url,
          `SELECT "dueAt" FROM "reminder" WHERE "caseId" = $1 AND kind = 'DEPOSIT_EXPECTED'`,
          [waiting.id],
        );

        await setLocale(boss, 'zh');
        const zh = await read(await subscribe(boss, { alarm: 'DAY_BEFORE_9', scope: 'MINE' }));
        const retry = zh.find((event) => event.summary === '原银行卡可重新认证: Li Lei');
        expect(retry?.start.isDate).toBe(true);
        expect(retry?.start.toString()).toBe('2031-10-18');
        expect(retry?.end.isDate).toBe(true);
        expect(retry?.end.toString()).toBe('2031-10-19');
        expect(retry?.language).toBe('zh-CN');
        expect(retry?.description).toContain('2031-10-18 起可撤销本次认证后使用原银行卡重新认证');
        expect(retry?.url).toBe(`https://waiji.example.test/cases/${rejected.id}`);
        // 15 hours before the day's midnight: 9:00 the day before, in whatever zone the reader is
        expect(retry?.alarms.map((alarm) => [alarm.action, alarm.trigger.toString()])).toEqual([['DISPLAY', '-PT15H']]);
        const visa = zh.find((event) => event.summary === '证件即将到期: Li Lei');
        expect([visa?.start.isDate, visa?.start.toString(), visa?.end.toString()]).toEqual([
          true,
          '2031-06-01',
          '2031-06-02',
        ]);
        expect(visa?.description).toContain('签证将于 2031-07-01 到期');
        // A deposit is due at a moment: a timed event whose alarm rings at 9:00 Beijing time the day before.
        const expected = zh.find((event) => event.summary === '打款应已到账: Han Meimei');
        expect(expected?.start.isDate).toBe(false);
        const dueMinute = Math.floor((deposit?.dueAt.getTime() ?? 0) / 60_000) * 60_000;
        expect(expected?.start.toJSDate().getTime()).toBe(dueMinute);
        const trigger = expected?.alarms[0]?.trigger;
        const rings = new Date(dueMinute + (trigger?.toSeconds() ?? 0) * 1000);
        const dayBefore = new Date(dueMinute - 86_400_000);
        expect(wallClock(rings, 'Asia/Shanghai')).toBe(`${wallClock(dayBefore, 'Asia/Shanghai').slice(0, 10)} 09:00`);

        // The same boss in English, with the alarm at the time; the helper's language is their own.
        await setLocale(boss, 'en');
        const en = await read(await subscribe(boss, { alarm: 'AT_TIME', scope: 'MINE' }));
        expect(en.map((event) => event.summary).sort()).toEqual([
          'Deposit overdue: Han Meimei',
          'Deposit should have arrived: Han Meimei',
          'Document expiring: Li Lei',
          'Same card allowed again: Li Lei',
        ]);
        expect(en.every((event) => event.language === 'en')).toBe(true);
        const retryEn = en.find((event) => event.summary.startsWith('Same card'));
        expect(retryEn?.alarms[0]?.trigger.toString()).toBe('PT9H');
        expect(en.find((event) => event.summary.startsWith('Deposit'))?.alarms[0]?.trigger.toSeconds()).toBe(0);
        const noAlarm = await read(await subscribe(boss, { alarm: 'NONE', scope: 'MINE' }));
        expect(noAlarm.flatMap((event) => event.alarms)).toEqual([]);
        expect((await read(await subscribe(helper, { alarm: 'HOUR_BEFORE', scope: 'MINE' }))).length).toBe(0);
      });

      it('holds my cases, my team’s (mine and unassigned) or, for owners and admins, the whole organization', async () => {
        const boss = await signUp(kit.app, { kind: 'AGENCY' });
        const helper = await addMember(kit, boss, 'HELPER');
        const admin = await addMember(kit, boss, 'ADMIN');
        expect((await boss.get('/api/calendar/token')).json<CalendarStatusResponse>().assignedCases).toBe(0);
        const open = async (name: string, assignee: TestUser | null) => {
          const opened = await createCase(boss, (await createClient(boss, { passportName: name })).id, {
            ...(assignee ? { assigneeId: userId(assignee) } : {}),
          });
          return move(boss, opened, 'submit');
        };
        await open('Boss Case', boss);
        await open('Helper Case', helper);
        await open('Nobody Case', null);
        const archived = await open('Archived Case', boss);
        await boss.post(`/api/cases/${archived.id}/archive`);
        const stranger = await signUp(kit.app, { kind: 'AGENCY' });
        await move(
          stranger,
          await createCase(stranger, (await createClient(stranger, { passportName: 'Foreign' })).id),
          'submit',
        );

        expect((await boss.get('/api/calendar/token')).json<CalendarStatusResponse>().assignedCases).toBe(1);
        expect(await names(await subscribe(boss, { scope: 'MINE' }))).toEqual(['Boss Case']);
        expect(await names(await subscribe(boss, { scope: 'TEAM' }))).toEqual(['Boss Case', 'Nobody Case']);
        const organization = await subscribe(boss, { scope: 'ORGANIZATION' });
        expect(organization).toMatch(/\?alarm=NONE&scope=ORGANIZATION$/);
        expect(await names(organization)).toEqual(['Boss Case', 'Helper Case', 'Nobody Case']);
        expect(await names(await subscribe(admin, { scope: 'ORGANIZATION' }))).toEqual([
          'Boss Case',
          'Helper Case',
          'Nobody Case',
        ]);

        // A helper may not choose the whole organization; an address edited by hand reads as their team.
        const refused = await helper.post('/api/calendar/token', { scope: 'ORGANIZATION' });
        expect(refused.status).toBe(403);
        expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
        expect(await names(await subscribe(helper, { scope: 'MINE' }))).toEqual(['Helper Case']);
        const team = await subscribe(helper, { scope: 'TEAM' });
        expect(await names(team)).toEqual(['Helper Case', 'Nobody Case']);
        expect(await names(team.replace('scope=TEAM', 'scope=ORGANIZATION'))).toEqual(['Helper Case', 'Nobody Case']);
        // An admin demoted to helper keeps the address, which now reads as their team.
        const adminFeed = await subscribe(admin, { scope: 'ORGANIZATION' });
        await sql(kit.db.url, `UPDATE "membership" SET role = 'HELPER' WHERE "userId" = $1`, [userId(admin)]);
        expect(await names(adminFeed)).toEqual(['Nobody Case']);

        // Options are validated; a calendar app's own parameters are ignored.
        const { pathname } = new URL(team);
        for (const query of ['?alarm=LOUD', '?scope=EVERYONE', '?alarm=']) {
          const bad = await kit.app.inject({ method: 'GET', url: pathname + query });
          expect([bad.statusCode, bad.json()]).toEqual([400, expect.objectContaining({ error: expect.anything() })]);
        }
        const extra = await kit.app.inject({ method: 'GET', url: `${pathname}?scope=TEAM&x-apple-refresh=1` });
        expect(extra.statusCode).toBe(200);
        expect((await helper.post('/api/calendar/token', { alarm: 'LOUD' })).status).toBe(400);
        expect((await helper.post('/api/calendar/token', { scope: 'TEAM', extra: 1 })).status).toBe(400);
      });

      it('gives a client their own case’s reminders meant for clients, in their language, with a portal link', async () => {
        const boss = await signUp(kit.app, { kind: 'AGENCY' });
        const mine = await createClient(boss, { passportName: 'Zhang San' });
        const bankCase = await move(boss, await createCase(boss, mine.id), 'submit');
        // An appeal's review reminder is for helpers only.
        await move(boss, await createCase(boss, mine.id, { type: 'RESTRICTION_APPEAL' }), 'submit');
        await move(
          boss,
          await createCase(boss, (await createClient(boss, { passportName: 'Other Person' })).id),
          'submit',
        );
        const client = await addMember(kit, boss, 'CLIENT', mine.id);
        await setLocale(client, 'zh');

        expect((await client.get('/api/calendar/token')).json()).toEqual({ active: false, assignedCases: 0 });
        expect((await client.post('/api/calendar/token', { scope: 'TEAM' })).status).toBe(403);
        const url = await subscribe(client, { alarm: 'HOUR_BEFORE' });
        expect(url).toMatch(/\.ics\?alarm=HOUR_BEFORE$/);
        const events = await read(url);
        expect(events.map((event) => [event.summary, event.language, event.url])).toEqual([
          ['打款应已到账: Zhang San', 'zh-CN', `https://waiji.example.test/portal/cases/${bankCase.id}`],
        ]);
        expect(events[0]?.description).toContain('不足 1 元的打款应在');
        expect(events[0]?.alarms[0]?.trigger.toString()).toBe('-PT1H');
        // Whatever scope the address is given, a client's feed stays their own case.
        expect((await read(`${url}&scope=ORGANIZATION`)).map((event) => event.summary)).toEqual([
          '打款应已到账: Zhang San',
        ]);
        // A client who reads Korean: the deadline and the case in Korean, the calendar tagged ko (issue 22).
        await setLocale(client, 'ko');
        const korean = await read(url);
        expect(korean.map((event) => [event.summary, event.language])).toEqual([
          ['소액 입금 도착 예정: Zhang San', 'ko'],
        ]);
        expect(korean[0]?.description).toContain('중국 본토 은행 카드로 실명 인증');
        expect((await client.delete('/api/calendar/token')).status).toBe(204);
        const gone = await kit.app.inject({ method: 'GET', url: new URL(url).pathname });
        expect(gone.statusCode).toBe(404);
      });
    });

    it('writes alarm offsets as exact RFC 5545 durations', () => {
      expect([-900, 540, -90, 0, -60, -1800, 5].map(icsDuration)).toEqual([
        '-PT15H',
        'PT9H',
        '-PT1H30M',
        'PT0S',
        '-PT1H',
        '-PT30H',
        'PT5M',
      ]);
    });

    it('escapes and folds text as RFC 5545 says, never splitting a character', () => {
      expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
      const folded = foldLine(`DESCRIPTION:${'签证'.repeat(40)}`);
      for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'签证'.repeat(40)}`);
    });
  });
});
