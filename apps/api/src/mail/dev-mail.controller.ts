import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CONFIG, type Config } from '../config/config';
import { ApiError } from '../common/api-error';
import { Public } from '../auth/auth.decorators';
import { MailService } from './mail.service';

/** Development only: the mail the in-process SMTP capture received (never available in production). */
@ApiExcludeController()
@Controller('dev/mail')
export class DevMailController {
  constructor(
    private readonly mail: MailService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Public()
  @Get()
  list() {
    if (this.config.env === 'production' || !this.mail.capture) throw new ApiError('NOT_FOUND', 'Not found');
    return { messages: this.mail.capture.list() };
  }
}
