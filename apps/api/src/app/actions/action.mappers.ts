import {
  EventSnapshot,
  ImprovementAction,
  isActionOverdue,
  RoundContentAction,
} from '@labelklaar/domain';

import { memberRef, People, userRef } from '../common/people';
import { ImprovementActionEntity } from './entities/improvement-action.entity';

export function mapAction(
  row: ImprovementActionEntity,
  people: People,
  today: string,
): ImprovementAction {
  return {
    id: row.id,
    roundId: row.roundId,
    criterionCode: row.criterionCode,
    title: row.title,
    description: row.description,
    owner: memberRef(people, row.ownerMembershipId),
    dueDate: row.dueDate,
    status: row.status,
    reflection: row.reflection,
    isOverdue: isActionOverdue(row, today),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: userRef(people, row.updatedById),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

export function actionContent(row: ImprovementActionEntity, people: People): RoundContentAction {
  return {
    id: row.id,
    criterionCode: row.criterionCode,
    title: row.title,
    description: row.description,
    owner: memberRef(people, row.ownerMembershipId)?.displayName ?? null,
    dueDate: row.dueDate,
    status: row.status,
    reflection: row.reflection,
  };
}

export function actionSnapshot(
  row: Pick<
    ImprovementActionEntity,
    | 'title'
    | 'description'
    | 'ownerMembershipId'
    | 'dueDate'
    | 'status'
    | 'reflection'
    | 'carriedOverFromId'
  >,
): EventSnapshot {
  return {
    title: row.title,
    description: row.description,
    ownerMemberId: row.ownerMembershipId,
    dueDate: row.dueDate,
    status: row.status,
    reflection: row.reflection,
    carriedOverFromId: row.carriedOverFromId,
  };
}
