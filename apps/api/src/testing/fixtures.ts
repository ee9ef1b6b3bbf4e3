import { Client } from 'pg';

/**
 * Direct inserts for rows whose API belongs to other modules (or does not exist yet), run as waiji_system like any
 * cross-tenant job. Every text column carries the caller's marker so a leak of the row is visible in a response body.
 */
export async function withSystem<T>(databaseUrl: string, work: (sql: Client) => Promise<T>): Promise<T> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    await sql.query('BEGIN');
    await sql.query(`SELECT set_config('role', 'waiji_system', true)`);
    const result = await work(sql);
    await sql.query('COMMIT');
    return result;
  } catch (error) {
    await sql.query('ROLLBACK');
    throw error;
  } finally {
    await sql.end();
  }
}

export async function insertClient(databaseUrl: string, organizationId: string, marker: string): Promise<string> {
  return withSystem(databaseUrl, async (sql) => {
    const row = await sql.query<{ id: string }>(
      `INSERT INTO "client" ("organizationId", "passportName", "bankName", email, phone, "passportLast4", notes, "updatedAt")
       VALUES ($1, $2, $3, $4, '+86 138 0000 0000', '4321', $5, now()) RETURNING id`,
      [
        organizationId,
        `${marker} Passport Name`,
        `${marker} BANK NAME`,
        `${marker.toLowerCase()}@client.example`,
        `${marker} notes`,
      ],
    );
    return row.rows[0]?.id ?? '';
  });
}
