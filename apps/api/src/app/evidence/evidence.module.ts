import { join } from 'node:path';
import { Module } from '@nestjs/common';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { EvidenceCleanupService } from './evidence-cleanup.service';
import { EvidenceController } from './evidence.controller';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { FileStorage } from './storage/file-storage';
import { LocalFileStorage } from './storage/local-file-storage';
import { EvidenceUploadInterceptor } from './upload/evidence-upload.interceptor';

@Module({
  imports: [OrganisationsModule, RubricsModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceCleanupService,
    EvidenceRepository,
    EvidenceService,
    EvidenceUploadInterceptor,
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(join(config.dataDir, 'files')),
    },
  ],
  exports: [EvidenceCleanupService, EvidenceService, FileStorage],
})
export class EvidenceModule {}
