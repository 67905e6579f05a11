import {
  homeActions,
  HomeAdmin,
  homeMyCriteria,
  HomeOverview,
  HomeRound,
  homeRounds,
  MemberRole,
  toHomeRound,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { ActionsService } from '../actions/actions.service';
import { AssessmentRoundsService } from '../assessments/assessment-rounds.service';
import { MyCriteriaService } from '../assessments/my-criteria.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { SessionContext } from '../common/auth/request-context';
import { RoundReportService } from '../dashboards/round-report.service';
import { SectorReadinessService } from '../dashboards/sector-readiness.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { RubricsService } from '../rubrics/rubrics.service';

interface ActiveMembership {
  id: string;
  organisationId: string;
  role: MemberRole;
}

/**
 * The home page's read model: where the organisation stands, for the person looking. It owns no
 * data and no rule; it asks the rounds, readiness, actions and criteria services and lets
 * libs/domain (dashboard/home) pick what each role sees. Tenancy comes from the session only.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly rounds: AssessmentRoundsService,
    private readonly reports: RoundReportService,
    private readonly actions: ActionsService,
    private readonly myCriteria: MyCriteriaService,
    private readonly rubrics: RubricsService,
    private readonly sector: SectorReadinessService,
  ) {}

  async overview(session: SessionContext): Promise<HomeOverview> {
    const today = this.reports.today();
    const membership = await this.membershipOf(session);
    const admin = session.platformAdmin ? await this.admin() : null;
    const empty: HomeOverview = {
      referenceDate: today,
      organisationId: null,
      organisationName: null,
      role: null,
      isPlatformAdmin: session.platformAdmin,
      rounds: [],
      actions: null,
      myCriteria: null,
      admin,
    };
    if (!membership) {
      return empty;
    }
    const actor: Actor = {
      organisationId: membership.organisationId,
      membershipId: membership.id,
      role: membership.role,
      userId: session.userId,
      displayName: session.displayName,
    };
    const organisationName = await this.organisations.nameOf(membership.organisationId);
    const base = { ...empty, organisationId: actor.organisationId, organisationName };
    return { ...base, ...(await this.forRole(actor, membership.role, today)) };
  }

  private async forRole(
    actor: Actor,
    role: MemberRole,
    today: string,
  ): Promise<Pick<HomeOverview, 'role' | 'rounds' | 'actions' | 'myCriteria'>> {
    switch (role) {
      case 'quality-officer': {
        const [rounds, actions] = await Promise.all([
          this.roundsOf(actor.organisationId, role, today),
          this.actions.list(actor.organisationId, {}),
        ]);
        return { role, rounds, actions: homeActions(actions, today), myCriteria: null };
      }
      case 'contributor': {
        const [criteria, actions] = await Promise.all([
          this.myCriteria.list(actor),
          this.actions.list(actor.organisationId, { ownerId: actor.membershipId ?? undefined }),
        ]);
        return {
          role,
          rounds: [],
          actions: homeActions(actions, today, null),
          myCriteria: homeMyCriteria(criteria),
        };
      }
      case 'manager':
        return {
          role,
          rounds: await this.roundsOf(actor.organisationId, role, today),
          actions: null,
          myCriteria: null,
        };
      // A sociaal werker takes no part in the rounds: their home is their teams' work.
      case 'professional':
        return { role, rounds: [], actions: null, myCriteria: null };
    }
  }

  /** The rounds the role sees, each with its readiness report (the dashboards' own figures). */
  private async roundsOf(
    organisationId: string,
    role: MemberRole,
    today: string,
  ): Promise<HomeRound[]> {
    const shown = homeRounds(await this.rounds.list(organisationId), role);
    const reports = await Promise.all(
      shown.map((round) => this.reports.report(organisationId, round.id)),
    );
    return shown.map((round, index) => toHomeRound(round, reports[index], today));
  }

  private async admin(): Promise<HomeAdmin> {
    const [rubrics, sector] = await Promise.all([this.rubrics.list(), this.sector.readiness()]);
    return {
      rubricCount: new Set(rubrics.map((rubric) => rubric.id)).size,
      sectorOrganisations: sector.reduce((sum, rubric) => sum + rubric.organisations, 0),
    };
  }

  /** The session's active membership; a session without one carries on in the first, as GET /me does. */
  private async membershipOf(session: SessionContext): Promise<ActiveMembership | null> {
    if (session.activeMembership) {
      return session.activeMembership;
    }
    const [first] = await this.organisations.membershipRowsOf(session.userId);
    return first
      ? { id: first.membershipId, organisationId: first.organisationId, role: first.role }
      : null;
  }
}
