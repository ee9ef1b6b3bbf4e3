import { healthResponse } from '@waiji/contract';
import { createTestApp, setDatabaseConnections, useTestApp } from '../testing/kit';

describe('GET /api/health', () => {
  const kit = useTestApp();

  it('answers 200 with db up while the database is reachable', async () => {
    const response = await kit.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = healthResponse.parse(response.json());
    expect(body).toMatchObject({ status: 'ok', db: 'up' });
  });

  it('answers 503 with db down while the database refuses connections, and recovers', async () => {
    await setDatabaseConnections(kit.db.name, false);
    try {
      const down = await kit.app.inject({ method: 'GET', url: '/api/health' });
      expect(down.statusCode).toBe(503);
      expect(healthResponse.parse(down.json())).toMatchObject({ status: 'degraded', db: 'down' });
    } finally {
      await setDatabaseConnections(kit.db.name, true);
    }
    const up = await kit.app.inject({ method: 'GET', url: '/api/health' });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ db: 'up' });
  });
});

describe('GET /api/health with no database at all', () => {
  it('answers 503 instead of failing', async () => {
    const app = await createTestApp('postgresql://nobody:nothing@127.0.0.1:1/none');
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'degraded', db: 'down' });
    } finally {
      await app.close();
    }
  });
});
