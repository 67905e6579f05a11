import {
  DAILY_DIGEST,
  NotificationCategory,
  topicDelivery,
  withoutDailyDigest,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ProblemException } from '../common/problems/problem.exception';
import { UnsubscribeResponseDto } from './dto/notification-response.dto';
import { NotificationsRepository } from './notifications.repository';
import { UnsubscribeClaim, UnsubscribeTokens } from './unsubscribe-tokens.service';

/** The unsubscribe link of a mail: no login, the signed token is the permission. */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  /** What the token would switch off, for the page that asks to confirm. */
  async describe(token: string | undefined): Promise<UnsubscribeResponseDto> {
    const claim = await this.claimOf(token);
    const preferences = await this.repository.preferencesOf(this.dataSource.manager, claim.userId);
    return { category: claim.category, delivery: topicDelivery(claim.category, preferences) };
  }

  /** Turns the token's category off; doing it twice is the same as once. */
  async unsubscribe(...candidates: (string | undefined)[]): Promise<UnsubscribeResponseDto> {
    const claim = await this.claimOf(candidates.find((token) => token !== undefined));
    await this.dataSource.transaction(async (manager) => {
      const categories: NotificationCategory[] =
        claim.category === DAILY_DIGEST
          ? (Object.keys(
              withoutDailyDigest(await this.repository.preferencesOf(manager, claim.userId)),
            ) as NotificationCategory[])
          : [claim.category];
      for (const category of categories) {
        await this.repository.setPreference(manager, claim.userId, category, 'off');
      }
    });
    return { category: claim.category, delivery: 'off' };
  }

  private async claimOf(token: string | undefined): Promise<UnsubscribeClaim> {
    const claim = token ? this.tokens.verify(token) : null;
    if (!claim || !(await this.repository.userExists(this.dataSource.manager, claim.userId))) {
      throw new ProblemException(400, 'unsubscribe-token-invalid');
    }
    return claim;
  }
}
