import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';

import { Can, CurrentSession } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { notFound } from '../common/problems/problem.exception';
import {
  CreateRubricDraftDto,
  PublishRubricDraftDto,
  RubricDraftResponseDto,
  RubricHistoryEntryDto,
  RubricLibraryEntryDto,
  SaveRubricDraftDto,
  UPLOAD_RUBRIC_SCHEMA,
} from './dto/rubric-authoring.dto';
import { RubricVersionResponseDto } from './dto/rubric-response.dto';
import { RubricAuthoringService, UploadedRubricFile } from './rubric-authoring.service';
import { RubricLibraryService } from './rubric-library.service';
import { RubricUploadInterceptor } from './rubric-upload.interceptor';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => notFound() });
const NOT_LOGGED_IN = { description: 'problem+json /problems/not-authenticated' };
const ADMINS_ONLY = { description: 'problem+json /problems/forbidden: platform admins only' };
const NOT_FOUND = { description: 'problem+json /problems/not-found' };
const WHO = 'Platform admins (the label owner) only.';

@ApiTags('rubrics')
@ApiCookieAuth()
@ApiUnauthorizedResponse(NOT_LOGGED_IN)
@ApiForbiddenResponse(ADMINS_ONLY)
@Controller({ path: 'rubrics', version: '1' })
export class RubricAuthoringController {
  constructor(
    private readonly authoring: RubricAuthoringService,
    private readonly rubricLibrary: RubricLibraryService,
  ) {}

  @Get('library')
  @Can('rubrics.library')
  @ApiOperation({
    summary: 'Every rubric with its versions (status, dates, hash, rounds using it) and drafts',
    description: `${WHO} Round counts cover every organisation, as numbers only.`,
  })
  @ApiOkResponse({ type: [RubricLibraryEntryDto] })
  library() {
    return this.rubricLibrary.library();
  }

