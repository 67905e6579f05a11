import { RoundStatus } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { EvidenceRevisionEntity } from './entities/evidence-revision.entity';
import { EvidenceEntity } from './entities/evidence.entity';

export type NewEvidence = Omit<EvidenceEntity, 'id' | 'createdAt' | 'revisionNumber'>;

/** The fields a new revision sets on the item; kept on the item as its current revision. */
export type RevisionFields = Omit<NewEvidence, 'organisationId' | 'organisation' | 'createdBy'>;

/** Every query of the evidence context; methods take the organisation id first. */
@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The item and its revision 1, together. */
  async insert(manager: EntityManager, evidence: NewEvidence): Promise<EvidenceEntity> {
    const repository = manager.getRepository(EvidenceEntity);
    const row = await repository.save(repository.create({ ...evidence, revisionNumber: 1 }));
    await this.insertRevisionRow(manager, row);
    return row;
  }

  /** The item, locked until the transaction ends, so two new revisions take turns. */
  lockForRevision(
    manager: EntityManager,
    organisationId: string,
    id: string,
  ): Promise<EvidenceEntity | null> {
    return manager
      .getRepository(EvidenceEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.organisationId = :organisationId AND e.id = :id', { organisationId, id })
      .getOne();
  }

  /** Writes the next revision and makes it the item's current one. */
  async addRevision(
    manager: EntityManager,
    current: EvidenceEntity,
    fields: RevisionFields,
  ): Promise<EvidenceEntity> {
    const next: EvidenceEntity = {
      ...current,
      ...fields,
      revisionNumber: current.revisionNumber + 1,
    };
    const revision = await this.insertRevisionRow(manager, next);
    await manager.getRepository(EvidenceEntity).update(
      { id: current.id },
      {
        source: next.source,
        title: next.title,
        evidenceKind: next.evidenceKind,
        documentDate: next.documentDate,
        validUntil: next.validUntil,
        url: next.url,
        fileSha256: next.fileSha256,
        fileName: next.fileName,
        mediaType: next.mediaType,
        sizeBytes: next.sizeBytes,
        revisionNumber: next.revisionNumber,
      },
    );
    return { ...next, createdAt: revision.createdAt, createdById: revision.createdById };
  }

  revisions(organisationId: string, evidenceId: string): Promise<EvidenceRevisionEntity[]> {
    return this.dataSource
      .getRepository(EvidenceRevisionEntity)
      .find({ where: { organisationId, evidenceId }, order: { revisionNumber: 'DESC' } });
  }

  findRevision(
    organisationId: string,
    evidenceId: string,
    revisionNumber: number,
  ): Promise<EvidenceRevisionEntity | null> {
    return this.dataSource
      .getRepository(EvidenceRevisionEntity)
      .findOneBy({ organisationId, evidenceId, revisionNumber });
  }

  /** The named revisions of this organisation's evidence, in one query. */
  async findRevisions(
    organisationId: string,
    pairs: readonly { evidenceId: string; revisionNumber: number }[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvidenceRevisionEntity[]> {
    if (pairs.length === 0) {
      return [];
    }
    const rows = await manager.getRepository(EvidenceRevisionEntity).findBy({
      organisationId,
      evidenceId: In([...new Set(pairs.map((pair) => pair.evidenceId))]),
    });
    const wanted = new Set(pairs.map((pair) => `${pair.evidenceId}:${pair.revisionNumber}`));
    return rows.filter((row) => wanted.has(`${row.evidenceId}:${row.revisionNumber}`));
  }

  list(organisationId: string): Promise<EvidenceEntity[]> {
    return this.dataSource
      .getRepository(EvidenceEntity)
      .find({ where: { organisationId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /**
   * The rounds linking each of the organisation's items (any revision; withdrawn rounds left
   * out), with the criteria, newest round first.
   */
  roundsLinking(organisationId: string): Promise<
    {
      evidenceId: string;
      roundId: string;
      title: string;
      status: RoundStatus;
      criterionCodes: string[];
    }[]
  > {
    return this.dataSource.query(
      `SELECT l.evidence_id AS "evidenceId", r.id AS "roundId", r.title, r.status,
              array_agg(DISTINCT l.criterion_code ORDER BY l.criterion_code) AS "criterionCodes"
         FROM response_evidence l
         JOIN assessment_rounds r ON r.id = l.round_id
         JOIN evidence e ON e.id = l.evidence_id
        WHERE r.organisation_id = $1 AND e.organisation_id = $1 AND r.status <> 'withdrawn'
        GROUP BY l.evidence_id, r.id, r.title, r.status, r.created_at
        ORDER BY r.created_at DESC, r.id`,
      [organisationId],
    );
  }

  find(organisationId: string, id: string): Promise<EvidenceEntity | null> {
    return this.dataSource.getRepository(EvidenceEntity).findOneBy({ organisationId, id });
  }

  findByIds(
    organisationId: string,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvidenceEntity[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return manager.getRepository(EvidenceEntity).findBy({ organisationId, id: In([...ids]) });
  }

  /** The hashes among `hashes` that some evidence revision still refers to, in any organisation. */
  async referencedHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) {
      return new Set();
    }
    // Every revision (the current one included) has its row, so old revisions keep their file.
    const rows: { sha256: string }[] = await this.dataSource.query(
      `SELECT DISTINCT file_sha256 AS sha256 FROM evidence_revisions WHERE file_sha256 = ANY($1)
       UNION
       SELECT DISTINCT file_sha256 AS sha256 FROM evidence WHERE file_sha256 = ANY($1)`,
      [[...hashes]],
    );
    return new Set(rows.map((row) => row.sha256));
  }

  private insertRevisionRow(
    manager: EntityManager,
    row: EvidenceEntity,
  ): Promise<EvidenceRevisionEntity> {
    const repository = manager.getRepository(EvidenceRevisionEntity);
    return repository.save(
      repository.create({
        evidenceId: row.id,
        organisationId: row.organisationId,
        revisionNumber: row.revisionNumber,
        source: row.source,
        title: row.title,
        evidenceKind: row.evidenceKind,
        documentDate: row.documentDate,
        validUntil: row.validUntil,
        url: row.url,
        fileSha256: row.fileSha256,
        fileName: row.fileName,
        mediaType: row.mediaType,
        sizeBytes: row.sizeBytes,
        createdById: row.createdById,
      }),
    );
  }
}
