import { Module } from '@nestjs/common';

import { RubricAuthoringController } from './rubric-authoring.controller';
import { RubricAuthoringRepository } from './rubric-authoring.repository';
import { RubricAuthoringService } from './rubric-authoring.service';
import { RubricExportsController } from './rubric-exports.controller';
import { RubricExportsService } from './rubric-exports.service';
import { RubricLibraryService } from './rubric-library.service';
import { RubricUsageReadModel } from './rubric-usage.read-model';
import { RubricsController } from './rubrics.controller';
import { RubricsRepository } from './rubrics.repository';
import { RubricsService } from './rubrics.service';

@Module({
  // The exports first: `versions/{version}.xlsx` must be matched before `versions/{version}`.
  controllers: [RubricExportsController, RubricAuthoringController, RubricsController],
  providers: [
    RubricsRepository,
    RubricsService,
    RubricAuthoringRepository,
    RubricAuthoringService,
    RubricLibraryService,
    RubricExportsService,
    RubricUsageReadModel,
  ],
  exports: [RubricsService],
})
export class RubricsModule {}
