import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Post,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { OrganisationDeletionResponseDto } from '../organisations/dto/organisation-response.dto';
import { RequestOrganisationDeletionDto } from './dto/request-organisation-deletion.dto';
import { OrganisationErasureService } from './organisation-erasure.service';
import { OrganisationExportService, ZIP_TYPE } from './organisation-export.service';

const NOT_LOGGED_IN = { description: 'problem+json /problems/not-authenticated' };
const NOT_OFFICER = { description: 'problem+json /problems/forbidden: quality officers only' };

/** The organisation's own data (AVG): all of it as one archive, and erasing it. */
@ApiTags('organisation')
@ApiCookieAuth()
@Controller({ path: 'organisation', version: '1' })
export class OrganisationDataController {
  constructor(
    private readonly exports: OrganisationExportService,
    private readonly erasure: OrganisationErasureService,
  ) {}

  @Get('export')
  @Can('organisation.export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces(ZIP_TYPE)
  @ApiOperation({
    summary:
      'Everything of the active organisation as one ZIP: a JSON file per entity, every evidence file, and a manifest with hashes',
    description:
      'Quality officers of the active organisation only. Streamed. The layout (format `labelklaar-organisation-export/1`) is described in docs/organisation-export.md: data/<entity>.json, files/<sha256>, manifest.json (path, entity, sha256, bytes per entry), README.txt.',
  })
  @ApiOkResponse({
    description: 'The ZIP, as an attachment',
    content: { [ZIP_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  @ApiForbiddenResponse(NOT_OFFICER)
  exportAll(@CurrentActor() actor: Actor): Promise<StreamableFile> {
    return this.exports.export(actor);
  }

  @Post('deletion')
  @Can('organisation.delete')
  @ApiOperation({
    summary:
      'Ask to erase the active organisation: after a 30-day grace period it is deleted for good, files included',
    description:
      "Quality officers of the active organisation only, typing the organisation's name as confirmation. Until the date answered the organisation keeps working and any quality officer can undo it (DELETE); from the request on the sector figures leave it out. Every quality officer gets an e-mail.",
  })
  @ApiCreatedResponse({ type: OrganisationDeletionResponseDto })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/organisation-name-mismatch: the name typed is not the name',
  })
  @ApiConflictResponse({
    description: 'problem+json /problems/organisation-deletion-pending: already asked',
  })
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  @ApiForbiddenResponse(NOT_OFFICER)
  requestDeletion(
    @CurrentActor() actor: Actor,
    @Body() body: RequestOrganisationDeletionDto,
  ): Promise<OrganisationDeletionResponseDto> {
    return this.erasure.request(actor, body.confirmation);
  }

  @Delete('deletion')
  @Can('organisation.delete')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Undo the request to erase the active organisation, within its grace period',
    description:
      'Quality officers of the active organisation only. Every quality officer gets an e-mail.',
  })
  @ApiNoContentResponse({ description: 'Undone: the organisation stays' })
  @ApiConflictResponse({
    description: 'problem+json /problems/organisation-deletion-not-pending: nothing to undo',
  })
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  @ApiForbiddenResponse(NOT_OFFICER)
  undoDeletion(@CurrentActor() actor: Actor): Promise<void> {
    return this.erasure.undo(actor);
  }
}
