import {
  assertRoundAwaitingReview,
  isoDayIn,
  PeerGroupReviewerAlreadyInvited,
  PeerGroupReviewInvitation,
  PeerGroupReviewInvitations,
  peerReviewSchedule,
  scheduledReviewersOf,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { OrganisationsService } from '../organisations/organisations.service';
import { ReviewInvitationsService } from '../review-access/review-invitations.service';
import { AwaitingRoundRow, PeerGroupRoundsReadModel } from './peer-group-rounds.read-model';
import { PeerGroupMemberRow, PeerGroupsRepository } from './peer-groups.repository';
import { PeerGroupsService } from './peer-groups.service';

interface Reviewer {
  organisation: PeerGroupMemberRow;
  email: string;
}

/**
 * "Create the reciprocal invitations in one step". Joining a group means consenting to be
 * reviewed by its schedule, but each organisation issues the invitations for its own rounds: the
 * quality officer of the reviewed organisation presses the button, and only its own round awaiting
 * review is shared. Every quality officer of this cycle's reviewing organisation is invited through
 * the review-access context (same hashing, logging and round events), tagged with the group.
 * Addresses with a pending or accepted invitation for the round are not invited again.
 */
@Injectable()
export class PeerGroupReviewInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PeerGroupsRepository,
    private readonly rounds: PeerGroupRoundsReadModel,
    private readonly groups: PeerGroupsService,
    private readonly organisations: OrganisationsService,
    private readonly reviewInvitations: ReviewInvitationsService,
    private readonly clock: Clock,
  ) {}

  inviteScheduledReviewers(actor: Actor, groupId: string): Promise<PeerGroupReviewInvitations> {
    return this.dataSource.transaction(async (manager) => {
      // The group lock makes a second press wait for the first and then find its invitations.
      const { group, members } = await this.groups.lockMembership(
        manager,
        actor.organisationId,
        groupId,
      );
      const schedule = peerReviewSchedule(members.map((member) => member.organisationId));
      const pairs = scheduledReviewersOf(schedule, actor.organisationId);
      const today = isoDayIn(this.clock.now());
      const [awaiting] = await this.rounds.awaitingRounds([actor.organisationId], today, manager);
      const round = assertRoundAwaitingReview(awaiting);
      const reviewerOrganisations = members.filter((member) =>
        pairs.some((pair) => pair.reviewerId === member.organisationId),
      );
      const reviewers = await this.qualityOfficersOf(
        manager,
        actor.organisationId,
        reviewerOrganisations,
      );
      const invited = new Set(
        await this.rounds.activeReviewInvitationEmails(round.id, this.clock.now(), manager),
      );
      const alreadyInvited: PeerGroupReviewerAlreadyInvited[] = [];
      const created: PeerGroupReviewInvitation[] = [];
      for (const reviewer of reviewers) {
        if (invited.has(reviewer.email)) {
          alreadyInvited.push(this.alreadyInvited(round, reviewer));
        } else {
          created.push(await this.invite(manager, actor, round, reviewer, group.name, groupId));
        }
      }
      return { created, alreadyInvited };
    });
  }

  /**
   * The quality officers of the reviewing organisations; someone who is also a member of the
   * reviewed organisation cannot review it and is left out.
   */
  private async qualityOfficersOf(
    manager: EntityManager,
    organisationId: string,
    organisations: PeerGroupMemberRow[],
  ): Promise<Reviewer[]> {
    const ownEmails = new Set(
      (await this.organisations.listMembers(organisationId, manager)).map((member) => member.email),
    );
    const reviewers: Reviewer[] = [];
    for (const organisation of organisations) {
      const members = await this.organisations.listMembers(organisation.organisationId, manager);
      reviewers.push(
        ...members
          .filter((member) => member.role === 'quality-officer' && !ownEmails.has(member.email))
          .map((member) => ({ organisation, email: member.email })),
      );
    }
    return reviewers;
  }

  private async invite(
    manager: EntityManager,
    actor: Actor,
    round: AwaitingRoundRow,
    reviewer: Reviewer,
    groupName: string,
    groupId: string,
  ): Promise<PeerGroupReviewInvitation> {
    const invitation = await this.reviewInvitations.create(
      actor,
      round.id,
      {
        email: reviewer.email,
        reviewerOrganisationName: reviewer.organisation.organisationName,
        message: `Uitnodiging volgens het rooster van toetsingsgroep ${groupName}.`,
      },
      { peerGroupId: groupId },
      manager,
    );
    return {
      invitationId: invitation.id,
      roundId: round.id,
      roundTitle: round.title,
      reviewerOrganisationName: invitation.reviewerOrganisationName,
      email: invitation.email,
      lead: invitation.lead,
      expiresAt: invitation.expiresAt,
      acceptUrl: invitation.acceptUrl,
    };
  }

  private alreadyInvited(
    round: AwaitingRoundRow,
    reviewer: Reviewer,
  ): PeerGroupReviewerAlreadyInvited {
    return {
      roundId: round.id,
      reviewerOrganisationName: reviewer.organisation.organisationName,
      email: reviewer.email,
    };
  }
}
