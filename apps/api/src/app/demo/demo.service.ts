import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PasswordService } from '../auth/password.service';
import { UsersService } from '../auth/users.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { TeamsService } from '../teams/teams.service';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_PLATFORM_ADMIN,
  DEMO_TEAMS,
} from './demo-accounts';
import { DemoLearningService } from './demo-learning.service';
import { DemoReviewService } from './demo-review.service';
import { DemoRoundService } from './demo-round.service';
import { DemoTeam } from './demo-year.data';
import { DemoYearService } from './demo-year.service';

export type SeedOutcome = 'created' | 'skipped-not-empty';

@Injectable()
export class DemoService {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly demoRound: DemoRoundService,
    private readonly demoReview: DemoReviewService,
    private readonly teams: TeamsService,
    private readonly demoYear: DemoYearService,
    private readonly demoLearning: DemoLearningService,
  ) {}

  async hasDemoAccounts(): Promise<boolean> {
    return (await this.users.findByEmail(DEMO_ACCOUNTS[0].email)) !== null;
  }

  /**
   * Creates the demo organisation, but never in a database that already holds organisations.
   * Accounts, organisation and its round, the peer organisation and its finished review of an
   * earlier round, and the year of vakmanschap in the two teams (reflections, sessions, agreements,
   * check-ins, learning records) are one transaction: all of it is there, or none of it.
   */
  async seedIfEmpty(): Promise<SeedOutcome> {
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    const models = await this.demoYear.prepare();
    const organisationId = await this.dataSource.transaction(async (manager) => {
      // One seeder at a time, even with several instances starting together.
      await manager.query('SELECT pg_advisory_xact_lock(727274)');
      if ((await this.organisations.countOrganisations(manager)) > 0) {
        return null;
      }
      const [owner, ...others] = DEMO_ACCOUNTS;
      const ownerUser = await this.users.create(manager, {
        email: owner.email,
        displayName: owner.displayName,
        passwordHash,
      });
      const organisation = await this.organisations.createWithQualityOfficer(
        manager,
        DEMO_ORGANISATION,
        ownerUser.id,
      );
      for (const account of others) {
        const user = await this.users.create(manager, {
          email: account.email,
          displayName: account.displayName,
          passwordHash,
        });
        await this.organisations.addMember(manager, organisation.id, user.id, account.role);
      }
      const teamIds = await this.seedTeams(manager, organisation.id);
      await this.users.create(manager, {
        ...DEMO_PLATFORM_ADMIN,
        passwordHash,
        platformAdmin: true,
      });
      // Built through the ordinary use cases, inside this transaction.
      const openRoundId = await this.demoRound.seed(manager, organisation.id);
      if (openRoundId) {
        await this.demoReview.seed(manager, organisation.id, openRoundId, passwordHash);
      }
      await this.demoYear.seed(manager, organisation.id, teamIds, openRoundId, models);
      await this.demoLearning.seed(manager, organisation.id, teamIds);
      return organisation.id;
    });
    const outcome: SeedOutcome = organisationId ? 'created' : 'skipped-not-empty';
    this.logger.log(
      outcome === 'created'
        ? `Created demo organisation "${DEMO_ORGANISATION}"`
        : 'Demo data skipped: the database already has organisations',
    );
    return outcome;
  }

  /** The demo teams with their members and leads; their ids by name. */
  private async seedTeams(
    manager: EntityManager,
    organisationId: string,
  ): Promise<Record<DemoTeam, string>> {
    const members = await this.organisations.listMembers(organisationId, manager);
    const teamIds = {} as Record<DemoTeam, string>;
    for (const team of DEMO_TEAMS) {
      teamIds[team.name as DemoTeam] = await this.teams.seedTeam(
        manager,
        organisationId,
        team,
        team.members.map((m) => ({
          memberId: members.find((member) => member.email === m.email)?.id ?? '',
          teamRole: m.teamRole,
        })),
      );
    }
    return teamIds;
  }
}