  @Post('imports')
  @Can('rubric.author')
  @UseInterceptors(RubricUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_RUBRIC_SCHEMA })
  @ApiOperation({
    summary: 'Import a rubric version from YAML or an Excel workbook as a new draft',
    description: `${WHO} The file (field \`file\`, .yaml/.yml or .xlsx, at most 5 MiB) must pass every rule the loader enforces, with a complete mapping to its previous version; else 422 lists every error with its YAML path or sheet, row and column, and nothing is stored.`,
  })
  @ApiCreatedResponse({ type: RubricDraftResponseDto })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json /problems/rubric-import-invalid with `violations`',
  })
  @ApiUnsupportedMediaTypeResponse({
    description: 'problem+json /problems/rubric-import-unsupported (not .yaml, .yml or .xlsx)',
  })
  @ApiPayloadTooLargeResponse({ description: 'problem+json /problems/file-too-large' })
  import(
    @CurrentSession() session: SessionContext,
    @UploadedFile() file: UploadedRubricFile | undefined,
  ) {
    return this.authoring.importFile(file, session);
  }

  @Get(':rubricId/history')
  @Can('rubric.author')
  @ApiOperation({
    summary: "The rubric's append-only history: drafts started, imports, publications, retirements",
    description: `${WHO} Oldest first; bundled files loaded on start appear without an actor.`,
  })
  @ApiOkResponse({ type: [RubricHistoryEntryDto] })
  history(@Param('rubricId') rubricId: string) {
    return this.rubricLibrary.history(rubricId);
  }

  @Post(':rubricId/drafts')
  @Can('rubric.author')
  @ApiOperation({
    summary: 'Start a draft: a copy of a version, or empty',
    description: `${WHO} A copy gets the next minor version number, previousVersion set to its source and a one-to-one mapping; an empty draft continues the latest version, if any.`,
  })
  @ApiCreatedResponse({ type: RubricDraftResponseDto })
  @ApiNotFoundResponse({ description: 'problem+json /problems/not-found: no such version to copy' })
  createDraft(
    @CurrentSession() session: SessionContext,
    @Param('rubricId') rubricId: string,
    @Body() body: CreateRubricDraftDto,
  ) {
    return this.authoring.createDraft(rubricId, body.fromVersion, session);
  }

  @Get(':rubricId/drafts/:draftId')
  @Can('rubric.author')
  @ApiOperation({
    summary: 'A draft with every rule it breaks now',
    description: `${WHO} \`violations\` uses the loader's rules (the same the web app runs while typing).`,
  })
  @ApiOkResponse({ type: RubricDraftResponseDto })
  @ApiNotFoundResponse(NOT_FOUND)
  getDraft(@Param('rubricId') rubricId: string, @Param('draftId', uuid) draftId: string) {
    return this.authoring.getDraft(rubricId, draftId);
  }

  @Put(':rubricId/drafts/:draftId')
  @Can('rubric.author')
  @ApiOperation({
    summary: 'Save a draft (autosave): the whole content and the version it was based on',
    description: `${WHO} Saved even while it breaks rules (listed in the answer). A stale version answers 409 version-conflict with the draft as it is now, and who saved it when.`,
  })
  @ApiOkResponse({ type: RubricDraftResponseDto })
  @ApiConflictResponse({ description: 'problem+json /problems/version-conflict with `current`' })
  @ApiNotFoundResponse(NOT_FOUND)
  saveDraft(
    @CurrentSession() session: SessionContext,
    @Param('rubricId') rubricId: string,
    @Param('draftId', uuid) draftId: string,
    @Body() body: SaveRubricDraftDto,
  ) {
    return this.authoring.saveDraft(rubricId, draftId, body, session);
  }

  @Delete(':rubricId/drafts/:draftId')
  @Can('rubric.author')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Throw a draft away',
    description: `${WHO} Published versions are never deleted; a draft is.`,
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse(NOT_FOUND)
  async deleteDraft(
    @Param('rubricId') rubricId: string,
    @Param('draftId', uuid) draftId: string,
  ): Promise<void> {
    await this.authoring.deleteDraft(rubricId, draftId);
  }

  @Get(':rubricId/drafts/:draftId/mapping-proposal')
  @Can('rubric.author')
  @ApiOperation({
    summary: "A proposed mapping of the draft's criteria to its previous version, with each kind",
    description: `${WHO} Proposed from codes and title similarity, for the admin to confirm by saving it as the draft's mapping; also the kinds and problems of the mapping the draft has now.`,
  })
  @ApiOkResponse({
    description:
      'previousVersion, proposal (code → previousCodes) with proposalKinds, and the current mapping with currentKinds and currentProblems',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/rubric-draft-not-mappable: no previous version, or the criteria break rules',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  mappingProposal(@Param('rubricId') rubricId: string, @Param('draftId', uuid) draftId: string) {
    return this.authoring.mappingProposal(rubricId, draftId);
  }

  @Post(':rubricId/drafts/:draftId/publish')
  @Can('rubric.publish')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Publish a draft: validate everything, hash, freeze, record',
    description: `${WHO} Needs every rule met, a complete mapping to the previous version, and a version number not used before. The draft becomes a published version (its sha256 recorded) that the database refuses to change; the history records who and when.`,
  })
  @ApiCreatedResponse({ type: RubricVersionResponseDto })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json /problems/rubric-draft-invalid with `violations`',
  })
  @ApiConflictResponse({
    description: 'problem+json /problems/rubric-version-exists or /problems/version-conflict',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  publish(
    @CurrentSession() session: SessionContext,
    @Param('rubricId') rubricId: string,
    @Param('draftId', uuid) draftId: string,
    @Body() body: PublishRubricDraftDto,
  ) {
    return this.authoring.publish(rubricId, draftId, body.version, session);
  }

  @Post(':rubricId/versions/:version/retire')
  @Can('rubric.retire')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Retire a published version: no new rounds on it, running rounds carry on',
    description: `${WHO} Only the status changes (published → retired); the content and hash stay.`,
  })
  @ApiOkResponse({ type: RubricVersionResponseDto })
  @ApiConflictResponse({ description: 'problem+json /problems/rubric-already-retired' })
  @ApiNotFoundResponse(NOT_FOUND)
  retire(
    @CurrentSession() session: SessionContext,
    @Param('rubricId') rubricId: string,
    @Param('version') version: string,
  ) {
    return this.authoring.retire(rubricId, version, session);
  }
}
