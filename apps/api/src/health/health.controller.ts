import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { HealthResponse } from '@waiji/contract';
import { DatabasePool } from '../database/prisma.service';
import { Public } from '../auth/auth.decorators';

const startedAt = Date.now();
const version = process.env['npm_package_version'] ?? '0.1.0';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly pool: DatabasePool) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability; 503 when the database is down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const db = (await this.databaseIsUp()) ? 'up' : 'down';
    if (db === 'down') reply.status(503);
    return {
      status: db === 'up' ? 'ok' : 'degraded',
      db,
      version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
  }

  private async databaseIsUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('health check timed out')), 2_000);
      });
      await Promise.race([this.pool.query('SELECT 1'), timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
