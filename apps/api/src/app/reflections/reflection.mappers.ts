import { Consideration, DecisionKind, Dilemma, Reflection } from '@labelklaar/domain';

import { ReflectionEntity } from './entities/reflection.entity';

export function mapReflection(
  row: ReflectionEntity,
  readerUserId: string,
  names: { team: ReadonlyMap<string, string>; people: ReadonlyMap<string, string> },
): Reflection {
  return {
    id: row.id,
    teamId: row.teamId,
    teamName: names.team.get(row.teamId) ?? '',
    authorId: row.authorUserId,
    authorName: names.people.get(row.authorUserId) ?? '',
    isOwn: row.authorUserId === readerUserId,
    date: row.date,
    decisionKind: row.decisionKind as DecisionKind,
    dilemmas: row.dilemmas as Dilemma[],
    modelId: row.modelId,
    modelVersion: row.modelVersion,
    promptAnswers: row.promptAnswers,
    considerations: row.considerations as Consideration[],
    steps: row.steps,
    decision: row.decision,
    insight: row.insight,
    isShared: row.isShared,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
