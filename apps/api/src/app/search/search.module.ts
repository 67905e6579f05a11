import { Module } from '@nestjs/common';

import { RubricsModule } from '../rubrics/rubrics.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [RubricsModule],
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
