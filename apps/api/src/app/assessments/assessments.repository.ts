import { isRoundListed } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import {
  CriterionResponseEntity,
  ResponseAnswerFields,
} from './entities/criterion-response.entity';
import { ResponseEvidenceEntity } from './entities/response-evidence.entity';
import { ResponseEvidenceQueries } from './response-evidence.queries';

export type LockMode = 'pessimistic_read' | 'pessimistic_write';
export type NewRound = Omit<AssessmentRoundEntity, 'id' | 'createdAt'>;
type ReviewFields = 'reviewStatus' | 'reviewComment' | 'reviewedAt' | 'reviewedById';
/** A new response is not checked yet: the review fields may be left out. */
export type NewResponse = Omit<CriterionResponseEntity, 'id' | ReviewFields> &
  Partial<Pick<CriterionResponseEntity, ReviewFields>>;
export type ResponsePatch = ResponseAnswerFields &
  Pick<CriterionResponseEntity, 'updatedAt' | 'updatedById' | 'reviewStatus' | 'reviewComment'>;

/** See `AssessmentsRepository.saveResponse`; `alongside` is SQL that uses the CTE `updated`. */
function saveResponseSql(alongside: string): string {
  return `
      WITH open_round AS (
        SELECT id FROM assessment_rounds WHERE id = $1 AND status = $2 FOR SHARE
      ), updated AS (
        UPDATE criterion_responses c
           SET level = $5, target_level = $6, rationale = $7, not_applicable = $8,
               not_applicable_reason = $9, state = $10, is_carried_over = $11, updated_at = $12,
               updated_by_id = $13, review_status = $14, review_comment = $15,
               version = c.version + 1
          FROM open_round
         WHERE c.id = $3 AND c.version = $4 AND c.round_id = open_round.id
        RETURNING c.id, c.version
      ), recorded AS (
        ${alongside}
      )
      SELECT u.version,
             coalesce((SELECT json_agg(json_build_object(
                        'responseId', l.response_id, 'evidenceId', l.evidence_id,
                        'roundId', l.round_id, 'criterionCode', l.criterion_code,
                        'linkedAt', l.linked_at, 'linkedById', l.linked_by_id)
                        ORDER BY l.linked_at, l.evidence_id)
                         FROM response_evidence l WHERE l.response_id = u.id), '[]') AS links
        FROM updated u`;
}

/** Every query of the assessments context; methods take the organisation id first where they can. */
@Injectable()
export class AssessmentsRepository extends ResponseEvidenceQueries {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

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

  /** The rounds the organisation works with; a withdrawn one is found only by its id. */
  async listRounds(organisationId: string): Promise<AssessmentRoundEntity[]> {
    const rounds = await this.dataSource
      .getRepository(AssessmentRoundEntity)
      .find({ where: { organisationId }, order: { targetDate: 'DESC', createdAt: 'DESC' } });
    return rounds.filter((round) => isRoundListed(round.status));
  }

  /** The organisation's open rounds on a rubric (any version), to confirm starting another. */
  openRoundsOfRubric(organisationId: string, rubricId: string, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(AssessmentRoundEntity).find({
      select: { id: true, title: true },
      where: { organisationId, rubricId, status: 'draft' },
      order: { createdAt: 'ASC' },
    });
  }

