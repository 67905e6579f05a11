import { Module } from '@nestjs/common';

import { EvidenceModule } from '../evidence/evidence.module';
import { OrganisationDataController } from './organisation-data.controller';
import { OrganisationErasureRepository } from './organisation-erasure.repository';
import { OrganisationErasureService } from './organisation-erasure.service';
import { OrganisationExportReadModel } from './organisation-export.read-model';
import { OrganisationExportService } from './organisation-export.service';

/**
 * The organisation's own data (AVG/GDPR): the whole export and the erasure with its grace period
 * and daily job. Deleting an account lives with the account (auth).
 */
@Module({
  imports: [EvidenceModule],
  controllers: [OrganisationDataController],
  providers: [
    OrganisationErasureRepository,
    OrganisationErasureService,
    OrganisationExportReadModel,
    OrganisationExportService,
  ],
  exports: [OrganisationErasureService],
})
export class OrganisationDataModule {}
