import {
  computePeerGaps,
  computeReadiness,
  PeerGaps,
  PeerJudgement,
  roundReferenceDate,
  toAssessments,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { RoundAccessService } from '../assessments/round-access.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { ProblemException } from '../common/problems/problem.exception';
import { RoundReportService } from '../dashboards/round-report.service';
import { LeerrapportService } from './leerrapport.service';

/**
 * Self vs peer: the self-assessment's status per criterion, on the day the round was submitted
 * (what the peers reviewed), beside the peers' merged judgement; the rules are libs/domain's.
 */
@Injectable()
export class PeerGapsService {
  constructor(
    private readonly access: RoundAccessService,
    private readonly reports: RoundReportService,
    private readonly leerrapports: LeerrapportService,
  ) {}

  async gaps(actor: Actor, roundId: string): Promise<PeerGaps> {
    const round = await this.access.findRound(actor.organisationId, roundId);
    const input = await this.reports.input(actor.organisationId, roundId);
    const referenceDate = roundReferenceDate(round, this.leerrapports.today());
    const readiness = computeReadiness(input.rubric, toAssessments(input.responses), referenceDate);
    const peer = await this.peerJudgements(actor.organisationId, roundId);
    const { rows, counts } = computePeerGaps(readiness.criteria, peer.judgements);
    return { roundId, source: peer.source, referenceDate, counts, criteria: rows };
  }

  private async peerJudgements(
    organisationId: string,
    roundId: string,
  ): Promise<{ source: PeerGaps['source']; judgements: Map<string, PeerJudgement> }> {
    try {
      const { leerrapport } = await this.leerrapports.load(organisationId, roundId);
      return {
        source: leerrapport.status === 'draft' ? 'submitted-reviews' : 'leerrapport',
        judgements: new Map(leerrapport.criteria.map((c) => [c.criterionCode, c.mergedJudgement])),
      };
    } catch (error) {
      if (error instanceof ProblemException && error.code === 'leerrapport-not-found') {
        return { source: 'none', judgements: new Map() };
      }
      throw error;
    }
  }
}
