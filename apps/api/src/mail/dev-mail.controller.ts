import { Controller, Get, Headers, Inject, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CONFIG, type Config } from '../config/config';
import { ApiError } from '../common/api-error';
import { Public } from '../auth/auth.decorators';
import { safeEqual } from '../auth/tokens';
import { MailService } from './mail.service';

/**
 * Development only: the mail the in-process SMTP capture received. It holds password-reset and invitation links,
 * so it answers only a request from this machine (the socket's address, never X-Forwarded-For) that carries the
 * token printed at start-up; anything else gets the same 404 as in production.
 */
@ApiExcludeController()
@Controller('dev/mail')
export class DevMailController {
  constructor(
    private readonly mail: MailService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Public()
  @Get()
  list(
    @Req() request: FastifyRequest,
    @Query('token') queryToken?: string,
    @Headers('x-dev-mail-token') headerToken?: string,
  ) {
    const expected = this.config.devMailToken;
    const given = headerToken ?? queryToken;
    if (
      !expected ||
      !this.mail.capture ||
      !isLoopback(request.raw.socket.remoteAddress) ||
      typeof given !== 'string' ||
      !safeEqual(given, expected)
    ) {
      throw new ApiError('NOT_FOUND', 'Not found');
    }
    return { messages: this.mail.capture.list() };
  }
}

function isLoopback(address: string | undefined): boolean {
  return (
    address !== undefined && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
  );
}
