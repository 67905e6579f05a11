import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
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
import { CriterionCodePipe, uuid } from '../common/validation/path-params.pipes';
import { CommentsService } from './comments.service';
import { CommentResponseDto } from './dto/comment-response.dto';
import { CreateCommentDto } from './dto/create-comment.dto';

@ApiTags('rounds')
@ApiCookieAuth()
@Controller({ path: 'rounds/:roundId/responses/:criterionCode/comments', version: '1' })
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @Can('comments.read')
  @ApiOperation({
    summary: 'The overleg on a criterion: its comments, oldest first',
    description:
      'Members of the active organisation only; internal, so never shown to a reviewer and never in a dossier. Each comment with its author and the members it mentions, by their current name.',
  })
  @ApiOkResponse({ type: [CommentResponseDto] })
  @ApiNotFoundResponse({ description: "Another organisation's round, or an unknown criterion" })
  list(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
  ): Promise<CommentResponseDto[]> {
    return this.comments.list(actor.organisationId, roundId, criterionCode);
  }

  @Post()
  @Can('comment.write')
  @ApiOperation({
    summary: 'Add a comment to the overleg on a criterion, mentioning members',
    description:
      'Members of the active organisation, also after the round is submitted (the round itself does not change). Mentions are membership ids of the organisation; each mentioned member but the author is notified. Recorded in the round history without its text.',
  })
  @ApiCreatedResponse({ type: CommentResponseDto })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json /problems/comment-empty, /problems/unknown-member (with `unknown`)',
  })
  add(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: CreateCommentDto,
  ): Promise<CommentResponseDto> {
    return this.comments.add(actor, roundId, criterionCode, body);
  }

  @Delete(':commentId')
  @HttpCode(204)
  @Can('comment.write')
  @ApiOperation({
    summary: 'Take back your own comment, within 15 minutes of posting it',
    description:
      'Only the author, and only shortly after posting (later the others may have read and acted on it). The round history records the removal, without the text.',
  })
  @ApiNoContentResponse({ description: 'The comment is gone from the thread' })
  @ApiForbiddenResponse({ description: 'problem+json /problems/comment-not-yours' })
  @ApiConflictResponse({ description: 'problem+json /problems/comment-remove-too-late' })
  remove(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Param('commentId', uuid) commentId: string,
  ): Promise<void> {
    return this.comments.remove(actor, roundId, criterionCode, commentId);
  }
}
