import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import { ReflectionResponseDto } from './dto/reflection-response.dto';
import { ReflectionDto, ReflectionQueryDto } from './dto/reflection.dto';
import { ReflectionsService } from './reflections.service';

const PRIVACY =
  'problem+json /problems/personal-data-in-text: a text names a client (BSN, e-mail, phone, postcode with house number, date of birth); `errors` names each field and what to remove; nothing is stored. Also /problems/not-in-team, /problems/unknown-decision-model, /problems/unknown-model-prompt';

@ApiTags('reflections')
@ApiCookieAuth()
@Controller({ path: 'reflections', version: '1' })
export class ReflectionsController {
  constructor(private readonly reflections: ReflectionsService) {}

  @Get()
  @Can('reflections.read')
  @ApiOperation({
    summary: 'My decision reflections and those my teams shared, newest first',
    description:
      'Professionals and contributors only. Never another team’s, never an unshared one of someone else. Managers and quality officers read aggregates in the learning report instead.',
  })
  @ApiOkResponse({ type: [ReflectionResponseDto] })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ReflectionQueryDto,
  ): Promise<ReflectionResponseDto[]> {
    return this.reflections.list(actor, query);
  }

  @Post()
  @Can('reflections.write')
  @ApiOperation({
    summary: 'Write a decision reflection (optionally bringing it to the team)',
    description: 'For a team the author is in. Every text is checked for personal data first.',
  })
  @ApiCreatedResponse({ type: ReflectionResponseDto })
  @ApiUnprocessableEntityResponse({ description: PRIVACY })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: ReflectionDto,
  ): Promise<ReflectionResponseDto> {
    return this.reflections.create(actor, body);
  }

  @Get(':reflectionId')
  @Can('reflections.read')
  @ApiOperation({
    summary: 'One reflection: my own, or one shared with a team I am in',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiOkResponse({ type: ReflectionResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown, another organisation’s, or not readable by me' })
  detail(
    @CurrentActor() actor: Actor,
    @Param('reflectionId', uuid) reflectionId: string,
  ): Promise<ReflectionResponseDto> {
    return this.reflections.detail(actor, reflectionId);
  }

  @Put(':reflectionId')
  @Can('reflections.write')
  @ApiOperation({
    summary: 'Rewrite my reflection (also to share or unshare it)',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiOkResponse({ type: ReflectionResponseDto })
  @ApiForbiddenResponse({ description: 'problem+json /problems/reflection-not-yours' })
  @ApiNotFoundResponse({ description: 'Unknown, another organisation’s, or not readable by me' })
  @ApiUnprocessableEntityResponse({ description: PRIVACY })
  update(
    @CurrentActor() actor: Actor,
    @Param('reflectionId', uuid) reflectionId: string,
    @Body() body: ReflectionDto,
  ): Promise<ReflectionResponseDto> {
    return this.reflections.update(actor, reflectionId, body);
  }

  @Delete(':reflectionId')
  @HttpCode(204)
  @Can('reflections.write')
  @ApiOperation({
    summary: 'Remove my reflection',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiNoContentResponse({ description: 'The reflection is gone' })
  @ApiForbiddenResponse({ description: 'problem+json /problems/reflection-not-yours' })
  @ApiNotFoundResponse({ description: 'Unknown, another organisation’s, or not readable by me' })
  remove(
    @CurrentActor() actor: Actor,
    @Param('reflectionId', uuid) reflectionId: string,
  ): Promise<void> {
    return this.reflections.remove(actor, reflectionId);
  }
}
