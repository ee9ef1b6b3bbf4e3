import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DatabasePool } from '../database/prisma.service';

/**
 * Raw SQL as `waiji_system` on one pooled connection, for the scheduler's hot paths (claims, fan-out,
 * delivery) where Prisma's interactive transactions cost too many round trips. Each statement commits on its
 * own unless the caller opens a transaction. A connection that failed midway is destroyed, never reused
 * with the role still set.
 */
@Injectable()
export class SystemSql {
  constructor(private readonly pool: DatabasePool) {}

  async run<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let clean = false;
    try {
      await client.query('SET ROLE waiji_system');
      const result = await work(client);
      await client.query('RESET ROLE');
      clean = true;
      return result;
    } finally {
      client.release(clean ? undefined : true);
    }
  }
}
