import { TeamAgreement, TeamAgreementStatus, TeamAgreementVersion } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { peopleOf } from '../common/people';
import { assertAnonymised } from '../common/privacy';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { versionConflict } from '../common/version-check';
import { OrganisationsService } from '../organisations/organisations.service';
import { TeamWorkAccessService } from '../team-work/team-work-access.service';
import {
  TeamAgreementDto,
  TeamAgreementQueryDto,
  UpdateTeamAgreementDto,
} from './dto/team-agreement.dto';
import { TeamAgreementVersionEntity } from './entities/team-agreement-version.entity';
import { TeamAgreementEntity } from './entities/team-agreement.entity';
import { TeamAgreementsRepository } from './team-agreements.repository';

/**
 * Team agreements on recurring questions. A change is a new version (who, when, what), so the
 * team can see how an agreement grew; one page of a team's agreements, searchable.
 */
@Injectable()
export class TeamAgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TeamAgreementsRepository,
    private readonly access: TeamWorkAccessService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: TeamAgreementQueryDto): Promise<TeamAgreement[]> {
    const teamIds = query.team
      ? [(await this.access.readable(actor, query.team)).id]
      : await this.access.readableTeamIds(actor);
    const rows = await this.repository.list(actor.organisationId, {
      teamIds,
      q: query.q,
      status: query.status,
    });
    return this.map(actor, rows);
  }

  /** For the learning report: versions written in a period (first versions are new agreements). */
  versionsInPeriod(organisationId: string, teamIds: string[] | null, from: Date, to: Date) {
    return this.repository.versionsInPeriod(organisationId, teamIds, from, to);
  }

  async detail(actor: Actor, agreementId: string): Promise<TeamAgreement> {
    return (await this.map(actor, [await this.readable(actor, agreementId)]))[0];
  }

  async create(actor: Actor, dto: TeamAgreementDto): Promise<TeamAgreement> {
    await this.access.recordable(actor, dto.teamId);
    this.check(dto);
    const now = this.clock.now();
    const row = await this.dataSource.transaction(async (manager) => {
      const agreement = await this.repository.saveAgreement(manager, {
        organisationId: actor.organisationId,
        teamId: dto.teamId,
        version: 1,
        createdAt: now,
      });
      await this.repository.addVersion(manager, this.version(actor, agreement.id, 1, dto, now));
      return agreement;
    });
    return (await this.map(actor, [row]))[0];
  }

  async update(
    actor: Actor,
    agreementId: string,
    dto: UpdateTeamAgreementDto,
  ): Promise<TeamAgreement> {
    const existing = await this.readable(actor, agreementId);
    await this.access.recordable(actor, existing.teamId);
    if (dto.teamId !== existing.teamId) {
      throw new ProblemException(422, 'agreement-team-fixed');
    }
    this.check(dto);
    const current = (await this.map(actor, [existing]))[0];
    const conflict = versionConflict({
      current,
      updatedBy: current.changedBy?.displayName,
      updatedAt: current.changedAt,
    });
    if (existing.version !== dto.version) {
      throw conflict;
    }
    const next = dto.version + 1;
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.bumpVersion(manager, existing.id, dto.version))) {
        throw conflict;
      }
      await this.repository.addVersion(
        manager,
        this.version(actor, existing.id, next, dto, this.clock.now()),
      );
    });
    return (await this.map(actor, [{ ...existing, version: next }]))[0];
  }

  async remove(actor: Actor, agreementId: string): Promise<void> {
    const existing = await this.readable(actor, agreementId);
    await this.access.recordable(actor, existing.teamId);
    await this.dataSource.transaction((manager) => this.repository.remove(manager, existing.id));
  }

  private check(dto: TeamAgreementDto): void {
    assertAnonymised(
      [
        { field: 'question', value: dto.question },
        { field: 'agreement', value: dto.agreement },
        { field: 'rationale', value: dto.rationale },
      ],
      this.clock.now(),
    );
    if (dto.reviewOn && dto.reviewOn < dto.agreedOn) {
      throw new ProblemException(422, 'review-before-agreement');
    }
  }

  private version(
    actor: Actor,
    agreementId: string,
    version: number,
    dto: TeamAgreementDto,
    now: Date,
  ): Omit<TeamAgreementVersionEntity, 'id'> {
    return {
      agreementId,
      version,
      question: dto.question.trim(),
      agreementText: dto.agreement.trim(),
      rationale: (dto.rationale ?? '').trim(),
      agreedOn: dto.agreedOn,
      reviewOn: dto.reviewOn ?? null,
      status: dto.status ?? 'active',
      changedByUserId: actor.userId,
      changedAt: now,
    };
  }

  private async readable(actor: Actor, agreementId: string): Promise<TeamAgreementEntity> {
    const row = await this.repository.find(actor.organisationId, agreementId);
    if (!row) {
      throw notFound();
    }
    await this.access.readable(actor, row.teamId);
    return row;
  }

  private async map(actor: Actor, rows: TeamAgreementEntity[]): Promise<TeamAgreement[]> {
    const [versions, members] = await Promise.all([
      this.repository.versionsOf(rows.map((row) => row.id)),
      this.organisations.listMembers(actor.organisationId),
    ]);
    const names = peopleOf(members).namesByUser;
    const toVersion = (v: TeamAgreementVersionEntity): TeamAgreementVersion => ({
      version: v.version,
      question: v.question,
      agreement: v.agreementText,
      rationale: v.rationale,
      agreedOn: v.agreedOn,
      reviewOn: v.reviewOn,
      status: v.status as TeamAgreementStatus,
      changedBy: v.changedByUserId
        ? { userId: v.changedByUserId, displayName: names.get(v.changedByUserId) ?? '' }
        : null,
      changedAt: v.changedAt.toISOString(),
    });
    return rows.map((row) => {
      const own = versions.filter((v) => v.agreementId === row.id).map(toVersion);
      const current = own.find((v) => v.version === row.version) ?? own[0];
      return {
        id: row.id,
        teamId: row.teamId,
        createdAt: row.createdAt.toISOString(),
        ...current,
        history: own.filter((v) => v.version !== row.version),
      };
    });
  }

  /** For the demo seed, inside its transaction: an agreement without versions yet. */
  seedAgreement(
    manager: EntityManager,
    agreement: Parameters<TeamAgreementsRepository['saveAgreement']>[1],
  ) {
    return this.repository.saveAgreement(manager, agreement);
  }

  /** For the demo seed: the agreement's next version, as an edit through the API would add it. */
  async seedVersion(
    manager: EntityManager,
    version: Parameters<TeamAgreementsRepository['addVersion']>[1],
  ): Promise<void> {
    if (
      version.version > 1 &&
      !(await this.repository.bumpVersion(manager, version.agreementId, version.version - 1))
    ) {
      throw new Error('demo agreement version conflict');
    }
    await this.repository.addVersion(manager, version);
  }
}
