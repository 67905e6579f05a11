import { finished, Readable } from 'node:stream';
import { HttpException, Injectable, StreamableFile } from '@nestjs/common';

import { PdfRenderer } from '../common/pdf/pdf-renderer';
import { FileStorage } from '../evidence/storage/file-storage';
import { ExportFormat, MetricsService } from '../observability/metrics.service';
import { criteriaCsv } from './criteria-csv';
import { DossierDataService } from './dossier-data.service';
import { docxBuffer, dossierDocx } from './dossier-docx';
import { slug } from './dossier-labels';
import { dossierDocument } from './dossier-pdf';
import { dossierWorkbook, workbookStream } from './dossier-xlsx';
import { dossierArchive } from './dossier-zip';
import { DossierData, DossierOptions } from './dossier.model';

export const PDF_TYPE = 'application/pdf';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const ZIP_TYPE = 'application/zip';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
    private readonly metrics: MetricsService,
  ) {}

  async dossierPdf(
    organisationId: string,
    roundId: string,
    options: DossierOptions,
  ): Promise<StreamableFile> {
    return this.timed('pdf', async () => {
      const data = await this.dossiers.load(organisationId, roundId);
      const stream = this.pdf.stream(dossierDocument(data, options));
      return new StreamableFile(stream, {
        type: PDF_TYPE,
        disposition: attachment(exportFileName('auditdossier', data, 'pdf')),
      });
    });
  }

  /** The dossier as an editable Word document; it holds no evidence files, so it is built whole. */
  async dossierDocx(
    organisationId: string,
    roundId: string,
    options: DossierOptions,
  ): Promise<StreamableFile> {
    return this.timed('docx', async () => {
      const data = await this.dossiers.load(organisationId, roundId);
      const body = await docxBuffer(dossierDocx(data, options));
      return new StreamableFile(body, {
        type: DOCX_TYPE,
        disposition: attachment(exportFileName('auditdossier', data, 'docx')),
        length: body.length,
      });
    });
  }

  async dossierXlsx(organisationId: string, roundId: string): Promise<StreamableFile> {
    return this.timed('xlsx', async () => {
      const data = await this.dossiers.load(organisationId, roundId);
      const stream = workbookStream(dossierWorkbook(data));
      return new StreamableFile(stream, {
        type: XLSX_TYPE,
        disposition: attachment(exportFileName('auditdossier', data, 'xlsx')),
      });
    });
  }

  async criteriaCsv(organisationId: string, roundId: string): Promise<StreamableFile> {
    return this.timed('csv', async () => {
      const data = await this.dossiers.load(organisationId, roundId);
      const body = Buffer.from(criteriaCsv(data), 'utf8');
      return new StreamableFile(body, {
        type: CSV_TYPE,
        disposition: attachment(exportFileName('criteria', data, 'csv')),
        length: body.length,
      });
    });
  }

  /** PDF, workbook, CSV and every evidence file of the round in one archive, streamed. */
  async dossierZip(
    organisationId: string,
    roundId: string,
    options: DossierOptions,
  ): Promise<StreamableFile> {
    return this.timed('zip', async () => {
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
    });
  }

  /**
   * Times an export for the metrics: from the request until its file was read to the end (a
   * streamed file is made while it is sent). A refusal (a round of another organisation) is no
   * export and is not counted.
   */
  private async timed(
    format: ExportFormat,
    make: () => Promise<StreamableFile>,
  ): Promise<StreamableFile> {
    const end = this.metrics.startExport(format);
    let file: StreamableFile;
    try {
      file = await make();
    } catch (error) {
      if (!(error instanceof HttpException) || error.getStatus() >= 500) {
        end('failed');
      }
      throw error;
    }
    finished(file.getStream(), (error) => end(error ? 'failed' : 'completed'));
    return file;
  }
}
