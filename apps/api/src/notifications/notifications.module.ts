import { Module } from '@nestjs/common';
import { DigestService } from './digest.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, DigestService],
  exports: [DigestService],
})
export class NotificationsModule {}
