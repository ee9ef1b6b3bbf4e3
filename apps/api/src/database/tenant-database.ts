import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from './prisma.service';

export type Tx = Prisma.TransactionClient;

export type TenantScope = { organizationId: string };

type TxOptions = { timeout?: number; maxWait?: number; isolationLevel?: Prisma.TransactionIsolationLevel };

/**
 * The only way to reach tenant tables. `run` opens one transaction as `waiji_app` bound to an organization, so
 * row-level security filters every tenant table even if a query forgets its `where`; `system` is for work that
 * crosses organizations by design (scheduler claims, login, invitation tokens) and runs as `waiji_system`.
 */
@Injectable()
export class TenantDatabase {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(scope: TenantScope, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('role', 'waiji_app', true), set_config('app.org_id', ${scope.organizationId}, true)`;
      return work(tx);
    }, options);
  }

  system<T>(work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('role', 'waiji_system', true)`;
      return work(tx);
    }, options);
  }
}
