import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { EvidenceEntity } from './entities/evidence.entity';

export type NewEvidence = Omit<EvidenceEntity, 'id' | 'createdAt'>;

/** Every query of the evidence context; methods take the organisation id first. */
@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, evidence: NewEvidence): Promise<EvidenceEntity> {
    return manager
      .getRepository(EvidenceEntity)
      .save(manager.getRepository(EvidenceEntity).create(evidence));
  }

  list(organisationId: string): Promise<EvidenceEntity[]> {
    return this.dataSource
      .getRepository(EvidenceEntity)
      .find({ where: { organisationId }, order: { createdAt: 'DESC', id: 'ASC' } });
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

  /** The hashes among `hashes` that some evidence row still refers to, in any organisation. */
  async referencedHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) {
      return new Set();
    }
    const rows = await this.dataSource
      .getRepository(EvidenceEntity)
      .createQueryBuilder('e')
      .select('DISTINCT e.fileSha256', 'sha256')
      .where('e.fileSha256 IN (:...hashes)', { hashes })
      .getRawMany<{ sha256: string }>();
    return new Set(rows.map((row) => row.sha256));
  }
}
