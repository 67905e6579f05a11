import { Module } from '@nestjs/common';

import { RubricsModule } from '../rubrics/rubrics.module';
import { AssessmentsRepository } from './assessments.repository';
import { RoundAccessService } from './round-access.service';

/**
 * The part of the assessments context other contexts (actions, exports, reviews, review access)
 * need: a module of its own, so that the assessments module can in turn use those contexts without
 * an import cycle. It exports the service only; the repository stays inside the context.
 */
@Module({
  imports: [RubricsModule],
  providers: [AssessmentsRepository, RoundAccessService],
  exports: [RoundAccessService],
})
export class RoundAccessModule {}
