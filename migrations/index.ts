import { CreateFoundation1795546655400 } from './1795546655400-create-foundation';
import { CreateAssessmentRounds1795547708440 } from './1795547708440-create-assessment-rounds';
import { CreateRoundEvents1795547708441 } from './1795547708441-create-round-events';
import { AddPlatformAdmin1795556054147 } from './1795556054147-add-platform-admin';
import { CreateReviewInvitations1795556636396 } from './1795556636396-create-review-invitations';
import { CreateReviews1795556772403 } from './1795556772403-create-reviews';
import { AddDashboardIndexes1795556960621 } from './1795556960621-add-dashboard-indexes';
import { CreatePeerGroups1795557001759 } from './1795557001759-create-peer-groups';
import { CreateServerSecrets1795560000000 } from './1795560000000-create-server-secrets';
import { RubricAuthoring1796316782393 } from './1796316782393-rubric-authoring';
import { WithdrawAssessmentRounds1796400000000 } from './1796400000000-withdraw-assessment-rounds';

/** Every migration, in order; the API runs the pending ones on start. */
export const MIGRATIONS = [
  CreateFoundation1795546655400,
  CreateAssessmentRounds1795547708440,
  CreateRoundEvents1795547708441,
  AddPlatformAdmin1795556054147,
  CreateReviewInvitations1795556636396,
  CreateReviews1795556772403,
  AddDashboardIndexes1795556960621,
  CreatePeerGroups1795557001759,
  CreateServerSecrets1795560000000,
  RubricAuthoring1796316782393,
  WithdrawAssessmentRounds1796400000000,
];
