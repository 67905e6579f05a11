import { ImprovementActionEntity } from '../actions/entities/improvement-action.entity';
import { AssessmentRoundEntity } from '../assessments/entities/assessment-round.entity';
import { CriterionResponseEntity } from '../assessments/entities/criterion-response.entity';
import { ResponseEvidenceEntity } from '../assessments/entities/response-evidence.entity';
import { RoundEventEntity } from '../audit-trail/entities/round-event.entity';
import { EmailChangeEntity } from '../auth/entities/email-change.entity';
import { PasswordResetEntity } from '../auth/entities/password-reset.entity';
import { SessionEntity } from '../auth/entities/session.entity';
import { ThrottleHitEntity } from '../auth/entities/throttle-hit.entity';
import { UserEntity } from '../auth/entities/user.entity';
import { CheckInScheduleEntity } from '../check-ins/entities/check-in-schedule.entity';
import { CheckInEntity } from '../check-ins/entities/check-in.entity';
import { CriterionCommentEntity } from '../comments/entities/criterion-comment.entity';
import { ServerSecretEntity } from '../common/entities/server-secret.entity';
import { DecisionModelEntity } from '../decision-models/entities/decision-model.entity';
import { EvidenceRevisionEntity } from '../evidence/entities/evidence-revision.entity';
import { EvidenceEntity } from '../evidence/entities/evidence.entity';
import { LearningRecordEntity } from '../learning-records/entities/learning-record.entity';
import { NotificationDigestEntity } from '../notifications/entities/notification-digest.entity';
import { NotificationPreferenceEntity } from '../notifications/entities/notification-preference.entity';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import { OrganisationEventEntity } from '../organisation-data/entities/organisation-event.entity';
import { InvitationEntity } from '../organisations/entities/invitation.entity';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { PeerGroupInvitationEntity } from '../peer-groups/entities/peer-group-invitation.entity';
import { PeerGroupMemberEntity } from '../peer-groups/entities/peer-group-member.entity';
import { PeerGroupEntity } from '../peer-groups/entities/peer-group.entity';
import { ReflectionEntity } from '../reflections/entities/reflection.entity';
import { ReviewInvitationEntity } from '../review-access/entities/review-invitation.entity';
import { LeerrapportEntity } from '../reviews/entities/leerrapport.entity';
import { ReviewFindingEntity } from '../reviews/entities/review-finding.entity';
import { ReviewEntity } from '../reviews/entities/review.entity';
import { RubricDraftEntity } from '../rubrics/entities/rubric-draft.entity';
import { RubricHistoryEntity } from '../rubrics/entities/rubric-history.entity';
import { RubricVersionEntity } from '../rubrics/entities/rubric-version.entity';
import { TeamAgreementVersionEntity } from '../team-agreements/entities/team-agreement-version.entity';
import { TeamAgreementEntity } from '../team-agreements/entities/team-agreement.entity';
import { TeamSessionEntity } from '../team-sessions/entities/team-session.entity';
import { TeamMemberEntity } from '../teams/entities/team-member.entity';
import { TeamEntity } from '../teams/entities/team.entity';

export const ENTITIES = [
  AssessmentRoundEntity,
  CriterionCommentEntity,
  DecisionModelEntity,
  CriterionResponseEntity,
  EmailChangeEntity,
  EvidenceEntity,
  EvidenceRevisionEntity,
  ImprovementActionEntity,
  InvitationEntity,
  LeerrapportEntity,
  MembershipEntity,
  NotificationDigestEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  OrganisationEntity,
  OrganisationEventEntity,
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
  PasswordResetEntity,
  SessionEntity,
  TeamEntity,
  TeamMemberEntity,
  ReflectionEntity,
  TeamSessionEntity,
  TeamAgreementEntity,
  TeamAgreementVersionEntity,
  CheckInEntity,
  CheckInScheduleEntity,
  LearningRecordEntity,
  ThrottleHitEntity,
  UserEntity,
];
