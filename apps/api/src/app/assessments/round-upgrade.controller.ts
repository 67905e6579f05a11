import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import {
  parseChoiceList,
  RoundUpgradePreviewDto,
  RoundUpgradeQueryDto,
  RoundUpgradeResultDto,
  UpgradeRoundDto,
} from './dto/round-upgrade.dto';
import { RoundUpgradeService } from './round-upgrade.service';

@ApiTags('rounds')
@ApiCookieAuth()
@Controller({ path: 'rounds/:roundId/upgrade', version: '1' })
export class RoundUpgradeController {
  constructor(private readonly upgrades: RoundUpgradeService) {}

  @Get()
  @Can('round.upgrade')
  @ApiOperation({
    summary: 'Preview the upgrade of an open round to a newer published version of its rubric',
    description:
      "Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Per criterion of the new version: how it continues the round's version (kind), what happens to its answer (outcome), the earlier answers (every one for a merged criterion, to choose from), and the evidence and actions that follow it; and the criteria that are dropped, with their answers. A submitted round answers 409.",
  })
  @ApiOkResponse({ type: RoundUpgradePreviewDto })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/upgrade-target-unknown, upgrade-target-not-later, upgrade-no-mapping or upgrade-choice-invalid',
  })
  @ApiConflictResponse({
    description: 'problem+json /problems/round-submitted or upgrade-target-retired',
  })
  preview(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Query() query: RoundUpgradeQueryDto,
  ): Promise<RoundUpgradePreviewDto> {
    return this.upgrades.preview(actor, roundId, query.to, parseChoiceList(query.choices));
  }

  @Post()
  @HttpCode(200)
  @Can('round.upgrade')
  @ApiOperation({
    summary: 'Upgrade an open round to a newer published version of its rubric, as previewed',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. In one transaction: the round moves to the version, answers carry over through the mapping (each one that moved or whose criterion changed is marked carried over, to confirm with "Klopt nog"), new criteria start empty, answers of criteria that no longer exist leave the round and stay readable in its history; evidence links and improvement actions follow the mapping. A merged criterion with several earlier answers needs a choice (else 422 upgrade-choice-missing listing them). A submitted round never changes (409).',
  })
  @ApiOkResponse({ type: RoundUpgradeResultDto })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/upgrade-choice-missing (with `codes`), upgrade-choice-invalid, upgrade-target-unknown, upgrade-target-not-later or upgrade-no-mapping',
  })
  @ApiConflictResponse({
    description: 'problem+json /problems/round-submitted or upgrade-target-retired',
  })
  upgrade(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: UpgradeRoundDto,
  ): Promise<RoundUpgradeResultDto> {
    return this.upgrades.upgrade(actor, roundId, body.to, body.choices ?? {});
  }
}
