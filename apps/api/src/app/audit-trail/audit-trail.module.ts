import { Module } from '@nestjs/common';

import { RoundEventsRepository } from './round-events.repository';
import { RoundEventsService } from './round-events.service';

@Module({ providers: [RoundEventsRepository, RoundEventsService], exports: [RoundEventsService] })
export class AuditTrailModule {}
