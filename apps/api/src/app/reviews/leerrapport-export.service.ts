import { Injectable, StreamableFile } from '@nestjs/common';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { PdfRenderer } from '../common/pdf/pdf-renderer';
import { slug } from '../exports/dossier-labels';
import { leerrapportDocument } from './leerrapport-pdf';
import { LeerrapportService } from './leerrapport.service';

export const PDF_TYPE = 'application/pdf';

/** The leerrapport as PDF, for the reviewed organisation's members and the round's reviewers. */
@Injectable()
export class LeerrapportExportService {
  constructor(
    private readonly leerrapports: LeerrapportService,
    private readonly pdf: PdfRenderer,
    private readonly clock: Clock,
  ) {}

  async pdfOf(actor: Actor, roundId: string): Promise<StreamableFile> {
    const { leerrapport, rubric } = await this.leerrapports.load(actor.organisationId, roundId);
    const generatedOn = this.leerrapports.today();
    const document = leerrapportDocument({
      leerrapport,
      rubric,
      generatedAt: this.clock.now(),
      generatedOn,
    });
    const fileName = `leerrapport-${slug(leerrapport.roundTitle)}-${generatedOn}.pdf`;
    return new StreamableFile(this.pdf.stream(document), {
      type: PDF_TYPE,
      disposition: `attachment; filename="${fileName}"`,
    });
  }
}
