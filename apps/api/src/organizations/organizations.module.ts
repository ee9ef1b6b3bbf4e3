import { Module } from '@nestjs/common';
import { InvitationAcceptController } from './invitation-accept.controller';
import { InvitationAcceptService } from './invitation-accept.service';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { OrganizationController } from './organization.controller';
import { OrganizationService } from './organization.service';

@Module({
  controllers: [OrganizationController, InvitationAcceptController],
  providers: [OrganizationService, MembersService, InvitationsService, InvitationAcceptService],
})
export class OrganizationsModule {}
