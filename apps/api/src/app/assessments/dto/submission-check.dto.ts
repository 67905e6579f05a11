import {
  SubmissionCheck,
  SubmissionCheckItem,
  SubmissionChecks,
  SubmissionCheckSeverity,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

export class SubmissionCheckItemDto implements SubmissionCheckItem {
  @ApiProperty({ description: 'A criterion code, or the id of an action' }) ref: string;
  @ApiProperty({ description: 'The criterion title or action title' }) label: string;
  @ApiProperty({ description: 'The criterion the item belongs to, to link to it' })
  criterionCode: string;
}

export class SubmissionCheckDto implements SubmissionCheck {
  @ApiProperty({
    description:
      'unanswered, unconfirmed (blocking); required-not-met, actions-overdue (warnings, external audit only); the list may grow',
  })
  code: string;
  @ApiProperty({ enum: ['blocking', 'warning'] }) severity: SubmissionCheckSeverity;
  @ApiProperty({ description: "Plain words in the request's language (Accept-Language)" })
  message: string;
  @ApiProperty({ type: [SubmissionCheckItemDto] }) items: SubmissionCheckItemDto[];
}

export class SubmissionChecksDto implements SubmissionChecks {
  @ApiProperty({ description: 'False while a blocking check fails' }) canSubmit: boolean;
  @ApiProperty({ type: [SubmissionCheckDto], description: 'Only checks that found something' })
  checks: SubmissionCheckDto[];
}
