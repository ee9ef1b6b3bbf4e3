import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from '../generated/prisma/client';
import { CONFIG, type Config } from '../config/config';
import { JoiningPg } from './prisma-join';

/** One pg pool for the process; Prisma runs on it through the driver adapter, raw SQL uses it directly. */
@Injectable()
export class DatabasePool extends Pool implements OnModuleDestroy {
  constructor(@Inject(CONFIG) config: Config) {
    super({
      connectionString: config.databaseUrl,
      max: config.databasePoolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // A dropped idle connection must not crash the process; the next query gets a fresh one.
    this.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.end();
  }
}

/** Prisma on the pool, used only through TenantDatabase: its queries join the transactions TenantDatabase opens. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(pool: DatabasePool) {
    super({ adapter: new JoiningPg(new PrismaPg(pool)) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
