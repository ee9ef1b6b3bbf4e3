import { Global, Module } from '@nestjs/common';
import { DatabasePool, PrismaService } from './prisma.service';
import { TenantDatabase } from './tenant-database';

@Global()
@Module({
  providers: [DatabasePool, PrismaService, TenantDatabase],
  exports: [DatabasePool, PrismaService, TenantDatabase],
})
export class DatabaseModule {}
