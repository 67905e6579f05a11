import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { MyCriterionResponseDto } from './dto/assessment-round-response.dto';
import { MyCriteriaService } from './my-criteria.service';

@ApiTags('rounds')
@ApiCookieAuth()
@Controller({ path: 'me/criteria', version: '1' })
export class MyCriteriaController {
  constructor(private readonly myCriteria: MyCriteriaService) {}

  @Get()
  @Can('criteria.mine')
  @ApiOperation({
    summary: 'The criteria the current member owns in open rounds',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). The criteria assigned to the current member in rounds that are still open.',
  })
  list(@CurrentActor() actor: Actor): Promise<MyCriterionResponseDto[]> {
    return this.myCriteria.list(actor);
  }
}
