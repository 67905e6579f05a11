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
import { RoundSignOff1796500000000 } from './1796500000000-round-sign-off';
import { ReviewCriterionResponses1796600000000 } from './1796600000000-review-criterion-responses';
import { EvidenceRevisions1796700000000 } from './1796700000000-evidence-revisions';
import { AddUserLanguage1797000000000 } from './1797000000000-add-user-language';
import { CreatePasswordResets1797000100000 } from './1797000100000-create-password-resets';
import { AddSessionDevices1797100000000 } from './1797100000000-add-session-devices';
import { CreateEmailChanges1797100100000 } from './1797100100000-create-email-changes';
import { CreateNotifications1797200000000 } from './1797200000000-create-notifications';
import { CreateCriterionComments1797230000000 } from './1797230000000-create-criterion-comments';
import { OrganisationDataErasure1797320000000 } from './1797320000000-organisation-data-erasure';
import { CreateRoundReportVersions1797340000000 } from './1797340000000-create-round-report-versions';
import { CreateTeams1797400000000 } from './1797400000000-create-teams';
import { CreateDecisionModels1797400100000 } from './1797400100000-create-decision-models';
import { CreateReflections1797450000000 } from './1797450000000-create-reflections';
import { CreateTeamSessions1797450100000 } from './1797450100000-create-team-sessions';
import { CreateTeamAgreements1797450200000 } from './1797450200000-create-team-agreements';
import { CreateCheckIns1797450300000 } from './1797450300000-create-check-ins';
import { CreateLearningRecords1797600000000 } from './1797600000000-create-learning-records';

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
  RoundSignOff1796500000000,
  ReviewCriterionResponses1796600000000,
  EvidenceRevisions1796700000000,
  AddUserLanguage1797000000000,
  CreatePasswordResets1797000100000,
  AddSessionDevices1797100000000,
  CreateEmailChanges1797100100000,
  CreateNotifications1797200000000,
  CreateCriterionComments1797230000000,
  OrganisationDataErasure1797320000000,
  CreateRoundReportVersions1797340000000,
  CreateTeams1797400000000,
  CreateDecisionModels1797400100000,
  CreateReflections1797450000000,
  CreateTeamSessions1797450100000,
  CreateTeamAgreements1797450200000,
  CreateCheckIns1797450300000,
  CreateLearningRecords1797600000000,
];
