import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Public } from '../common/auth/auth.decorators';
import { RubricSummaryResponseDto, RubricVersionResponseDto } from './dto/rubric-response.dto';
import { RubricsService } from './rubrics.service';

@ApiTags('rubrics')
@Public()
@Controller({ path: 'rubrics', version: '1' })
export class RubricsController {
  constructor(private readonly rubrics: RubricsService) {}

  @Get()
  @ApiOperation({
    summary: 'Published and retired rubric versions',
    description: 'No login needed. Draft versions are not listed.',
  })
  list(): Promise<RubricSummaryResponseDto[]> {
    return this.rubrics.list();
  }

  @Get(':rubricId/versions/:version')
  @ApiOperation({
    summary: 'One rubric version: domains, criteria, guidance, evidence kinds, maturity levels',
    description:
      'No login needed. A draft or unknown version answers 404. The status is read from the database on every request.',
  })
  get(
    @Param('rubricId') rubricId: string,
    @Param('version') version: string,
  ): Promise<RubricVersionResponseDto> {
    return this.rubrics.current(rubricId, version);
  }
}
