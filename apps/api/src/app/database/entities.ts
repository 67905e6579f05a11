import { ImprovementActionEntity } from '../actions/entities/improvement-action.entity';
import { AssessmentRoundEntity } from '../assessments/entities/assessment-round.entity';
import { CriterionResponseEntity } from '../assessments/entities/criterion-response.entity';
import { ResponseEvidenceEntity } from '../assessments/entities/response-evidence.entity';
import { RoundEventEntity } from '../audit-trail/entities/round-event.entity';
import { SessionEntity } from '../auth/entities/session.entity';
import { ThrottleHitEntity } from '../auth/entities/throttle-hit.entity';
import { UserEntity } from '../auth/entities/user.entity';
import { ServerSecretEntity } from '../common/entities/server-secret.entity';
import { EvidenceEntity } from '../evidence/entities/evidence.entity';
import { InvitationEntity } from '../organisations/entities/invitation.entity';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { PeerGroupInvitationEntity } from '../peer-groups/entities/peer-group-invitation.entity';
import { PeerGroupMemberEntity } from '../peer-groups/entities/peer-group-member.entity';
import { PeerGroupEntity } from '../peer-groups/entities/peer-group.entity';
import { ReviewInvitationEntity } from '../review-access/entities/review-invitation.entity';
import { LeerrapportEntity } from '../reviews/entities/leerrapport.entity';
import { ReviewFindingEntity } from '../reviews/entities/review-finding.entity';
import { ReviewEntity } from '../reviews/entities/review.entity';
import { RubricDraftEntity } from '../rubrics/entities/rubric-draft.entity';
import { RubricHistoryEntity } from '../rubrics/entities/rubric-history.entity';
import { RubricVersionEntity } from '../rubrics/entities/rubric-version.entity';

export const ENTITIES = [
  AssessmentRoundEntity,
  CriterionResponseEntity,
  EvidenceEntity,
  ImprovementActionEntity,
  InvitationEntity,
  LeerrapportEntity,
  MembershipEntity,
  OrganisationEntity,
  PeerGroupEntity,
  PeerGroupInvitationEntity,
  PeerGroupMemberEntity,
  ResponseEvidenceEntity,
  ReviewEntity,
  ReviewFindingEntity,
  ReviewInvitationEntity,
  RoundEventEntity,
  RubricDraftEntity,
  RubricHistoryEntity,
  RubricVersionEntity,
  ServerSecretEntity,
  SessionEntity,
  ThrottleHitEntity,
  UserEntity,
];
