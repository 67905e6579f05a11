import { EvidenceSource } from '@labelklaar/domain';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * A stored file (by its sha256) or a registered link. Its fields are those of its current revision
 * (see EvidenceRevisionEntity); only a new revision changes them.
 */
@Entity('evidence')
@Check('ck_evidence_source', "source IN ('file', 'link')")
@Check(
  'ck_evidence_payload',
  "(source = 'file' AND file_sha256 IS NOT NULL AND url IS NULL) OR (source = 'link' AND url IS NOT NULL AND file_sha256 IS NULL)",
)
// Validity by id without the row: lets the dashboards join links to evidence index-only.
@Index('idx_evidence_id_valid_until', ['id', 'validUntil'])
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_evidence' })
  id: string;

  @Index('idx_evidence_organisation_id')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_evidence_organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 8 })
  source: EvidenceSource;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 64 })
  evidenceKind: string;

  @Column({ type: 'date' })
  documentDate: string;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  /** The blob's name in storage; the cleanup keeps every blob a row refers to. */
  @Index('idx_evidence_file_sha256')
  @Column({ type: 'char', length: 64, nullable: true })
  fileSha256: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  mediaType: string | null;

  @Column({ type: 'integer', nullable: true })
  sizeBytes: number | null;

  /** The current revision's number; 1 until a new revision replaces the document. */
  @Column({ type: 'integer', default: 1 })
  revisionNumber: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_evidence_created_by_id' })
  createdBy?: UserEntity;
}
