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
import { s3ClientOf, S3FileStorage } from './storage/s3-file-storage';
import { StorageMigrationService } from './storage/storage-migration.service';
import { EvidenceUploadInterceptor } from './upload/evidence-upload.interceptor';

@Module({
  imports: [OrganisationsModule, RubricsModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceCleanupService,
    EvidenceRepository,
    EvidenceService,
    EvidenceUploadInterceptor,
    StorageMigrationService,
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStorage =>
        config.s3
          ? new S3FileStorage(s3ClientOf(config.s3), config.s3.bucket)
          : new LocalFileStorage(join(config.dataDir, 'files')),
    },
  ],
  exports: [EvidenceCleanupService, EvidenceService, FileStorage, StorageMigrationService],
})
export class EvidenceModule {}
