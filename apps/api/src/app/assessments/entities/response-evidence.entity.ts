import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { EvidenceEntity } from '../../evidence/entities/evidence.entity';
import { AssessmentRoundEntity } from './assessment-round.entity';
import { CriterionResponseEntity } from './criterion-response.entity';

/** Evidence supporting a criterion response; one piece of evidence can support many. */
@Entity('response_evidence')
// A round's links per criterion as an index-only scan (dashboards, trend, sector view).
@Index('idx_response_evidence_round_id_criterion_code_evidence_id', [
  'roundId',
  'criterionCode',
  'evidenceId',
])
export class ResponseEvidenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_response_evidence' })
  responseId: string;

  @Index('idx_response_evidence_evidence_id')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_response_evidence' })
  evidenceId: string;

  @ManyToOne(() => CriterionResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_response_evidence_response_id' })
  response?: CriterionResponseEntity;

  /** Linked evidence cannot be deleted: the rounds that cite it would lose it. */
  @ManyToOne(() => EvidenceEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'evidence_id', foreignKeyConstraintName: 'fk_response_evidence_evidence_id' })
  evidence?: EvidenceEntity;

  /** Kept on the link so a round's evidence loads in one query. */
  @Index('idx_response_evidence_round_id')
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_response_evidence_round_id' })
  round?: AssessmentRoundEntity;

  @Column({ type: 'varchar', length: 20 })
  criterionCode: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  linkedAt: Date;

  /**
   * The evidence revision a submitted round was submitted with; none (null) in a draft round,
   * whose link follows the evidence's current revision.
   */
  @Column({ type: 'integer', nullable: true })
  revisionNumber?: number | null;

  @Column({ type: 'uuid', nullable: true })
  linkedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'linked_by_id',
    foreignKeyConstraintName: 'fk_response_evidence_linked_by_id',
  })
  linkedBy?: UserEntity;
}
