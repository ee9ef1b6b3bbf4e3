import { Global, Module } from '@nestjs/common';
import { DatabasePool, PrismaService } from './prisma.service';

@Global()
@Module({ providers: [DatabasePool, PrismaService], exports: [DatabasePool, PrismaService] })
export class DatabaseModule {}
