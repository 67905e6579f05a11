import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchResultsDto } from './dto/search-response.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiCookieAuth()
@Controller({ path: 'search', version: '1' })
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Can('search')
  @ApiOkResponse({ type: SearchResultsDto })
  @ApiOperation({
    summary:
      "Search the criteria of the organisation's rubrics and its evidence (each word must occur); at most 25 per group",
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Criteria by code, title and text (description, guidance questions, level descriptors) of the rubric versions its rounds use; evidence by title, kind and file name, of this organisation only. q is trimmed and 2 to 200 characters (400 problem+json otherwise).',
  })
  find(@CurrentActor() actor: Actor, @Query() query: SearchQueryDto): Promise<SearchResultsDto> {
    return this.search.search(actor.organisationId, query.q);
  }
}
