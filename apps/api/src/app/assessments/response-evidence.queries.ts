import { RoundStatus } from '@labelklaar/domain';

import { DataSource, EntityManager } from 'typeorm';

import { ResponseEvidenceEntity } from './entities/response-evidence.entity';

/**
 * The queries on the links between a round's answers and the evidence (response_evidence). The
 * assessments repository inherits them, so its services keep one repository to inject.
 */
export abstract class ResponseEvidenceQueries {
  protected constructor(protected readonly dataSource: DataSource) {}

  /** How many evidence items each response has linked; by response id. */
  async linkCounts(responseIds: readonly string[]): Promise<Map<string, number>> {
    if (responseIds.length === 0) {
      return new Map();
    }
    const rows: { response_id: string; count: string }[] = await this.dataSource.query(
      `SELECT response_id, count(*) AS count FROM response_evidence
        WHERE response_id = ANY($1) GROUP BY response_id`,
      [responseIds],
    );
    return new Map(rows.map((row) => [row.response_id, Number(row.count)]));
  }

  /** Every evidence link of the round, before an upgrade lays them out again. */
  async deleteLinksOfRound(manager: EntityManager, roundId: string): Promise<void> {
    await manager.getRepository(ResponseEvidenceEntity).delete({ roundId });
  }

  links(
    roundId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ResponseEvidenceEntity[]> {
    return manager
      .getRepository(ResponseEvidenceEntity)
      .find({ where: { roundId }, order: { linkedAt: 'ASC', evidenceId: 'ASC' } });
  }

  /** The revision the round's link to the evidence names (null: the current); undefined: no link. */
  async linkedRevision(roundId: string, evidenceId: string): Promise<number | null | undefined> {
    const rows: { revision: number | null }[] = await this.dataSource.query(
      `SELECT revision_number AS revision FROM response_evidence
        WHERE round_id = $1 AND evidence_id = $2 LIMIT 1`,
      [roundId, evidenceId],
    );
    return rows.length > 0 ? (rows[0]?.revision ?? null) : undefined;
  }

  /** On submission: every link of the round names the revision it was submitted with. */
  async pinRevisions(
    manager: EntityManager,
    roundId: string,
    revisions: readonly { evidenceId: string; revision: number }[],
  ): Promise<void> {
    if (revisions.length > 0) {
      await manager.query(
        `UPDATE response_evidence l SET revision_number = v.revision
           FROM unnest($2::uuid[], $3::int[]) AS v(evidence_id, revision)
          WHERE l.round_id = $1 AND l.evidence_id = v.evidence_id`,
        [roundId, revisions.map((item) => item.evidenceId), revisions.map((item) => item.revision)],
      );
    }
  }

  /** The draft rounds' links to the evidence, which follow its current revision. */
  draftLinksOf(
    manager: EntityManager,
    organisationId: string,
    evidenceId: string,
  ): Promise<{ roundId: string; criterionCode: string }[]> {
    return manager.query(
      `SELECT l.round_id AS "roundId", l.criterion_code AS "criterionCode"
         FROM response_evidence l
         JOIN assessment_rounds r ON r.id = l.round_id
        WHERE l.evidence_id = $1 AND r.organisation_id = $2 AND r.status = 'draft'
          AND l.revision_number IS NULL
        ORDER BY l.round_id, l.criterion_code`,
      [evidenceId, organisationId],
    );
  }

  /** The rounds that link the evidence (withdrawn ones left out), with the revision each names. */
  roundsCiting(
    organisationId: string,
    evidenceId: string,
  ): Promise<
    {
      roundId: string;
      title: string;
      status: RoundStatus;
      revisionNumber: number | null;
      criterionCodes: string[];
    }[]
  > {
    return this.dataSource.query(
      `SELECT r.id AS "roundId", r.title, r.status, l.revision_number AS "revisionNumber",
              array_agg(l.criterion_code ORDER BY l.criterion_code) AS "criterionCodes"
         FROM response_evidence l
         JOIN assessment_rounds r ON r.id = l.round_id
        WHERE l.evidence_id = $1 AND r.organisation_id = $2 AND r.status <> 'withdrawn'
        GROUP BY r.id, r.title, r.status, l.revision_number, r.created_at
        ORDER BY r.created_at DESC, r.id`,
      [evidenceId, organisationId],
    );
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
