import { DAILY_DIGEST, groupDigests, notificationText } from '@labelklaar/domain';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue';
import { MAIL_JOB, Mailer } from '../mail/mailer.service';
import { UnsubscribeTokens } from '../notifications/unsubscribe-tokens.service';
import { renderDigestMail } from './digest-mail';
import { DigestRecipient, ReminderDigestsRepository } from './reminder-digests.repository';

/** Thrown inside a person's transaction to undo it: their digest of the day went already. */
class AlreadySent extends Error {}

/**
 * At most one digest mail a person a day. Per person, one transaction claims what is waiting
 * (mailed_at), records the digest (notification_digests, ON CONFLICT DO NOTHING) and queues the
 * mail on the job queue: an interrupted run, a retry or a second instance finds the row and
 * sends nothing twice, and a crash before the commit leaves everything waiting for the next run.
 */
@Injectable()
export class ReminderDigestsService {
  private readonly logger = new Logger('ReminderDigests');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: ReminderDigestsRepository,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  /** Returns how many digests were queued. */
  async send(day: string): Promise<number> {
    const recipients = await this.repository.recipients(day);
    const organisations = await this.repository.organisationNames();
    let sent = 0;
    for (const recipient of recipients) {
      if (await this.sendOne(recipient, day, organisations)) {
        sent += 1;
      }
    }
    return sent;
  }

  /** The digest is not essential: its own link turns the whole daily overview off. */
  private unsubscribeLinks(userId: string): { pageUrl: string; oneClickUrl: string } {
    const token = encodeURIComponent(this.tokens.tokenFor(userId, DAILY_DIGEST));
    return {
      pageUrl: this.mailer.link(`/unsubscribe?token=${token}`),
      oneClickUrl: this.mailer.link(`/api/v1/unsubscribe?token=${token}`),
    };
  }

  private async sendOne(
    recipient: DigestRecipient,
    day: string,
    organisations: Map<string, string>,
  ): Promise<boolean> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const claimed = await this.repository.claim(manager, recipient.userId);
        if (claimed.length === 0) {
          return false;
        }
        if (!(await this.repository.recordDigest(manager, recipient.userId, day, claimed.length))) {
          throw new AlreadySent();
        }
        const items = claimed.map((item) => ({
          ...item,
          organisationName: item.organisationId
            ? (organisations.get(item.organisationId) ?? null)
            : null,
        }));
        const [digest] = groupDigests(items, day);
        const language = recipient.language === 'en' ? 'en' : 'nl';
        const mail = renderDigestMail(digest, {
          language,
          words: (item) => notificationText(item.kind, language, item.params),
          link: (path) => this.mailer.link(path),
          unsubscribe: this.unsubscribeLinks(recipient.userId),
        });
        await this.jobs.send(
          MAIL_JOB,
          { from: this.config.mailFrom, to: recipient.email, ...mail },
          manager,
        );
        return true;
      });
    } catch (error) {
      if (error instanceof AlreadySent) {
        this.logger.debug(`Digest of ${day} for ${recipient.userId} went already`);
        return false;
      }
      throw error;
    }
  }
}
