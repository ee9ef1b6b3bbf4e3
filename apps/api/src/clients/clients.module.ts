import { Module } from '@nestjs/common';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';
import { PassportCipher } from './passport-cipher';

@Module({
  controllers: [ClientsController],
  providers: [ClientsService, PassportCipher],
  exports: [ClientsService, PassportCipher],
})
export class ClientsModule {}
