import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module';
import { ReviewAccessModule } from '../review-access/review-access.module';
import { PeerGroupInvitationsController } from './peer-group-invitations.controller';
import { PeerGroupInvitationsService } from './peer-group-invitations.service';
import { PeerGroupReviewInvitationsService } from './peer-group-review-invitations.service';
import { PeerGroupRoundsReadModel } from './peer-group-rounds.read-model';
import { PeerGroupsController } from './peer-groups.controller';
import { PeerGroupsRepository } from './peer-groups.repository';
import { PeerGroupsService } from './peer-groups.service';

@Module({
  imports: [OrganisationsModule, ReviewAccessModule],
  controllers: [PeerGroupInvitationsController, PeerGroupsController],
  providers: [
    PeerGroupInvitationsService,
    PeerGroupReviewInvitationsService,
    PeerGroupRoundsReadModel,
    PeerGroupsRepository,
    PeerGroupsService,
  ],
})
export class PeerGroupsModule {}
