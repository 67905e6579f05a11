import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import { LeerrapportResponseDto, PeerGapsResponseDto } from './dto/leerrapport-response.dto';
import { IssueLeerrapportDto } from './dto/review-input.dto';
import { LeerrapportExportService, PDF_TYPE } from './leerrapport-export.service';
import { LeerrapportService } from './leerrapport.service';
import { PeerGapsService } from './peer-gaps.service';

const NOT_FOUND = {
  description:
    'problem+json /problems/not-found (no such round for this actor) or /problems/leerrapport-not-found (nothing submitted yet)',
};

/** The round's leerrapport, its hearing (hoor en wederhoor), its PDF and the self-vs-peer gaps. */
@ApiTags('reviews')
@ApiCookieAuth()
@Controller({ path: 'rounds', version: '1' })
export class LeerrapportController {
  constructor(
    private readonly leerrapports: LeerrapportService,
    private readonly exports: LeerrapportExportService,
    private readonly gaps: PeerGapsService,
  ) {}

  @Post(':roundId/leerrapport/issue')
  @Can('leerrapport.issue')
  @ApiOperation({
    summary:
      'The lead reviewer merges the submitted reviews into the leerrapport and opens hoor en wederhoor (default 14 days)',
    description:
      'Only the lead reviewer of the round. Every review of the round must be submitted; the organisation may then respond to each finding until the hearing closes.',
  })
  @ApiForbiddenResponse({ description: 'problem+json /problems/not-lead-reviewer' })
  @ApiConflictResponse({
    description:
      'problem+json /problems/review-not-submitted, /problems/reviews-pending or /problems/leerrapport-issued',
  })
  @ApiCreatedResponse({ type: LeerrapportResponseDto })
  issue(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: IssueLeerrapportDto,
  ): Promise<LeerrapportResponseDto> {
    return this.leerrapports.issue(actor, roundId, body);
  }

  @Get(':roundId/leerrapport')
  @Can('leerrapport.read')
  @ApiOperation({
    summary:
      "The leerrapport: per criterion the merged judgement, every reviewer's finding and the organisation's response",
    description:
      'Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. Answers 404 leerrapport-not-found while no review of the round has been submitted.',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOkResponse({ type: LeerrapportResponseDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<LeerrapportResponseDto> {
    return this.leerrapports.get(actor, roundId);
  }

  @Post(':roundId/leerrapport/finalise')
  @HttpCode(200)
  @Can('leerrapport.finalise')
  @ApiOperation({
    summary:
      'Close the hearing early: the leerrapport becomes final (content hash) and the round reviewed',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The hearing closes at once: the organisation can no longer respond to findings.',
  })
  @ApiConflictResponse({
    description: 'problem+json /problems/leerrapport-not-issued or /problems/leerrapport-final',
  })
  @ApiOkResponse({ type: LeerrapportResponseDto })
  finalise(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<LeerrapportResponseDto> {
    return this.leerrapports.finalise(actor, roundId);
  }

  @Get(':roundId/leerrapport.pdf')
  @Can('leerrapport.export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces(PDF_TYPE)
  @ApiOperation({
    summary:
      'The leerrapport as PDF in the audit dossier style; marked CONCEPT on every page until it is final',
    description:
      'Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. Rendered from the leerrapport as it is at the moment of the download.',
  })
  @ApiOkResponse({
    description: 'The PDF, as an attachment',
    content: { [PDF_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse(NOT_FOUND)
  pdf(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<StreamableFile> {
    return this.exports.pdfOf(actor, roundId);
  }

  @Get(':roundId/peer-gaps')
  @Can('round.peer-gaps')
  @ApiOperation({
    summary:
      "Self vs peer per criterion: the self-assessment's status on the submission day beside the peers' merged judgement",
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Shows where the organisation judged itself differently from its peers.',
  })
  @ApiNotFoundResponse({ description: 'problem+json /problems/not-found' })
  @ApiOkResponse({ type: PeerGapsResponseDto })
  peerGaps(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<PeerGapsResponseDto> {
    return this.gaps.gaps(actor, roundId);
  }
}
