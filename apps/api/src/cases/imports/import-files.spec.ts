import type { ImportJobResponse } from '@waiji/contract';
import { createCase, createClient, move, signUp, sql, type TestUser, useTestApp } from '../../testing/kit';

jest.setTimeout(120_000);

/**
 * Files people write: in the interface's own words (English or Chinese), edited exports, the template. Each goes
 * through the real upload → dry run → commit on the real PostgreSQL.
 */

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

type ClientRow = {
  externalRef: string;
  passportName: string;
  birthDate: string | null;
  phone: string | null;
  preferredLanguage: string;
};
type CaseRow = {
  externalRef: string;
  type: string;
  bank: string | null;
  cardLast4: string | null;
  tags: string[];
  priority: string;
};

describe('imports: files in the interface’s words, the template, and an export imported again', () => {
  const kit = useTestApp();

  const upload = (user: TestUser, text: string, query = '') =>
    user.request('POST', `/api/imports?fileName=people.csv${query}`, text, { 'content-type': 'text/csv' });
  const dryRun = async (user: TestUser, text: string, query = '') => {
    const response = await upload(user, text, query);
    expect(response.status).toBe(201);
    return response.json<ImportJobResponse>();
  };
  const commit = async (user: TestUser, job: ImportJobResponse) => {
    const response = await user.post(`/api/imports/${job.id}/commit`, { skipInvalid: job.errorCount > 0 });
    expect(response.status).toBe(200);
    return response.json<ImportJobResponse>();
  };

  const clients = (user: TestUser) =>
    sql<ClientRow>(
      kit.db.url,
      `SELECT "externalRef", "passportName", to_char("birthDate", 'YYYY-MM-DD') AS "birthDate", phone, "preferredLanguage"
       FROM "client" WHERE "organizationId" = $1 ORDER BY "externalRef"`,
      [user.organizationId],
    );
  const cases = (user: TestUser) =>
    sql<CaseRow>(
      kit.db.url,
      `SELECT cl."externalRef", c.type, c.bank, c."cardLast4", c.tags, c.priority
       FROM "case" c JOIN "client" cl ON cl.id = c."clientId" WHERE c."organizationId" = $1 ORDER BY cl."externalRef", c.type`,
      [user.organizationId],
    );

  it('reads a CSV written in the English labels of the interface: types, banks, languages, dates, phones, comma tags', async () => {
    const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
    const job = await dryRun(
      org,
      csv([
        'Reference,Name on passport,Date of birth,Phone,Language,Case type,Bank,Card last 4,Tags,Priority',
        'S-1,Anna Schmidt,2001-02-03,138 0013 8000,English,Bank card,Bank of China,0042,"cohort-2026, exchange",High',
        'S-2,Ben Okafor,13/02/2000,+86 139-0000-0001,Chinese,passport in app,,,cohort-2026; scholarship,Urgent',
        'S-3,Chen Jie,1.3.1999,0049 30 1234 567,en,Restriction appeal,,,,normal',
        'S-4,Dana Levi,"March 4, 1998",,,Bank card,ICBC,7,cohort-2026,',
      ]),
    );
    expect(job).toMatchObject({ status: 'VALIDATED', totalRows: 4, validRows: 4, errorCount: 0, errors: [] });
    expect(await commit(org, job)).toMatchObject({ status: 'COMPLETED', createdRows: 4 });
    expect(await clients(org)).toEqual([
      {
        externalRef: 'S-1',
        passportName: 'Anna Schmidt',
        birthDate: '2001-02-03',
        phone: '+86 138 0013 8000',
        preferredLanguage: 'en',
      },
      {
        externalRef: 'S-2',
        passportName: 'Ben Okafor',
        birthDate: '2000-02-13',
        phone: '+86 139 0000 0001',
        preferredLanguage: 'zh',
      },
      {
        externalRef: 'S-3',
        passportName: 'Chen Jie',
        birthDate: '1999-03-01',
        phone: '+49 30 1234 567',
        preferredLanguage: 'en',
      },
      { externalRef: 'S-4', passportName: 'Dana Levi', birthDate: '1998-03-04', phone: null, preferredLanguage: 'en' },
    ]);
    expect(await cases(org)).toEqual([
      {
        externalRef: 'S-1',
        type: 'BANK_CARD_VERIFICATION',
        bank: 'BOC',
        cardLast4: '0042',
        tags: ['cohort-2026', 'exchange'],
        priority: 'HIGH',
      },
      {
        externalRef: 'S-2',
        type: 'APP_PASSPORT_VERIFICATION',
        bank: null,
        cardLast4: null,
        tags: ['cohort-2026', 'scholarship'],
        priority: 'URGENT',
      },
      { externalRef: 'S-3', type: 'RESTRICTION_APPEAL', bank: null, cardLast4: null, tags: [], priority: 'NORMAL' },
      // the zeros a spreadsheet drops from 0007 come back
      {
        externalRef: 'S-4',
        type: 'BANK_CARD_VERIFICATION',
        bank: 'ICBC',
        cardLast4: '0007',
        tags: ['cohort-2026'],
        priority: 'NORMAL',
      },
    ]);
  });

  it('reads a CSV written in the Chinese labels, separated by semicolons as Excel writes it in many regions', async () => {
    const org = await signUp(kit.app, { kind: 'AGENCY' });
    const job = await dryRun(
      org,
      csv([
        '编号;护照姓名;出生日期;电话;语言;案件类型;银行;卡号后四位;标签;优先级',
        'Z-1;王小明;2001年3月1日;138-0013-8000;中文;银行卡;中国银行;1234;一组，交换;紧急',
        'Z-2;李华;2000/12/31;;英文;账户限制申诉;;;一组；奖学金;普通',
        'Z-3;张伟;2002.05.06;;;App 护照认证;;;;',
      ]),
      '&lang=zh',
    );
    expect(job).toMatchObject({ validRows: 3, errorCount: 0 });
    await commit(org, job);
    expect((await clients(org)).map((c) => [c.externalRef, c.birthDate, c.phone, c.preferredLanguage])).toEqual([
      ['Z-1', '2001-03-01', '+86 138 0013 8000', 'zh'],
      ['Z-2', '2000-12-31', null, 'en'],
      ['Z-3', '2002-05-06', null, 'en'],
    ]);
    expect((await cases(org)).map((c) => [c.externalRef, c.type, c.bank, c.tags, c.priority])).toEqual([
      ['Z-1', 'BANK_CARD_VERIFICATION', 'BOC', ['一组', '交换'], 'URGENT'],
      ['Z-2', 'RESTRICTION_APPEAL', null, ['一组', '奖学金'], 'NORMAL'],
      ['Z-3', 'APP_PASSPORT_VERIFICATION', null, [], 'NORMAL'],
    ]);
  });

  it('words each problem with its row, column and value and a "did you mean"; the headline counts rows', async () => {
    const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
    const file = csv([
      'Reference,Name on passport,Date of birth,Case type,Bank,Language',
      'S-1,Anna Schmidt,2001-02-03,Bank card,Bank of Chna,Englsh',
      'S-2,Ben Okafor,3/4/2000,Bank card,BOC,',
      'S-3,Chen Jie,,Bank crad,,',
      'S-4,Dana Levi,,Bank card,招行,',
    ]);
    const job = await dryRun(org, file);
    // 3 rows with problems, 4 problems
    expect(job).toMatchObject({ totalRows: 4, validRows: 1, errorCount: 3 });
    expect(job.errors.map((error) => error.message)).toEqual([
      "Row 2, column 'Bank': 'Bank of Chna' is not a bank we know — did you mean 'Bank of China'?",
      "Row 2, column 'Language': 'Englsh' is not a language Waiji writes to clients in (English, Chinese, Korean, Russian, Japanese, Thai, Indonesian, Spanish, French, German, Arabic) — did you mean 'English'?",
      "Row 3, column 'Date of birth': '3/4/2000' could be 2000-04-03 or 2000-03-04; write it as YYYY-MM-DD",
      "Row 4, column 'Case type': 'Bank crad' is not a case type we know — did you mean 'Bank card'?",
    ]);
    expect(job.errors[0]).toMatchObject({ row: 2, field: 'bank', column: 'Bank', suggestion: 'Bank of China' });
    // The same file from a browser with a day-first regional format reads 3/4/2000 as 3 April; in Chinese words
    const zh = await dryRun(org, file, '&lang=zh&dateOrder=DMY');
    expect(zh).toMatchObject({ validRows: 2, errorCount: 2 });
    expect(zh.errors[0]?.message).toBe('第 2 行，“Bank”列：“Bank of Chna”不是已知的银行——是不是“Bank of China”？');
  });

  it.each(['en', 'zh'] as const)(
    'the template (%s) opens in Excel (BOM, CSV) and imports as it is: the example row, its notes skipped',
    async (lang) => {
      const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
      const template = await org.get(`/api/imports/template.csv?lang=${lang}`);
      expect(template.status).toBe(200);
      expect(template.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(template.headers['content-disposition']).toContain('attachment; filename="waiji-import-template');
      expect(
        template.text.startsWith(lang === 'en' ? '\uFEFFReference,Name on passport,' : '\uFEFF编号,护照姓名,'),
      ).toBe(true);
      // the allowed values, one column per row
      expect(template.text).toContain(lang === 'en' ? '# Case type,' : '# 案件类型,');
      expect(template.text).toContain(
        lang === 'en' ? 'Bank card,In-app passport,Restriction appeal' : '银行卡认证,App 护照认证,限制申诉',
      );
      expect(template.text).toContain(lang === 'en' ? 'Bank of China (BOC)' : '中国银行 (BOC)');

      const job = await dryRun(org, template.text, `&lang=${lang}`);
      expect(job).toMatchObject({ totalRows: 1, validRows: 1, errorCount: 0, errors: [] });
      await commit(org, job);
      expect(await cases(org)).toEqual([
        {
          externalRef: 'STU-0001',
          type: 'BANK_CARD_VERIFICATION',
          bank: 'BOC',
          cardLast4: '0042',
          tags: ['cohort-2026', 'exchange'],
          priority: 'HIGH',
        },
      ]);
    },
  );

  describe('export → re-import', () => {
    /** Every row of the organization's clients and cases, and how many events, checklist items and reminders. */
    const snapshot = async (user: TestUser) => ({
      clients: await sql(kit.db.url, 'SELECT * FROM "client" WHERE "organizationId" = $1 ORDER BY id', [
        user.organizationId,
      ]),
      cases: await sql(kit.db.url, 'SELECT * FROM "case" WHERE "organizationId" = $1 ORDER BY id', [
        user.organizationId,
      ]),
      counts: await sql(
        kit.db.url,
        `SELECT (SELECT count(*)::int FROM "case_event" WHERE "organizationId" = $1) AS events,
                (SELECT count(*)::int FROM "checklist_item" WHERE "organizationId" = $1) AS checklist,
                (SELECT count(*)::int FROM "reminder" WHERE "organizationId" = $1) AS reminders`,
        [user.organizationId],
      ),
    });

    /** A world an export must carry: imported and hand-made clients, a client with two cases, an archived case. */
    const arrange = async () => {
      const org = await signUp(kit.app, { kind: 'AGENCY' });
      const imported = await dryRun(
        org,
        csv([
          'Reference,Name on passport,Name at the bank,Nationality,Date of birth,Passport number,Passport expires,Visa type,Visa expires,Phone,Email,Language,Case type,Bank,Card last 4,Tags,Priority',
          'S-1,"Kim, Min-jun",KIM MINJUN,Korea,2001-02-03,M12345678,2031-01-01,X1,2027-06-30,138 0013 8000,kim@example.test,Chinese,Bank card,ICBC,0042,"cohort-2026, exchange",High',
          'S-1,"Kim, Min-jun",KIM MINJUN,Korea,2001-02-03,M12345678,2031-01-01,X1,2027-06-30,138 0013 8000,kim@example.test,Chinese,Restriction appeal,,,,Urgent',
          'S-2,=Lena Vogel,,,,,,,,+49 30 1234 567,,,In-app passport,,,,',
        ]),
      );
      expect(imported.errorCount).toBe(0);
      await commit(org, imported);
      const byHand = await createClient(org, { passportName: 'Hand Made', phone: '13900000001' });
      const handCase = await createCase(org, byHand.id, { type: 'RESTRICTION_APPEAL', tags: ['walk-in'] });
      await move(org, handCase, 'submit');
      const archived = await createCase(org, byHand.id, { type: 'BANK_CARD_VERIFICATION', cardLast4: '0007' });
      expect((await org.post(`/api/cases/${archived.id}/archive`)).status).toBe(200);
      // the same type again, open: the archived one must not be taken for it, nor it for the archived one
      await createCase(org, byHand.id, { type: 'BANK_CARD_VERIFICATION', bank: 'CMB' });
      // an archived case alone of its type: only its Case ID keeps a re-import from opening a new one
      const [lena] = await sql<{ id: string }>(
        kit.db.url,
        `SELECT c.id FROM "case" c JOIN "client" cl ON cl.id = c."clientId" WHERE cl."externalRef" = 'S-2' AND c."organizationId" = $1`,
        [org.organizationId],
      );
      expect((await org.post(`/api/cases/${lena?.id ?? ''}/archive`)).status).toBe(200);
      return org;
    };

    it.each(['en', 'zh'] as const)(
      'an export (%s) imported again changes nothing: same rows, no events, no warnings',
      async (lang) => {
        const org = await arrange();
        const before = await snapshot(org);
        const exported = await org.get(`/api/cases/export.csv?archived=include&lang=${lang}`);
        expect(exported.status).toBe(200);
        expect(exported.text.trim().split('\r\n')).toHaveLength(1 + 6);

        const job = await dryRun(org, exported.text, `&lang=${lang}`);
        expect(job).toMatchObject({ totalRows: 6, validRows: 6, errorCount: 0, errors: [], warnings: [] });
        expect(await commit(org, job)).toMatchObject({ status: 'COMPLETED', createdRows: 0, skippedRows: 6 });
        expect(await snapshot(org)).toEqual(before);
      },
    );

    it('an export edited as Excel saves it (dates day-first, zeros dropped, notes added) still changes nothing; a row added to it is created', async () => {
      const org = await arrange();
      const before = await snapshot(org);
      const exported = (await org.get('/api/cases/export.csv?archived=include')).text;
      const edited = exported
        .replace(
          /(\d{4})-(\d{2})-(\d{2})(?= \d{2}:\d{2}|,)/g,
          (_all, y: string, m: string, d: string) => `${Number(d)}/${Number(m)}/${y}`,
        )
        .replace(/,0042,/g, ',42,');
      expect(edited).toContain(',3/2/2001,');
      const job = await dryRun(org, edited, '&dateOrder=DMY');
      expect(job).toMatchObject({ validRows: 6, errorCount: 0 });
      expect(await commit(org, job)).toMatchObject({ createdRows: 0 });
      expect(await snapshot(org)).toEqual(before);

      const added = `${exported}S-9,New Person,,,,,,,,,,,Bank card,Bank of China,1111,added,,,,,,,,,,,\r\n`;
      const more = await dryRun(org, added);
      expect(more).toMatchObject({ validRows: 7, errorCount: 0 });
      expect(await commit(org, more)).toMatchObject({ createdRows: 1, skippedRows: 6 });
      const after = await snapshot(org);
      expect(after.clients).toHaveLength(before.clients.length + 1);
      expect(after.cases).toHaveLength(before.cases.length + 1);
      expect(after.clients.filter((client) => before.clients.some((old) => old['id'] === client['id']))).toEqual(
        before.clients,
      );
    });

    it('a Client ID of another organization is refused unless the row has a Reference to create the client by', async () => {
      const org = await arrange();
      const exported = (await org.get('/api/cases/export.csv?archived=include')).text;
      const other = await signUp(kit.app, { kind: 'AGENCY' });
      const job = await dryRun(other, exported);
      // the imported client (S-1, S-2) comes in by its Reference; the hand-made one has none
      expect(job).toMatchObject({ totalRows: 6, validRows: 3, errorCount: 3 });
      expect(job.errors.map((error) => [error.row, error.field])).toEqual([
        [expect.any(Number), 'clientId'],
        [expect.any(Number), 'clientId'],
        [expect.any(Number), 'clientId'],
      ]);
      expect(job.errors[0]?.message).toMatch(
        /^Row \d, column 'Client ID': '[0-9a-f-]{36}' is not a client of this organization \(deleted, or the file comes from another one\); give a Reference to add them as a new client$/,
      );
      expect(await commit(other, job)).toMatchObject({ createdRows: 3 });
      expect((await clients(other)).map((c) => c.externalRef)).toEqual(['S-1', 'S-2']);
    });
  });
});
