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
  Unique,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { EvidenceEntity } from './evidence.entity';

/**
 * One revision of an evidence item: the file (by its sha256) or link with its dates, never changed
 * once written. Revision 1 is what was registered; a new revision replaces an expired document.
 */
@Entity('evidence_revisions')
@Unique('uq_evidence_revisions_evidence_id_revision_number', ['evidenceId', 'revisionNumber'])
@Check('ck_evidence_revisions_source', "source IN ('file', 'link')")
@Check(
  'ck_evidence_revisions_payload',
  "(source = 'file' AND file_sha256 IS NOT NULL AND url IS NULL) OR (source = 'link' AND url IS NOT NULL AND file_sha256 IS NULL)",
)
@Check('ck_evidence_revisions_revision_number', 'revision_number >= 1')
export class EvidenceRevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_evidence_revisions' })
  id: string;

  @Column({ type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'evidence_id',
    foreignKeyConstraintName: 'fk_evidence_revisions_evidence_id',
  })
  evidence?: EvidenceEntity;

  @Index('idx_evidence_revisions_organisation_id')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_evidence_revisions_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'integer' })
  revisionNumber: number;

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

  /** The cleanup keeps every blob a revision refers to, so a submitted round keeps its file. */
  @Index('idx_evidence_revisions_file_sha256')
  @Column({ type: 'char', length: 64, nullable: true })
  fileSha256: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  mediaType: string | null;

  @Column({ type: 'integer', nullable: true })
  sizeBytes: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_evidence_revisions_created_by_id',
  })
  createdBy?: UserEntity;
}
