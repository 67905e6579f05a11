import { CriterionComment, MemberRef } from '@labelklaar/domain';

import { memberRef, People, userRef } from '../common/people';
import { CriterionCommentEntity } from './entities/criterion-comment.entity';

export function mapComment(row: CriterionCommentEntity, people: People): CriterionComment {
  return {
    id: row.id,
    roundId: row.roundId,
    criterionCode: row.criterionCode,
    author: userRef(people, row.authorUserId),
    body: row.body,
    mentions: row.mentions
      .map((membershipId) => memberRef(people, membershipId))
      .filter((ref): ref is MemberRef => ref !== null),
    createdAt: row.createdAt.toISOString(),
  };
}
