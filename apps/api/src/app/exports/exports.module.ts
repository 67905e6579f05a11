import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { RoundAccessModule } from '../assessments/round-access.module';
import { PdfRenderer } from '../common/pdf/pdf-renderer';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { DossierDataService } from './dossier-data.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/**
 * Exports of a round: the audit dossier as PDF and Excel, the criteria as CSV.
 *
 * For other PDFs in the same house style (the peer review's leerrapport): import ExportsModule,
 * inject `PdfRenderer`, and build the document with the functions of `common/pdf/house-style`
 * (`houseDocument`, `coverPage`, `tableOfContents`, `heading`, `dataTable`, `factList`,
 * `notice`, `warningCell`); see the example at the top of that file. `longDay`/`shortDay` in
 * `./dossier-labels` write dates the Dutch way.
 */
@Module({
  imports: [
    ActionsModule,
    AssessmentsModule,
    DashboardsModule,
    EvidenceModule,
    OrganisationsModule,
    RoundAccessModule,
  ],
  controllers: [ExportsController],
  providers: [DossierDataService, ExportsService, PdfRenderer],
  exports: [PdfRenderer],
})
export class ExportsModule {}
