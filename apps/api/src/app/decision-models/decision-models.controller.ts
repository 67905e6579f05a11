import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can, CurrentSession, CurrentTenant } from '../common/auth/auth.decorators';
import { SessionContext, TenantContext } from '../common/auth/request-context';
import { forbidden, notFound } from '../common/problems/problem.exception';
import { uuid } from '../common/validation/path-params.pipes';
import { ModelOwner } from './decision-models.repository';
import { DecisionModelsService } from './decision-models.service';
import {
  CreateDecisionModelDraftDto,
  DecisionModelDraftDto,
  DecisionModelDto,
  DecisionModelSummaryDto,
  UpdateDecisionModelDraftDto,
} from './dto/decision-model.dto';

const MODEL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A quality officer acts for the active organisation; a platform admin for the label owner. */
function ownerOf(
  tenant: TenantContext | undefined,
  session: SessionContext | undefined,
): ModelOwner {
  if (tenant) {
    return { organisationId: tenant.organisationId };
  }
  if (session?.platformAdmin) {
    return { organisationId: null };
  }
  throw forbidden();
}

@ApiTags('decision-models')
@ApiCookieAuth()
@Controller({ path: 'decision-models', version: '1' })
export class DecisionModelsController {
  constructor(private readonly models: DecisionModelsService) {}

  @Get()
  @Can('decision-models.read')
  @ApiOperation({
    summary: 'The decision models you can use, by name',
    description:
      "Every member role, and the label owner's staff. The library's models (bundled with the product or published by the label owner) and your organisation's own, each at its latest published version.",
  })
  @ApiOkResponse({ type: [DecisionModelSummaryDto] })
  list(@CurrentTenant() tenant: TenantContext | undefined): Promise<DecisionModelSummaryDto[]> {
    return this.models.list(tenant?.organisationId ?? null);
  }

  @Get('drafts')
  @Can('decision-model.author')
  @ApiOperation({
    summary: 'Your drafts: the label owner’s, or your organisation’s',
    description:
      "A platform admin sees the library's drafts; a quality officer their organisation's. Each with what still keeps it from being published.",
  })
  @ApiOkResponse({ type: [DecisionModelDraftDto] })
  drafts(
    @CurrentTenant() tenant: TenantContext | undefined,
    @CurrentSession() session: SessionContext | undefined,
  ): Promise<DecisionModelDraftDto[]> {
    return this.models.drafts(ownerOf(tenant, session));
  }

  @Post('drafts')
  @Can('decision-model.author')
  @ApiOperation({
    summary: 'Start a draft model: empty, from content, or a copy of a model you see',
    description:
      'A platform admin for the library, a quality officer for the organisation (only it will see the model). The content may be incomplete; publishing checks it.',
  })
  @ApiCreatedResponse({ type: DecisionModelDraftDto })
  @ApiUnprocessableEntityResponse({ description: 'problem+json /problems/decision-model-unknown' })
  createDraft(
    @CurrentTenant() tenant: TenantContext | undefined,
    @CurrentSession() session: SessionContext,
    @Body() body: CreateDecisionModelDraftDto,
  ): Promise<DecisionModelDraftDto> {
    return this.models.createDraft(ownerOf(tenant, session), body, session.userId);
  }

  @Get('drafts/:draftId')
  @Can('decision-model.author')
  @ApiOperation({
    summary: 'A draft model with its violations',
    description:
      "The label owner's draft for a platform admin, the organisation's for a quality officer.",
  })
  @ApiOkResponse({ type: DecisionModelDraftDto })
  @ApiNotFoundResponse({ description: 'Unknown draft, or someone else’s' })
  draft(
    @CurrentTenant() tenant: TenantContext | undefined,
    @CurrentSession() session: SessionContext | undefined,
    @Param('draftId', uuid) draftId: string,
  ): Promise<DecisionModelDraftDto> {
    return this.models.draft(ownerOf(tenant, session), draftId);
  }

  @Put('drafts/:draftId')
  @Can('decision-model.author')
  @ApiOperation({
    summary: 'Replace a draft’s content; answers it with its violations',
    description:
      'Any content object is kept; what still breaks is listed, and publishing refuses it.',
  })
  @ApiOkResponse({ type: DecisionModelDraftDto })
  @ApiNotFoundResponse({ description: 'Unknown draft, or someone else’s' })
  updateDraft(
    @CurrentTenant() tenant: TenantContext | undefined,
    @CurrentSession() session: SessionContext | undefined,
    @Param('draftId', uuid) draftId: string,
    @Body() body: UpdateDecisionModelDraftDto,
  ): Promise<DecisionModelDraftDto> {
    return this.models.updateDraft(ownerOf(tenant, session), draftId, body.content);
  }

  @Delete('drafts/:draftId')
  @HttpCode(204)
  @Can('decision-model.author')
  @ApiOperation({
    summary: 'Throw a draft away',
    description: 'Only drafts; a published version stays in the library.',
  })
  @ApiNoContentResponse({ description: 'The draft is gone' })
  @ApiNotFoundResponse({ description: 'Unknown draft, or someone else’s' })
  deleteDraft(
    @CurrentTenant() tenant: TenantContext | undefined,
    @CurrentSession() session: SessionContext | undefined,
    @Param('draftId', uuid) draftId: string,
  ): Promise<void> {
    return this.models.deleteDraft(ownerOf(tenant, session), draftId);
  }

  @Post('drafts/:draftId/publish')
  @Can('decision-model.publish')
  @ApiOperation({
    summary: 'Publish a draft model: from now on it is in the library (or the organisation’s)',
    description:
      'The content must be a complete, valid model; its version newer than every published version of that id; an organisation’s own model takes no id of the library.',
  })
  @ApiCreatedResponse({ type: DecisionModelDto })
  @ApiNotFoundResponse({ description: 'Unknown draft, or someone else’s' })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json /problems/decision-model-invalid (with `violations`)',
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/decision-model-version-not-newer, /problems/decision-model-id-taken',
  })
  publish(
    @CurrentTenant() tenant: TenantContext | undefined,
    @CurrentSession() session: SessionContext | undefined,
    @Param('draftId', uuid) draftId: string,
  ): Promise<DecisionModelDto> {
    return this.models.publish(ownerOf(tenant, session), draftId);
  }

  @Get(':modelId')
  @Can('decision-models.read')
  @ApiOperation({
    summary: 'A decision model: when it suits, its steps as prompts, an example case',
    description:
      "Its latest published version. Another organisation's own model, like an unknown id, answers 404.",
  })
  @ApiOkResponse({ type: DecisionModelDto })
  @ApiNotFoundResponse({ description: 'No model with this id that you can see' })
  detail(
    @CurrentTenant() tenant: TenantContext | undefined,
    @Param('modelId') modelId: string,
  ): Promise<DecisionModelDto> {
    if (!MODEL_ID.test(modelId) || modelId.length > 100) {
      throw notFound();
    }
    return this.models.detail(tenant?.organisationId ?? null, modelId);
  }
}