  /** The organisation's most recent round on a rubric (any version), withdrawn ones left out. */
  latestRoundOfRubric(
    organisationId: string,
    rubricId: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager.getRepository(AssessmentRoundEntity).findOne({
      where: { organisationId, rubricId, status: In(['draft', 'submitted', 'reviewed']) },
      order: { createdAt: 'DESC' },
    });
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

  /** A response with its round, read in one query (no lock: the save's statement checks again). */
  async findRoundResponse(
    organisationId: string,
    roundId: string,
    criterionCode: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(CriterionResponseEntity & { round: AssessmentRoundEntity }) | null> {
    const row = await manager
      .getRepository(CriterionResponseEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.round', 'r')
      .where('r.organisationId = :organisationId AND r.id = :roundId', { organisationId, roundId })
      .andWhere('c.criterionCode = :criterionCode', { criterionCode })
      .getOne();
    return row?.round ? (row as CriterionResponseEntity & { round: AssessmentRoundEntity }) : null;
  }

  /**
   * The answer of a save as one statement, so a save costs one round trip and holds no lock
   * between round trips: it share-locks the round (a submission, which write-locks it, waits, and
   * a save after a submission finds the status changed), updates the response only while it is
   * at `expectedVersion` and the round still has `roundStatus`, runs `alongside` (the audit
   * trail's insert, on condition of the update) and returns the new version with the response's
   * evidence links. Null when nothing was written: the caller reads again to say why.
   */
  async saveResponse(
    manager: EntityManager,
    write: {
      roundId: string;
      roundStatus: string;
      responseId: string;
      expectedVersion: number;
      patch: ResponsePatch;
      alongside: (condition: string, params: unknown[]) => string;
    },
  ): Promise<{ version: number; links: ResponseEvidenceEntity[] } | null> {
    const { patch } = write;
    const params: unknown[] = [
      write.roundId,
      write.roundStatus,
      write.responseId,
      write.expectedVersion,
      patch.level,
      patch.targetLevel,
      patch.rationale,
      patch.notApplicable,
      patch.notApplicableReason,
      patch.state,
      patch.isCarriedOver,
      patch.updatedAt,
      patch.updatedById,
      patch.reviewStatus,
      patch.reviewComment,
    ];
    const sql = saveResponseSql(write.alongside('updated', params));
    const rows: {
      version: number;
      links: (Omit<ResponseEvidenceEntity, 'linkedAt'> & { linkedAt: string })[];
    }[] = await manager.query(sql, params);
    const [row] = rows;
    if (!row) {
      return null;
    }
    return {
      version: row.version,
      links: row.links.map((link) => ({ ...link, linkedAt: new Date(link.linkedAt) })),
    };
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

  /** Confirms the carried-over answers of `codes` (each still carried over); their codes. */
  async confirmCarriedOver(
    manager: EntityManager,
    roundId: string,
    codes: readonly string[],
    change: Pick<CriterionResponseEntity, 'updatedAt' | 'updatedById'>,
  ): Promise<string[]> {
    if (codes.length === 0) {
      return [];
    }
    // For an UPDATE, TypeORM answers [rows, affected].
    const [rows]: [{ criterion_code: string }[], number] = await manager.query(
      `UPDATE criterion_responses
          SET is_carried_over = false, updated_at = $3, updated_by_id = $4, version = version + 1
        WHERE round_id = $1 AND criterion_code = ANY($2) AND is_carried_over
        RETURNING criterion_code`,
      [roundId, codes, change.updatedAt, change.updatedById],
    );
    const confirmed = new Set(rows.map((row) => row.criterion_code));
    return codes.filter((code) => confirmed.has(code));
  }

  /** Removes the responses of `codes` from the round (their evidence links go with them). */
  async deleteResponses(
    manager: EntityManager,
    roundId: string,
    codes: readonly string[],
  ): Promise<void> {
    if (codes.length > 0) {
      await manager
        .getRepository(CriterionResponseEntity)
        .delete({ roundId, criterionCode: In([...codes]) });
    }
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

  /** Sets the outcome of the quality officer's check, on condition of the version read. */
  async reviewResponse(
    manager: EntityManager,
    response: CriterionResponseEntity,
    expectedVersion: number,
    patch: Pick<
      CriterionResponseEntity,
      'state' | 'reviewStatus' | 'reviewComment' | 'reviewedAt' | 'reviewedById'
    >,
  ): Promise<boolean> {
    return this.updateResponse(manager, response, expectedVersion, patch);
  }

  /** Answers marked ready in the organisation's open rounds and not yet accepted, with their round. */
  awaitingReview(organisationId: string) {
    return this.dataSource
      .getRepository(CriterionResponseEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.round', 'r')
      .where('c.organisationId = :organisationId AND r.organisationId = :organisationId', {
        organisationId,
      })
      .andWhere("r.status = 'draft' AND c.state = 'ready-for-review'")
      .andWhere("(c.reviewStatus IS NULL OR c.reviewStatus <> 'accepted')")
      .orderBy('c.updatedAt', 'ASC')
      .addOrderBy('c.criterionCode', 'ASC')
      .getMany();
  }

  /** Sets one owner on several responses of a round at once. */
  async setOwners(
    manager: EntityManager,
    roundId: string,
    codes: readonly string[],
    ownerMembershipId: string | null,
  ): Promise<void> {
    await manager
      .getRepository(CriterionResponseEntity)
      .update({ roundId, criterionCode: In([...codes]) }, { ownerMembershipId });
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
}
