import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module';
import { TeamWorkModule } from '../team-work/team-work.module';
import { LearningRecordsController } from './learning-records.controller';
import { LearningRecordsRepository } from './learning-records.repository';
import { LearningRecordsService } from './learning-records.service';

@Module({
  imports: [OrganisationsModule, TeamWorkModule],
  controllers: [LearningRecordsController],
  providers: [LearningRecordsRepository, LearningRecordsService],
  exports: [LearningRecordsService],
})
export class LearningRecordsModule {}
