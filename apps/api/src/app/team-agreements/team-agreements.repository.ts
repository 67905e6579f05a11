import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { TeamAgreementVersionEntity } from './entities/team-agreement-version.entity';
import { TeamAgreementEntity } from './entities/team-agreement.entity';

const NO_TEAM = '00000000-0000-0000-0000-000000000000';

export interface AgreementFilter {
  teamIds: string[] | null;
  q?: string;
  status?: string;
}

/** Escapes LIKE's wildcards, so a search for "100%" looks for the text itself. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Every query of the team agreements context. */
@Injectable()
export class TeamAgreementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Agreements whose current version matches, by question. */
  async list(organisationId: string, filter: AgreementFilter): Promise<TeamAgreementEntity[]> {
    const query = this.dataSource
      .getRepository(TeamAgreementEntity)
      .createQueryBuilder('agreement')
      .innerJoin(
        TeamAgreementVersionEntity,
        'current',
        'current.agreementId = agreement.id AND current.version = agreement.version',
      )
      .where('agreement.organisationId = :organisationId', { organisationId });
    if (filter.teamIds) {
      query.andWhere('agreement.teamId IN (:...teamIds)', {
        teamIds: [...filter.teamIds, NO_TEAM],
      });
    }
    if (filter.status) {
      query.andWhere('current.status = :status', { status: filter.status });
    }
    for (const [index, word] of (filter.q ?? '').split(/\s+/).filter(Boolean).entries()) {
      query.andWhere(
        `(current.question ILIKE :w${index} OR current.agreementText ILIKE :w${index} OR current.rationale ILIKE :w${index})`,
        { [`w${index}`]: likePattern(word) },
      );
    }
    return query.orderBy('current.question', 'ASC').addOrderBy('agreement.id', 'ASC').getMany();
  }

  /** All versions of the agreements, newest first per agreement. */
  versionsOf(agreementIds: string[]): Promise<TeamAgreementVersionEntity[]> {
    if (agreementIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.dataSource.getRepository(TeamAgreementVersionEntity).find({
      where: { agreementId: In(agreementIds) },
      order: { version: 'DESC' },
    });
  }

  find(organisationId: string, agreementId: string): Promise<TeamAgreementEntity | null> {
    return this.dataSource
      .getRepository(TeamAgreementEntity)
      .findOne({ where: { id: agreementId, organisationId } });
  }

  /** For the learning report: versions written in a period, of the given teams. */
  versionsInPeriod(organisationId: string, teamIds: string[] | null, from: Date, to: Date) {
    const query = this.dataSource
      .getRepository(TeamAgreementVersionEntity)
      .createQueryBuilder('version')
      .innerJoinAndSelect('version.agreement', 'agreement')
      .where('agreement.organisationId = :organisationId', { organisationId })
      .andWhere('version.changedAt >= :from AND version.changedAt < :to', { from, to });
    if (teamIds) {
      query.andWhere('agreement.teamId IN (:...teamIds)', { teamIds: [...teamIds, NO_TEAM] });
    }
    return query.getMany();
  }

  saveAgreement(
    manager: EntityManager,
    agreement: Omit<TeamAgreementEntity, 'id'> | TeamAgreementEntity,
  ) {
    const repository = manager.getRepository(TeamAgreementEntity);
    return repository.save(repository.create(agreement));
  }

  /** Moves the agreement to the next version if it is still at `expected`; false otherwise. */
  async bumpVersion(
    manager: EntityManager,
    agreementId: string,
    expected: number,
  ): Promise<boolean> {
    const result = await manager
      .getRepository(TeamAgreementEntity)
      .update({ id: agreementId, version: expected }, { version: expected + 1 });
    return (result.affected ?? 0) === 1;
  }

  addVersion(manager: EntityManager, version: Omit<TeamAgreementVersionEntity, 'id'>) {
    const repository = manager.getRepository(TeamAgreementVersionEntity);
    return repository.save(repository.create(version));
  }

  async remove(manager: EntityManager, agreementId: string): Promise<void> {
    await manager.getRepository(TeamAgreementEntity).delete({ id: agreementId });
  }
}
