import { Module } from '@nestjs/common';

import { DecisionModelsController } from './decision-models.controller';
import { DecisionModelsRepository } from './decision-models.repository';
import { DecisionModelsService } from './decision-models.service';

/** The decision model library; other contexts import it for DecisionModelsService.find. */
@Module({
  controllers: [DecisionModelsController],
  providers: [DecisionModelsRepository, DecisionModelsService],
  exports: [DecisionModelsService],
})
export class DecisionModelsModule {}
