import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { NotificationsService, NotifyInput } from '../notifications/notifications.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ReviewRow } from './reviews.repository';

type PeerReviewKind = 'review-submitted' | 'leerrapport-issued' | 'leerrapport-final';

interface PeerReviewEvent {
  kind: PeerReviewKind;
  roundId: string;
  /** The round's reviews: the lead reviewer among them is told too. */
  reviews: readonly ReviewRow[];
  /** The person who did it (never told); null for the system (a hearing that ran out). */
  actorUserId: string | null;
  params: Record<string, string | number | null>;
}

/**
 * Intercollegiale toetsing's events, at once, to the reviewed organisation's quality officers
 * (to the leerrapport) and to the lead reviewer (to their review), never to the one who acted.
 */
@Injectable()
export class ReviewNotifications {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly organisations: OrganisationsService,
  ) {}

  async tell(
    manager: EntityManager,
    organisationId: string,
    event: PeerReviewEvent,
  ): Promise<void> {
    const members = await this.organisations.listMembers(organisationId, manager);
    const lead = event.reviews.find((review) => review.lead);
    const recipients = new Map<string, string>(
      members
        .filter((member) => member.role === 'quality-officer')
        .map((member) => [member.userId, `/rounds/${event.roundId}/leerrapport`]),
    );
    if (lead && !recipients.has(lead.reviewerUserId)) {
      recipients.set(lead.reviewerUserId, `/reviews/${lead.id}`);
    }
    recipients.delete(event.actorUserId ?? '');
    const inputs: NotifyInput[] = [...recipients].map(([userId, link]) => ({
      userId,
      organisationId,
      category: 'peer-review',
      kind: event.kind,
      params: event.params,
      link,
      dedupeKey: event.kind === 'review-submitted' ? undefined : `${event.kind}:${event.roundId}`,
    }));
    await this.notifications.notifyMany(inputs, manager);
  }
}
