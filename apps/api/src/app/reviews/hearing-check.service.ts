import { Injectable, Logger, OnModuleInit } from '@nestjs/common';

import { JobQueue } from '../jobs/job-queue';
import { LeerrapportService } from './leerrapport.service';
import { ReviewsRepository } from './reviews.repository';

export const HEARING_CHECK_JOB = 'hearing-check';

/**
 * Every hour, once for all instances: a leerrapport whose hoor-en-wederhoor period has ended
 * becomes final even if nobody opens it (until now that happened only on the next request).
 */
@Injectable()
export class HearingCheckService implements OnModuleInit {
  private readonly logger = new Logger('HearingCheck');

  constructor(
    private readonly repository: ReviewsRepository,
    private readonly leerrapports: LeerrapportService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): Promise<void> {
    return this.jobs.register({
      name: HEARING_CHECK_JOB,
      cron: '5 * * * *',
      retryLimit: 3,
      retryDelaySeconds: 60,
      handler: async () => {
        const finalised = await this.finaliseEnded();
        if (finalised > 0) {
          this.logger.log(`Finalised ${finalised} leerrapport(s) whose hearing had ended`);
        }
      },
    });
  }

  /** Returns how many leerrapports became final. */
  async finaliseEnded(): Promise<number> {
    const ended = await this.repository.endedHearings(this.leerrapports.today());
    for (const { organisationId, roundId } of ended) {
      await this.leerrapports.settle(organisationId, roundId);
    }
    return ended.length;
  }
}
