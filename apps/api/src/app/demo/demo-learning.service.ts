import { addDays, isoDayIn } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Clock } from '../common/clock';
import { assertAnonymised } from '../common/privacy';
import { LearningRecordsService } from '../learning-records/learning-records.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { DEMO_LEARNING_RECORDS } from './demo-learning.data';
import { DemoTeam } from './demo-year.data';

/** The demo year's learning with clients and other organisations, after the API's privacy check. */
@Injectable()
export class DemoLearningService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly records: LearningRecordsService,
    private readonly clock: Clock,
  ) {}

  async seed(
    manager: EntityManager,
    organisationId: string,
    teamIds: Record<DemoTeam, string>,
  ): Promise<void> {
    const members = await this.organisations.listMembers(organisationId, manager);
    const officer = members.find((m) => m.role === 'quality-officer')?.userId ?? null;
    const lead = members.find((m) => m.email === 'teamleider@voorbeeld.nl')?.userId ?? officer;
    const today = isoDayIn(this.clock.now());
    for (const item of DEMO_LEARNING_RECORDS) {
      const texts = {
        counterpart: item.counterpart,
        asked: item.asked,
        learned: item.learned,
        outcome: item.outcome,
      };
      assertAnonymised(
        Object.entries(texts).map(([field, value]) => ({ field, value })),
        this.clock.now(),
      );
      const date = addDays(today, -item.daysAgo);
      const at = new Date(`${date}T12:00:00Z`);
      await this.records.seed(manager, {
        organisationId,
        teamId: item.team ? teamIds[item.team] : null,
        kind: item.kind,
        date,
        ...texts,
        recordedByUserId: item.team ? lead : officer,
        createdAt: at,
        updatedAt: at,
      });
    }
  }
}
