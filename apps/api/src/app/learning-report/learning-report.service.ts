import {
  assembleLearningReport,
  assertLearningReportPeriod,
  isoDayIn,
  LearningReport,
  learningReportRefusal,
  LearningReportScope,
  MemberRole,
  TeamRole,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { TeamsService } from '../teams/teams.service';
import { LearningReportQueryDto } from './dto/learning-report.dto';
import { LearningReportReadModel } from './learning-report.read-model';

/**
 * The learning report of a team or the organisation over a period: aggregates only (see
 * `assembleLearningReport`). The quality officer and the manager read every team's; a
 * contributor only a team they lead; another organisation's team is not found.
 */
@Injectable()
export class LearningReportService {
  constructor(
    private readonly readModel: LearningReportReadModel,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
  ) {}

  async report(actor: Actor, query: LearningReportQueryDto): Promise<LearningReport> {
    const scope = await this.scopeOf(actor, query.team);
    assertLearningReportPeriod(query.from, query.to);
    const facts = await this.readModel.factsOf(actor.organisationId, scope, query.from, query.to);
    return assembleLearningReport(facts);
  }

  today(): string {
    return isoDayIn(this.clock.now());
  }

  private async scopeOf(actor: Actor, teamId: string | undefined): Promise<LearningReportScope> {
    let scope: LearningReportScope = { kind: 'organisation' };
    let teamRole: TeamRole | null = null;
    if (teamId) {
      const team = await this.teams.findTeam(actor.organisationId, teamId);
      if (!team) {
        throw notFound();
      }
      teamRole = await this.teams.teamRoleOf(actor.organisationId, actor.userId, team.id);
      scope = { kind: 'team', teamId: team.id, teamName: team.name };
    }
    const refusal = learningReportRefusal(actor.role as MemberRole, teamRole, Boolean(teamId));
    if (refusal) {
      throw new ProblemException(403, refusal);
    }
    return scope;
  }
}
