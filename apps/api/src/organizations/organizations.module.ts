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
  // The import invites the clients it created through the same bulk invitation.
  exports: [InvitationsService],
})
export class OrganizationsModule {}
