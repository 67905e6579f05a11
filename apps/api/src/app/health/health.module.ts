import { Module } from '@nestjs/common';

import { EvidenceModule } from '../evidence/evidence.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [EvidenceModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
