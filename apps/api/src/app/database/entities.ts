import { SessionEntity } from '../auth/entities/session.entity';
import { ThrottleHitEntity } from '../auth/entities/throttle-hit.entity';
import { UserEntity } from '../auth/entities/user.entity';
import { InvitationEntity } from '../organisations/entities/invitation.entity';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { RubricVersionEntity } from '../rubrics/entities/rubric-version.entity';

export const ENTITIES = [
  InvitationEntity,
  MembershipEntity,
  OrganisationEntity,
  RubricVersionEntity,
  SessionEntity,
  ThrottleHitEntity,
  UserEntity,
];
