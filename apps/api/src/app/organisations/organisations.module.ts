import { Module } from '@nestjs/common';

import { InvitationsService } from './invitations.service';
import { OrganisationController } from './organisation.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  controllers: [OrganisationController],
  providers: [InvitationsService, OrganisationsRepository, OrganisationsService],
  exports: [InvitationsService, OrganisationsService],
})
export class OrganisationsModule {}
