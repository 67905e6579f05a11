import { CreateFoundation1795546655400 } from './1795546655400-create-foundation';
import { CreateAssessmentRounds1795547708440 } from './1795547708440-create-assessment-rounds';
import { CreateRoundEvents1795547708441 } from './1795547708441-create-round-events';
import { AddPlatformAdmin1795556054147 } from './1795556054147-add-platform-admin';

/** Every migration, in order; the API runs the pending ones on start. */
export const MIGRATIONS = [
  CreateFoundation1795546655400,
  CreateAssessmentRounds1795547708440,
  CreateRoundEvents1795547708441,
  AddPlatformAdmin1795556054147,
];
