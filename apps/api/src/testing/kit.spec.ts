import { useTestApp, useTestDatabase } from './kit';

describe('the test kit', () => {
  const kit = useTestApp();
  const early = (() => {
    try {
      return String(kit.app);
    } catch (error) {
      return (error as Error).message;
    }
  })();

  it('says what went wrong when a part is read before its beforeAll ran', () => {
    expect(early).toMatch(/kit\.app was read before the kit's beforeAll ran/);
  });

  it('opens the app on its own database and says how to ask for a part it was not asked for', async () => {
    expect((await kit.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect(kit.db.name).toMatch(/^waiji_w/);
    expect(kit.mail.list()).toEqual([]);
    expect(() => kit.sql).toThrow(/kit\.sql is not there: ask for it with \{ sql: true \}/);
  });

  describe('a database-only kit', () => {
    const only = useTestDatabase({ sql: true });

    it('has no app of its own, but opens one on request', async () => {
      // Its type has no `app`; read anyway (from plain JS, or through a cast), it says what to use instead.
      expect(() => (only as typeof kit).app).toThrow(/useTestDatabase opens no app/);
      expect((await only.sql.query<{ n: number }>('SELECT 1 AS n')).rows).toEqual([{ n: 1 }]);
      const answer = await only.withApp(
        {},
        async (app) => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode,
      );
      expect(answer).toBe(200);
    });
  });
});
