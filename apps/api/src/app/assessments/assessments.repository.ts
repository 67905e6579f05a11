import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { CriterionResponseEntity } from './entities/criterion-response.entity';
import { ResponseEvidenceEntity } from './entities/response-evidence.entity';

export type LockMode = 'pessimistic_read' | 'pessimistic_write';
export type NewRound = Omit<AssessmentRoundEntity, 'id' | 'createdAt'>;
export type NewResponse = Omit<CriterionResponseEntity, 'id'>;

/** Every query of the assessments context; methods take the organisation id first where they can. */
@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insertRound(manager: EntityManager, round: NewRound): Promise<AssessmentRoundEntity> {
    const repository = manager.getRepository(AssessmentRoundEntity);
    return repository.save(repository.create(round));
  }

  async insertResponses(
    manager: EntityManager,
    responses: NewResponse[],
  ): Promise<CriterionResponseEntity[]> {
    const repository = manager.getRepository(CriterionResponseEntity);
    return repository.save(responses.map((response) => repository.create(response)));
  }

  findRound(
    organisationId: string,
    roundId: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager.getRepository(AssessmentRoundEntity).findOneBy({ organisationId, id: roundId });
  }

  /** Share-locked for edits inside the round, write-locked to submit: a submit waits for running edits. */
  lockRound(manager: EntityManager, organisationId: string, roundId: string, mode: LockMode) {
    return manager
      .getRepository(AssessmentRoundEntity)
      .createQueryBuilder('r')
      .where('r.organisationId = :organisationId AND r.id = :roundId', { organisationId, roundId })
      .setLock(mode)
      .getOne();
  }

  listRounds(organisationId: string): Promise<AssessmentRoundEntity[]> {
    return this.dataSource
      .getRepository(AssessmentRoundEntity)
      .find({ where: { organisationId }, order: { targetDate: 'DESC', createdAt: 'DESC' } });
  }

  lastSubmittedRound(
    organisationId: string,
    rubricId: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager.getRepository(AssessmentRoundEntity).findOne({
      where: { organisationId, rubricId, status: In(['submitted', 'reviewed']) },
      order: { submittedAt: 'DESC' },
    });
  }

  async updateRound(
    manager: EntityManager,
    round: AssessmentRoundEntity,
    expectedVersion: number,
    patch: Partial<AssessmentRoundEntity>,
  ) {
    const result = await manager
      .createQueryBuilder()
      .update(AssessmentRoundEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND organisation_id = :organisationId AND version = :expectedVersion', {
        id: round.id,
        organisationId: round.organisationId,
        expectedVersion,
      })
      .execute();
    return result.affected === 1;
  }

  responsesOfRounds(
    roundIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CriterionResponseEntity[]> {
    if (roundIds.length === 0) {
      return Promise.resolve([]);
    }
    return manager.getRepository(CriterionResponseEntity).find({
      where: { roundId: In([...roundIds]) },
      order: { criterionCode: 'ASC' },
    });
  }

  findResponse(
    roundId: string,
    criterionCode: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager.getRepository(CriterionResponseEntity).findOneBy({ roundId, criterionCode });
  }

  async updateResponse(
    manager: EntityManager,
    response: CriterionResponseEntity,
    expectedVersion: number,
    patch: Partial<CriterionResponseEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CriterionResponseEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id: response.id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async setOwner(
    manager: EntityManager,
    responseId: string,
    ownerMembershipId: string | null,
  ): Promise<void> {
    await manager
      .getRepository(CriterionResponseEntity)
      .update({ id: responseId }, { ownerMembershipId });
  }

  /** Criteria a member owns in the organisation's open rounds, with their round. */
  ownedInOpenRounds(organisationId: string, membershipId: string) {
    return this.dataSource
      .getRepository(CriterionResponseEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.round', 'r')
      .where('c.organisationId = :organisationId AND c.ownerMembershipId = :membershipId', {
        organisationId,
        membershipId,
      })
      .andWhere("r.status = 'draft'")
      .orderBy('r.selfEvaluationDeadline', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .addOrderBy('c.criterionCode', 'ASC')
      .getMany();
  }

  links(
    roundId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ResponseEvidenceEntity[]> {
    return manager
      .getRepository(ResponseEvidenceEntity)
      .find({ where: { roundId }, order: { linkedAt: 'ASC', evidenceId: 'ASC' } });
  }

  /** Whether the evidence supports some criterion response of the round. */
  async isLinkedToRound(roundId: string, evidenceId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(ResponseEvidenceEntity)
      .exists({ where: { roundId, evidenceId } });
  }

  linksOfResponse(
    responseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ResponseEvidenceEntity[]> {
    return manager
      .getRepository(ResponseEvidenceEntity)
      .find({ where: { responseId }, order: { linkedAt: 'ASC', evidenceId: 'ASC' } });
  }

  /** True when the link is new; linking twice changes nothing. */
  async insertLink(
    manager: EntityManager,
    link: Omit<ResponseEvidenceEntity, 'linkedAt'> & { linkedAt: Date },
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ResponseEvidenceEntity)
      .values(link)
      .orIgnore()
      .returning('response_id')
      .execute();
    return Array.isArray(result.raw) && result.raw.length > 0;
  }

  async insertLinks(manager: EntityManager, links: ResponseEvidenceEntity[]): Promise<void> {
    if (links.length > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ResponseEvidenceEntity)
        .values(links)
        .orIgnore()
        .execute();
    }
  }

  async deleteLink(
    manager: EntityManager,
    responseId: string,
    evidenceId: string,
  ): Promise<boolean> {
    const result = await manager
      .getRepository(ResponseEvidenceEntity)
      .delete({ responseId, evidenceId });
    return result.affected === 1;
  }
}
