import { Controller, Get, Header, Headers, Param, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { RangeDownload } from '../common/delivery/partial-content';
import { uuid } from '../common/validation/path-params.pipes';
import { ResponseEvidenceService } from './response-evidence.service';

@ApiTags('rounds')
@ApiCookieAuth()
@Controller({ path: 'rounds/:roundId/evidence', version: '1' })
export class RoundEvidenceController {
  constructor(private readonly links: ResponseEvidenceService) {}

  @Get(':evidenceId/content')
  @Can('round.evidence.read')
  @RangeDownload()
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/octet-stream')
  @ApiOperation({
    summary:
      'Download a file linked to a response of the round (other evidence and links: 404); also for a reviewer of the round',
    description:
      'Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. Only files linked to a response of this round; the file comes as an attachment with its stored type.',
  })
  content(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @Headers('range') range: string | undefined,
  ): Promise<StreamableFile> {
    return this.links.content(actor.organisationId, roundId, evidenceId, range);
  }
}
