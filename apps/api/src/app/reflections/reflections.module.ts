import { Module } from '@nestjs/common';

import { DecisionModelsModule } from '../decision-models/decision-models.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TeamsModule } from '../teams/teams.module';
import { ReflectionModelsService } from './reflection-models.service';
import { ReflectionsController } from './reflections.controller';
import { ReflectionsRepository } from './reflections.repository';
import { ReflectionsService } from './reflections.service';

@Module({
  imports: [DecisionModelsModule, OrganisationsModule, TeamsModule],
  controllers: [ReflectionsController],
  providers: [ReflectionModelsService, ReflectionsRepository, ReflectionsService],
  exports: [ReflectionModelsService, ReflectionsService],
})
export class ReflectionsModule {}
