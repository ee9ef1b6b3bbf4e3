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
    // A checked-out client has no pool listener: without ours, a server that drops the connection between two
    // queries (a database restart) would emit an unhandled 'error' and kill the process. The next query fails.
    let broken: unknown;
    const onError = (error: unknown) => {
      broken = error;
    };
    client.on('error', onError);
    let clean = false;
    try {
      await client.query('SET ROLE waiji_system');
      const result = await work(client);
      await client.query('RESET ROLE');
      clean = true;
      return result;
    } finally {
      client.off('error', onError);
      client.release(clean && broken === undefined ? undefined : true);
    }
  }
}
