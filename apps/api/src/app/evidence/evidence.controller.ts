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
import { uuid } from '../common/validation/path-params.pipes';
import { EvidenceListItemResponseDto, EvidenceResponseDto } from './dto/evidence-response.dto';
import { RegisterLinkDto, UPLOAD_EVIDENCE_SCHEMA, UploadEvidenceDto } from './dto/evidence.dto';
import { EvidenceService } from './evidence.service';
import { EvidenceUploadInterceptor } from './upload/evidence-upload.interceptor';
import { StagedFile } from './upload/staging-storage.engine';

@ApiTags('evidence')
@ApiCookieAuth()
@Controller({ path: 'evidence', version: '1' })
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @Can('evidence.add')
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_EVIDENCE_SCHEMA })
  @ApiOperation({
    summary:
      'Upload a file as evidence (multipart; 415 on a type not allowed or a damaged office file, 413 over the size limit or for an office file that unpacks to over 100 times its size or 200 MiB)',
    description:
      'Quality officers and contributors of the active organisation. The file is stored by its sha256 under the size limit; its content must match its extension. Title, kind and date come as form fields.',
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
  upload(
    @CurrentActor() actor: Actor,
    @Body() body: UploadEvidenceDto,
    @UploadedFile() file: StagedFile | undefined,
  ): Promise<EvidenceResponseDto> {
    return this.evidence.upload(actor, body, file);
  }

  @Post('links')
  @Can('evidence.add')
  @ApiOperation({
    summary: 'Register a link (http or https) as evidence',
    description:
      'Quality officers and contributors of the active organisation. Only http and https links; the link is stored, not fetched.',
  })
  registerLink(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterLinkDto,
  ): Promise<EvidenceResponseDto> {
    return this.evidence.registerLink(actor, body);
  }

  @Get()
  @Can('evidence.read')
  @ApiOperation({
    summary: "The organisation's evidence, newest first; isExpired is as of today",
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Files and links with their kind, document date and expiry, and the rounds (not withdrawn) and criteria linking each.',
  })
  @ApiOkResponse({ type: [EvidenceListItemResponseDto] })
  list(@CurrentActor() actor: Actor): Promise<EvidenceListItemResponseDto[]> {
    return this.evidence.list(actor.organisationId);
  }

  @Get(':evidenceId')
  @Can('evidence.read')
  @ApiOperation({
    summary: 'One piece of evidence',
    description:
      "Any member of the active organisation (quality officer, contributor or manager). Another organisation's evidence answers 404.",
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('evidenceId', uuid) evidenceId: string,
  ): Promise<EvidenceResponseDto> {
    return this.evidence.get(actor.organisationId, evidenceId);
  }

  @Get(':evidenceId/content')
  @Can('evidence.read')
  @RangeDownload()
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/octet-stream')
  @ApiOperation({
    summary: 'Download the file, as an attachment with its stored type (links: 404)',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Links have no content and answer 404.',
  })
  content(
    @CurrentActor() actor: Actor,
    @Param('evidenceId', uuid) evidenceId: string,
    @Headers('range') range: string | undefined,
  ): Promise<StreamableFile> {
    return this.evidence.content(actor.organisationId, evidenceId, range);
  }
}
