import { Module } from '@nestjs/common';
import { PolicyController } from './policy.controller';
import { PolicyService } from './policy.service';
import { ReminderDispatcher } from './reminder-dispatcher.service';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  controllers: [RemindersController, PolicyController],
  providers: [RemindersService, PolicyService, ReminderDispatcher],
  exports: [ReminderDispatcher],
})
export class RemindersModule {}
