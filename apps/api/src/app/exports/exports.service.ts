import { Readable } from 'node:stream';
import { Injectable, StreamableFile } from '@nestjs/common';

import { PdfRenderer } from '../common/pdf/pdf-renderer';
import { FileStorage } from '../evidence/storage/file-storage';
import { criteriaCsv } from './criteria-csv';
import { DossierDataService } from './dossier-data.service';
import { slug } from './dossier-labels';
import { dossierDocument } from './dossier-pdf';
import { dossierWorkbook, workbookStream } from './dossier-xlsx';
import { dossierArchive } from './dossier-zip';
import { DossierData, DossierOptions } from './dossier.model';

export const PDF_TYPE = 'application/pdf';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const ZIP_TYPE = 'application/zip';

/** `auditdossier-zelfevaluatie-2026-2026-05-01.pdf`: ASCII only, so every client keeps it. */
export function exportFileName(prefix: string, data: DossierData, extension: string): string {
  return `${prefix}-${slug(data.round.title)}-${data.generatedOn}.${extension}`;
}

const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

/** The exports of a round; each loads the round's data once and streams the file it makes. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dossiers: DossierDataService,
    private readonly pdf: PdfRenderer,
    private readonly storage: FileStorage,
  ) {}

  async dossierPdf(
    organisationId: string,
    roundId: string,
    options: DossierOptions,
  ): Promise<StreamableFile> {
    const data = await this.dossiers.load(organisationId, roundId);
    const stream = this.pdf.stream(dossierDocument(data, options));
    return new StreamableFile(stream, {
      type: PDF_TYPE,
      disposition: attachment(exportFileName('auditdossier', data, 'pdf')),
    });
  }

  async dossierXlsx(organisationId: string, roundId: string): Promise<StreamableFile> {
    const data = await this.dossiers.load(organisationId, roundId);
    const stream = workbookStream(dossierWorkbook(data));
    return new StreamableFile(stream, {
      type: XLSX_TYPE,
      disposition: attachment(exportFileName('auditdossier', data, 'xlsx')),
    });
  }

  async criteriaCsv(organisationId: string, roundId: string): Promise<StreamableFile> {
    const data = await this.dossiers.load(organisationId, roundId);
    const body = Buffer.from(criteriaCsv(data), 'utf8');
    return new StreamableFile(body, {
      type: CSV_TYPE,
      disposition: attachment(exportFileName('criteria', data, 'csv')),
      length: body.length,
    });
  }

  /** PDF, workbook, CSV and every evidence file of the round in one archive, streamed. */
  async dossierZip(
    organisationId: string,
    roundId: string,
    options: DossierOptions,
  ): Promise<StreamableFile> {
    const data = await this.dossiers.load(organisationId, roundId);
    const archive = dossierArchive({
      data,
      options,
      documents: [
        {
          fileName: exportFileName('auditdossier', data, 'pdf'),
          title: 'Auditdossier (PDF)',
          open: () => this.pdf.stream(dossierDocument(data, options)),
        },
        {
          fileName: exportFileName('auditdossier', data, 'xlsx'),
          title: 'Werkmap (Excel)',
          open: () => workbookStream(dossierWorkbook(data, options)),
        },
        {
          fileName: exportFileName('criteria', data, 'csv'),
          title: 'Criteria (CSV)',
          open: () => Readable.from([Buffer.from(criteriaCsv(data), 'utf8')]),
        },
      ],
      openFile: (sha256) => this.storage.open(sha256),
    });
    return new StreamableFile(archive, {
      type: ZIP_TYPE,
      disposition: attachment(exportFileName('auditdossier', data, 'zip')),
    });
  }
}
