import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import { DossierOptionsQueryDto } from './dto/dossier-options-query.dto';
import {
  CSV_TYPE,
  DOCX_TYPE,
  ExportsService,
  PDF_TYPE,
  XLSX_TYPE,
  ZIP_TYPE,
} from './exports.service';

const FILE = { schema: { type: 'string', format: 'binary' } } as const;
const NOT_FOUND = {
  description: 'problem+json /problems/not-found: no such round in the active organisation',
};
const NOT_LOGGED_IN = { description: 'problem+json /problems/not-authenticated' };

/** Downloads of a round for its organisation's members (never for reviewers or other organisations). */
@ApiTags('exports')
@ApiCookieAuth()
@Controller({ path: 'rounds', version: '1' })
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get(':roundId/dossier.pdf')
  @Can('round.export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces(PDF_TYPE)
  @ApiOperation({
    summary:
      'The audit dossier as PDF (Dutch): the self-evaluation (cover, contents, overview, every criterion with level, toelichting, evidence and actions), then the internal appendix with the readiness figures unless `internal=false`; a draft is marked CONCEPT on every page',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Rendered from the round as it is at the moment of the download.',
  })
  @ApiOkResponse({ description: 'The PDF, as an attachment', content: { [PDF_TYPE]: FILE } })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  dossierPdf(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Query() query: DossierOptionsQueryDto,
  ): Promise<StreamableFile> {
    return this.exports.dossierPdf(actor.organisationId, roundId, {
      internal: query.internal ?? true,
    });
  }

  @Get(':roundId/dossier.docx')
  @Can('round.export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces(DOCX_TYPE)
  @ApiOperation({
    summary:
      'The audit dossier as an editable Word document: the same content as the PDF (cover with the vaststelling, contents field, overview, every criterion with level, toelichting, evidence with links and actions with reflections), then the internal appendix unless `internal=false`',
    description:
      "Any member of the active organisation (quality officer, contributor or manager). Headings use Word's heading styles and the contents is a field Word and LibreOffice update, so a foreword can be added before sending it. A draft says CONCEPT in the running header.",
  })
  @ApiOkResponse({
    description: 'The Word document, as an attachment',
    content: { [DOCX_TYPE]: FILE },
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  dossierDocx(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Query() query: DossierOptionsQueryDto,
  ): Promise<StreamableFile> {
    return this.exports.dossierDocx(actor.organisationId, roundId, {
      internal: query.internal ?? true,
    });
  }

  @Get(':roundId/dossier.xlsx')
  @Can('round.export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({
    summary:
      'The audit dossier as Excel workbook: Samenvatting, Criteria, Bewijs and Verbeteracties sheets with filters and frozen headers',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). The same content as the PDF dossier, for further work in a spreadsheet.',
  })
  @ApiOkResponse({ description: 'The workbook, as an attachment', content: { [XLSX_TYPE]: FILE } })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  dossierXlsx(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<StreamableFile> {
    return this.exports.dossierXlsx(actor.organisationId, roundId);
  }

  @Get(':roundId/criteria.csv')
  @Can('round.export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces(CSV_TYPE)
  @ApiOperation({
    summary:
      'The criteria of the round as CSV for Dutch Excel: UTF-8 with BOM, `;`-separated, RFC 4180 quoting, formulas neutralised',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). One row per criterion; cells that a spreadsheet would read as a formula stay text.',
  })
  @ApiOkResponse({ description: 'The CSV, as an attachment', content: { [CSV_TYPE]: FILE } })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  criteriaCsv(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<StreamableFile> {
    return this.exports.criteriaCsv(actor.organisationId, roundId);
  }

  @Get(':roundId/dossier.zip')
  @Can('round.export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces(ZIP_TYPE)
  @ApiOperation({
    summary:
      'The whole audit dossier as ZIP: the PDF, the workbook, the criteria CSV and every evidence file in a folder per criterion, with manifest.csv, manifest.json and README.txt',
    description:
      "Any member of the active organisation (quality officer, contributor or manager). Streamed: evidence files are read from storage one at a time. The manifest lists every file with criterion, title, kind, document date, valid-until and sha256, the links registered as evidence, and the round's content hash.",
  })
  @ApiOkResponse({ description: 'The ZIP, as an attachment', content: { [ZIP_TYPE]: FILE } })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  dossierZip(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Query() query: DossierOptionsQueryDto,
  ): Promise<StreamableFile> {
    return this.exports.dossierZip(actor.organisationId, roundId, {
      internal: query.internal ?? true,
    });
  }
}
