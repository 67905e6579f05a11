import {
  ActionStatus,
  checkInPeriodKeysOf,
  CheckInQuestion,
  LearningReportAction,
  LearningReportFacts,
  LearningReportScope,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { ActionsService } from '../actions/actions.service';
import { CheckInsService } from '../check-ins/check-ins.service';
import { ReflectionsService } from '../reflections/reflections.service';
import { TeamAgreementsService } from '../team-agreements/team-agreements.service';
import { TeamSessionsService } from '../team-sessions/team-sessions.service';

const DAY_MS = 86_400_000;

/**
 * The learning report's queries, through the contexts' exported services: facts of a period only
 * (who, which model, which dilemma, how many present), never a text someone wrote.
 */
@Injectable()
export class LearningReportReadModel {
  constructor(
    private readonly reflections: ReflectionsService,
    private readonly sessions: TeamSessionsService,
    private readonly agreements: TeamAgreementsService,
    private readonly checkIns: CheckInsService,
    private readonly actions: ActionsService,
  ) {}

  async factsOf(
    organisationId: string,
    scope: LearningReportScope,
    from: string,
    to: string,
  ): Promise<LearningReportFacts> {
    const teamIds = scope.kind === 'team' ? [scope.teamId] : null;
    const [reflections, sessions, versions, checkIns] = await Promise.all([
      this.reflections.factsInPeriod(organisationId, teamIds, from, to),
      this.sessions.inPeriod(organisationId, teamIds, from, to),
      this.agreements.versionsInPeriod(
        organisationId,
        teamIds,
        new Date(`${from}T00:00:00Z`),
        new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS),
      ),
      this.checkIns.ofPeriods(organisationId, teamIds, checkInPeriodKeysOf(from, to)),
    ]);
    return {
      scope,
      from,
      to,
      reflections: reflections.map((row) => ({
        authorId: row.authorUserId,
        modelId: row.modelId,
        dilemmas: row.dilemmas,
        decisionKind: row.decisionKind,
      })),
      sessions: sessions.map((row) => ({
        sessionType: row.sessionType,
        presentCount: row.presentCount,
      })),
      agreementVersions: versions.map((row) => ({
        agreementId: row.agreementId,
        version: row.version,
      })),
      checkIns: checkIns.map((row) => ({ authorId: row.authorUserId, periodKey: row.periodKey })),
      actions: await this.actionsOf(
        organisationId,
        checkIns.flatMap((row) => row.actionLinks),
      ),
    };
  }

  /** The verbeteracties check-in answers became, with their current status. */
  private async actionsOf(
    organisationId: string,
    links: { question: string; actionId: string }[],
  ): Promise<LearningReportAction[]> {
    if (links.length === 0) {
      return [];
    }
    const questionOf = new Map(links.map((link) => [link.actionId, link.question]));
    const actions = await this.actions.list(organisationId, {});
    return actions
      .filter((action) => questionOf.has(action.id))
      .map((action) => ({
        id: action.id,
        roundId: action.roundId,
        criterionCode: action.criterionCode,
        title: action.title,
        status: action.status as ActionStatus,
        dueDate: action.dueDate,
        question: questionOf.get(action.id) as CheckInQuestion,
      }));
  }
}
