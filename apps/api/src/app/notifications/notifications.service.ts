import {
  deliveryFor,
  isNotificationKind,
  NOTIFICATION_KINDS,
  NotificationCategory,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Clock } from '../common/clock';
import { inTransaction } from '../common/transaction';
import { Mailer } from '../mail/mailer.service';
import { NotificationsRepository, Recipient } from './notifications.repository';
import { UnsubscribeTokens } from './unsubscribe-tokens.service';

export interface NotifyInput {
  userId: string;
  organisationId: string | null;
  category: NotificationCategory;
  /** A key of NOTIFICATION_KINDS (libs/domain notification-texts.ts) of this category. */
  kind: string;
  params: Record<string, string | number | null>;
  /** Path in the web app, e.g. `/rounds/…/criteria/VM1`; the mail makes it absolute. */
  link: string;
  /** One notification per person and key, e.g. `deadline:<roundId>:2026-12-06`. */
  dedupeKey?: string;
}

/**
 * Tells a person something: a row in their notification centre, and when their preference for
 * the category is 'immediate' a mail queued in the same transaction ('digest' leaves it to the
 * daily digest, 'off' to the centre alone).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly mailer: Mailer,
    private readonly tokens: UnsubscribeTokens,
    private readonly clock: Clock,
  ) {}

  /** False when the person already has a notification with this dedupe key. */
  async notify(input: NotifyInput, manager?: EntityManager): Promise<boolean> {
    const [created] = await this.notifyMany([input], manager);
    return created ?? false;
  }

  /** One answer per input, in order. */
  async notifyMany(inputs: readonly NotifyInput[], manager?: EntityManager): Promise<boolean[]> {
    if (inputs.length === 0) {
      // Nobody to tell: not even a transaction, so a save that tells no one costs nothing.
      return [];
    }
    inputs.forEach(assertKnownKind);
    return inTransaction(this.dataSource, manager, async (m) => {
      // Everyone's choices and addresses in two queries, whatever the number of notifications.
      const userIds = [...new Set(inputs.map((input) => input.userId))];
      const preferences = await this.repository.preferencesOfMany(m, userIds);
      const recipients = await this.repository.recipients(m, userIds);
      const now = this.clock.now();
      const created: boolean[] = [];
      for (const input of inputs) {
        const delivery = deliveryFor(input.category, preferences.get(input.userId) ?? {});
        const recipient = delivery === 'immediate' ? recipients.get(input.userId) : undefined;
        const id = await this.repository.insert(m, {
          ...input,
          delivery,
          dedupeKey: input.dedupeKey ?? null,
          createdAt: now,
          mailedAt: recipient ? now : null,
        });
        if (id && recipient) {
          await this.mail(m, input, recipient);
        }
        created.push(id !== null);
      }
      return created;
    });
  }

  private async mail(
    manager: EntityManager,
    input: NotifyInput,
    recipient: Recipient,
  ): Promise<void> {
    const token = encodeURIComponent(this.tokens.tokenFor(input.userId, input.category));
    await this.mailer.send(
      'notification',
      recipient.email,
      {
        kind: input.kind,
        params: input.params,
        url: this.mailer.link(input.link),
        unsubscribePageUrl: this.mailer.link(`/unsubscribe?token=${token}`),
        oneClickUrl: this.mailer.link(`/api/v1/unsubscribe?token=${token}`),
      },
      manager,
      recipient.language === 'en' ? 'en' : 'nl',
    );
  }
}

/** A kind without words, or filed under another category, is a programming error: fail loudly. */
function assertKnownKind(input: NotifyInput): void {
  if (!isNotificationKind(input.kind)) {
    throw new Error(`Unknown notification kind "${input.kind}"`);
  }
  const category: NotificationCategory = NOTIFICATION_KINDS[input.kind].category;
  if (category !== input.category) {
    throw new Error(`Notification kind "${input.kind}" belongs to "${category}"`);
  }
}
