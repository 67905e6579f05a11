import { Controller, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Response } from 'express';

import { CompareRubricQueryDto } from './dto/rubric-authoring.dto';
import { RubricExportsService } from './rubric-exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NOT_LOGGED_IN = { description: 'problem+json /problems/not-authenticated' };
const NOT_FOUND = { description: 'problem+json /problems/not-found: no such published version' };
const WHO = 'Any logged-in user.';

const safeName = (value: string) => value.replace(/[^a-z0-9.-]/gi, '_');

/** Registered before RubricsController: `{version}.xlsx` must win over `{version}`. */
@ApiTags('rubrics')
@ApiCookieAuth()
@ApiUnauthorizedResponse(NOT_LOGGED_IN)
@Controller({ path: 'rubrics', version: '1' })
export class RubricExportsController {
  constructor(private readonly exports: RubricExportsService) {}

  @Get('template.xlsx')
  @Header('Content-Type', XLSX)
  @Header('Content-Disposition', 'attachment; filename="rubriek-sjabloon.xlsx"')
  @ApiProduces(XLSX)
  @ApiOperation({
    summary: 'The empty Excel template for importing a rubric version',
    description: `${WHO} Sheets Rubriek, Criteria, Niveaus and Mapping with their header rows (see docs/rubric-workbook.md).`,
  })
  @ApiOkResponse({ description: 'The workbook' })
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await this.exports.template());
  }

  @Get(':rubricId/compare')
  @ApiOperation({
    summary: 'Compare two versions: criteria added, removed and changed field by field',
    description: `${WHO} With \`mapping\` (each criterion's mapping kind, and the dropped criteria) when \`to\` maps to \`from\`; else null.`,
  })
  @ApiOkResponse({ description: 'The diff' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse({ description: 'problem+json /problems/rubric-compare-same' })
  compare(@Param('rubricId') rubricId: string, @Query() query: CompareRubricQueryDto) {
    return this.exports.compare(rubricId, query.from, query.to);
  }

  @Get(':rubricId/versions/:version.yaml')
  @ApiProduces('application/yaml')
  @ApiOperation({
    summary: 'A published or retired version as YAML in the rubric schema',
    description: `${WHO} Importing it again gives a draft with the same content hash.`,
  })
  @ApiOkResponse({ description: 'The YAML file' })
  @ApiNotFoundResponse(NOT_FOUND)
  async yaml(
    @Param('rubricId') rubricId: string,
    @Param('version') version: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const text = await this.exports.yaml(rubricId, version);
    response.setHeader('Content-Type', 'application/yaml; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${safeName(rubricId)}-${safeName(version)}.yaml"`,
    );
    return text;
  }

  @Get(':rubricId/versions/:version.xlsx')
  @ApiProduces(XLSX)
  @ApiOperation({
    summary: 'A published or retired version as an Excel workbook, with a comparison sheet',
    description: `${WHO} The template layout (importing it again gives the same content hash) plus a sheet Vergelijking comparing it to its previous version, which import ignores.`,
  })
  @ApiOkResponse({ description: 'The workbook' })
  @ApiNotFoundResponse(NOT_FOUND)
  async workbook(
    @Param('rubricId') rubricId: string,
    @Param('version') version: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const data = await this.exports.workbook(rubricId, version);
    response.setHeader('Content-Type', XLSX);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${safeName(rubricId)}-${safeName(version)}.xlsx"`,
    );
    return new StreamableFile(data);
  }
}
