import { Evidence, EvidenceRevision } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { NewRevisionDto } from '../evidence/dto/evidence.dto';
import { EvidenceService } from '../evidence/evidence.service';
import { StagedFile } from '../evidence/upload/staging-storage.engine';
import { AssessmentsRepository } from './assessments.repository';

/** What the round's trail keeps of a revision: enough to tell the old document from the new. */
function revisionSnapshot(evidence: Evidence) {
  return {
    evidenceId: evidence.id,
    revision: evidence.revision,
    title: evidence.title,
    source: evidence.source,
    fileName: evidence.fileName,
    url: evidence.url,
    sha256: evidence.sha256,
    documentDate: evidence.documentDate,
    validUntil: evidence.validUntil,
  };
}

/**
 * New revisions of evidence and their history. A draft round's links follow the new revision,
 * each with an event in that round's trail; a submitted round's links keep the revision they
 * were submitted with.
 */
@Injectable()
export class EvidenceRevisionsService {
  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly evidence: EvidenceService,
    private readonly events: RoundEventsService,
  ) {}

  revise(
    actor: Actor,
    evidenceId: string,
    dto: NewRevisionDto,
    file: StagedFile | undefined,
  ): Promise<Evidence> {
    return this.evidence.revise(actor, evidenceId, dto, file, (manager, before, after) =>
      this.recordInDraftRounds(manager, actor, before, after),
    );
  }

  async history(organisationId: string, evidenceId: string): Promise<EvidenceRevision[]> {
    const [rows, rounds, names] = await Promise.all([
      this.evidence.revisions(organisationId, evidenceId),
      this.repository.roundsCiting(organisationId, evidenceId),
      this.evidence.namesOf(organisationId),
    ]);
    const current = Math.max(...rows.map((row) => row.revisionNumber));
    return rows.map((row) => {
      const { id, revision, ...shown } = this.evidence.mapRevision(row, names);
      void id;
      return {
        ...shown,
        revision,
        isCurrent: revision === current,
        rounds: rounds
          .filter((round) => (round.revisionNumber ?? current) === revision)
          .map(({ roundId, title, status, criterionCodes }) => ({
            roundId,
            title,
            status,
            criterionCodes,
          })),
      };
    });
  }

  content(organisationId: string, evidenceId: string, revision: number, range?: string) {
    return this.evidence.revisionContent(organisationId, evidenceId, revision, range);
  }

  private async recordInDraftRounds(
    manager: EntityManager,
    actor: Actor,
    before: Evidence,
    after: Evidence,
  ): Promise<void> {
    const links = await this.repository.draftLinksOf(manager, actor.organisationId, after.id);
    await this.events.record(
      manager,
      actor,
      ...links.map((link) => ({
        roundId: link.roundId,
        criterionCode: link.criterionCode,
        subject: 'evidence-link' as const,
        subjectId: after.id,
        type: 'evidence.revised' as const,
        before: revisionSnapshot(before),
        after: revisionSnapshot(after),
      })),
    );
  }
}
