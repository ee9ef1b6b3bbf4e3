import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import pinoPretty from 'pino-pretty';
import { ZodValidationPipe } from 'nestjs-zod';
import { CONFIG, type Config } from './config/config';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { ErrorFilter } from './common/error.filter';
import { requestLogUrl } from './common/log-url';
import { AuthModule } from './auth/auth.module';
import { AccountSecurityModule } from './account-security/account-security.module';
import { MailModule } from './mail/mail.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { ClientsModule } from './clients/clients.module';
import { CasesModule } from './cases/cases.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { AuditModule } from './audit/audit.module';
import { ReportsModule } from './reports/reports.module';
import { ConversationsModule } from './conversations/conversations.module';
import { OcrModule } from './ocr/ocr.module';
import { InboundMailModule } from './inbound-mail/inbound-mail.module';
import { ApiTokensModule } from './api-tokens/api-tokens.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { DocumentsModule } from './documents/documents.module';

@Module({})
export class AppModule {
  /** `logDestination`: where request logs go instead of stdout (tests read what the log keeps). */
  static forRoot(config: Config, logDestination?: DestinationStream): DynamicModule {
    // Pretty logs (development) are formatted in this thread: pino's `transport` would start a worker thread per
    // logger, and nestjs-pino makes two (its own and the request logger's) — ~30 MB of idle RSS and a slower start.
    const destination =
      logDestination ??
      (config.logFormat === 'pretty' ? pinoPretty({ singleLine: true, translateTime: 'SYS:HH:MM:ss' }) : undefined);
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: destination ? [requestLogOptions(config), destination] : requestLogOptions(config),
        }),
        DatabaseModule,
        MailModule,
        SchedulerModule,
        AuthModule,
        AccountSecurityModule,
        ClientsModule,
        CasesModule,
        OrganizationsModule,
        AuditModule,
        ReportsModule,
        ConversationsModule,
        DocumentsModule,
        OcrModule,
        InboundMailModule,
        ApiTokensModule,
        WebhooksModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [CONFIG],
    };
  }
}

function requestLogOptions(config: Config): Options {
  return {
    level: config.logLevel,
    redact: [
      'req.headers.cookie',
      'req.headers.authorization',
      'req.headers["x-csrf-token"]',
      'req.headers["x-dev-mail-token"]',
    ],
    autoLogging: { ignore: (req) => req.url === '/api/health' },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: requestLogUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
