import { EvidenceRevision } from '@labelklaar/domain';

import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { RangeDownload } from '../common/delivery/partial-content';
import { RevisionNumberPipe, uuid } from '../common/validation/path-params.pipes';
import {
  EvidenceResponseDto,
  EvidenceRevisionResponseDto,
} from '../evidence/dto/evidence-response.dto';
import { NEW_REVISION_SCHEMA, NewRevisionDto } from '../evidence/dto/evidence.dto';
import { EvidenceUploadInterceptor } from '../evidence/upload/evidence-upload.interceptor';
import { StagedFile } from '../evidence/upload/staging-storage.engine';
import { EvidenceRevisionsService } from './evidence-revisions.service';

@ApiTags('evidence')
@ApiCookieAuth()
@Controller({ path: 'evidence/:evidenceId/revisions', version: '1' })
export class EvidenceRevisionsController {
  constructor(private readonly revisions: EvidenceRevisionsService) {}

  @Post()
  @Can('evidence.add')
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: NEW_REVISION_SCHEMA })
  @ApiOperation({
    summary:
      'Replace the document with a new revision (multipart: a file or a url, new document date and validity); draft rounds follow it, submitted rounds keep theirs',
    description:
      "Quality officers and contributors of the active organisation; another organisation's evidence answers 404. Every draft round's link follows the new revision (an evidence.revised event in each round's trail); a submitted round keeps the revision it was submitted with. The same file checks as an upload (415, 413); a refused upload leaves no revision.",
  })
  @ApiUnsupportedMediaTypeResponse({
    description:
      'problem+json /problems/unsupported-file-type, /problems/file-type-mismatch or /problems/damaged-office-file; nothing stored',
  })
  @ApiPayloadTooLargeResponse({
    description:
      'problem+json /problems/file-too-large or /problems/office-file-unpacks-too-large; nothing stored',
  })
  @ApiCreatedResponse({ type: EvidenceResponseDto })
  revise(
    @CurrentActor() actor: Actor,
    @Param('evidenceId', uuid) evidenceId: string,
    @Body() body: NewRevisionDto,
    @UploadedFile() file: StagedFile | undefined,
  ): Promise<EvidenceResponseDto> {
    return this.revisions.revise(actor, evidenceId, body, file);
  }

  @Get()
  @Can('evidence.read')
  @ApiOkResponse({ type: [EvidenceRevisionResponseDto] })
  @ApiOperation({
    summary: 'Every revision of the evidence, newest first, with the rounds that show each',
    description:
      "Any member of the active organisation (quality officer, contributor or manager); another organisation's evidence answers 404. A submitted round is listed with the revision it was submitted with, a draft round with the current one.",
  })
  history(
    @CurrentActor() actor: Actor,
    @Param('evidenceId', uuid) evidenceId: string,
  ): Promise<EvidenceRevision[]> {
    return this.revisions.history(actor.organisationId, evidenceId);
  }

  @Get(':revision/content')
  @Can('evidence.read')
  @RangeDownload()
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/octet-stream')
  @ApiOperation({
    summary: 'Download the file of one revision (links and unknown revisions: 404)',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). The file comes as an attachment with its stored type.',
  })
  content(
    @CurrentActor() actor: Actor,
    @Param('evidenceId', uuid) evidenceId: string,
    @Param('revision', RevisionNumberPipe) revision: number,
    @Headers('range') range: string | undefined,
  ): Promise<StreamableFile> {
    return this.revisions.content(actor.organisationId, evidenceId, revision, range);
  }
}
