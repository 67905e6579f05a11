import { addDays, AssessmentRoundDetail, Evidence, isoDayIn, Member } from '@labelklaar/domain';

import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { CriterionResponsesService } from '../assessments/criterion-responses.service';
import { ResponseEvidenceService } from '../assessments/response-evidence.service';
import { RoundStartService } from '../assessments/round-start.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EvidenceService } from '../evidence/evidence.service';
import { stagingDirectory } from '../evidence/upload/evidence-upload.interceptor';
import { OrganisationsService } from '../organisations/organisations.service';
import { simplePdf } from './demo-pdf';
import {
  DEMO_ACTIONS,
  DEMO_ANSWERS,
  DEMO_EVIDENCE,
  DEMO_OWNERS,
  DEMO_PARTICIPATION,
  DEMO_ROUND,
  DemoEvidence,
  DemoPerson,
} from './demo-round.data';

type Cast = Record<DemoPerson, Actor>;

/** The people acting in the demo round, and the seed's transaction every step writes through. */
interface Scene {
  cast: Cast;
  manager: EntityManager;
}

function actorOf(member: Member, organisationId: string): Actor {
  return {
    organisationId,
    membershipId: member.id,
    role: member.role,
    userId: member.userId,
    displayName: member.displayName,
  };
}

/**
 * A lived-in round for the demo organisation, built through the same use cases as the API, so
 * it has owners, history, files in storage, an expired document and overdue actions. Every step
 * runs inside the seed's one transaction: a failure halfway leaves no half-built demo behind.
 */
@Injectable()
export class DemoRoundService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisations: OrganisationsService,
    private readonly rounds: RoundStartService,
    private readonly responses: CriterionResponsesService,
    private readonly links: ResponseEvidenceService,
    private readonly evidence: EvidenceService,
    private readonly actions: ActionsService,
    private readonly clock: Clock,
  ) {}

  /** Returns the id of the round it built (null when the organisation lacks its people). */
  async seed(manager: EntityManager, organisationId: string): Promise<string | null> {
    const members = await this.organisations.listMembers(organisationId, manager);
    const find = (role: Member['role']) => members.find((member) => member.role === role);
    const [qualityOfficer, contributor] = [find('quality-officer'), find('contributor')];
    if (!qualityOfficer || !contributor) {
      return null;
    }
    const cast: Cast = {
      'quality-officer': actorOf(qualityOfficer, organisationId),
      contributor: actorOf(contributor, organisationId),
    };
    const scene: Scene = { cast, manager };
    const round = await this.startRound(scene);
    await this.assignOwners(scene, round);
    await this.answer(scene, round);
    await this.attachEvidence(scene, round);
    await this.planActions(scene, round);
    return round.id;
  }

  private startRound({ cast, manager }: Scene): Promise<AssessmentRoundDetail> {
    const today = isoDayIn(this.clock.now());
    return this.rounds.start(
      cast['quality-officer'],
      {
        title: DEMO_ROUND.title,
        rubricId: 'sterk-sociaal-werk',
        rubricVersion: '1.0.0',
        targetDate: addDays(today, DEMO_ROUND.targetInDays),
        route: 'external-audit',
        ambitions: DEMO_ROUND.ambitions,
        bottlenecks: DEMO_ROUND.bottlenecks,
        participation: DEMO_PARTICIPATION.map(({ daysAgo, ...entry }) => ({
          ...entry,
          date: addDays(today, -daysAgo),
        })),
      },
      manager,
    );
  }

  private async assignOwners(
    { cast, manager }: Scene,
    round: AssessmentRoundDetail,
  ): Promise<void> {
    for (const [code, person] of Object.entries(DEMO_OWNERS)) {
      await this.responses.setOwner(
        cast['quality-officer'],
        round.id,
        code,
        cast[person].membershipId,
        manager,
      );
    }
  }

  private async answer({ cast, manager }: Scene, round: AssessmentRoundDetail): Promise<void> {
    for (const answer of DEMO_ANSWERS) {
      const version =
        round.responses.find((response) => response.criterionCode === answer.code)?.version ?? 1;
      const { level, targetLevel, rationale, ready } = answer;
      await this.responses.save(
        cast[answer.by],
        round.id,
        answer.code,
        {
          version,
          level,
          targetLevel,
          rationale,
          state: ready ? 'ready-for-review' : 'draft',
        },
        manager,
      );
    }
  }

  private async attachEvidence(
    { cast, manager }: Scene,
    round: AssessmentRoundDetail,
  ): Promise<void> {
    const qualityOfficer = cast['quality-officer'];
    for (const item of DEMO_EVIDENCE) {
      const stored = await this.register(qualityOfficer, item, manager);
      for (const code of item.criteria) {
        const owner = DEMO_OWNERS[code] === 'contributor' ? cast.contributor : qualityOfficer;
        await this.links.link(owner, round.id, code, stored.id, manager);
      }
    }
  }

  /**
   * Files go through staging, type detection and the storage port, exactly like an upload. A blob
   * stored before the transaction fails is unreferenced, and the storage cleanup removes it.
   */
  private async register(
    actor: Actor,
    item: DemoEvidence,
    manager: EntityManager,
  ): Promise<Evidence> {
    const today = isoDayIn(this.clock.now());
    const metadata = {
      title: item.title,
      evidenceKind: item.evidenceKind,
      documentDate: addDays(today, -item.documentDaysAgo),
      validUntil: item.validForDays === null ? undefined : addDays(today, item.validForDays),
    };
    if (!item.file) {
      return this.evidence.registerLink(actor, { ...metadata, url: item.url ?? '' }, manager);
    }
    const content = item.file.pdf
      ? simplePdf(item.file.text.split('\n'))
      : Buffer.from(item.file.text, 'utf8');
    const directory = stagingDirectory(this.config);
    const path = join(directory, `demo-${randomUUID()}.part`);
    await mkdir(directory, { recursive: true });
    await writeFile(path, content, { mode: 0o600 });
    const sha256 = createHash('sha256').update(content).digest('hex');
    return this.evidence.upload(
      actor,
      metadata,
      {
        originalname: item.file.name,
        path,
        size: content.length,
        sha256,
      },
      manager,
    );
  }

  private async planActions({ cast, manager }: Scene, round: AssessmentRoundDetail): Promise<void> {
    const today = isoDayIn(this.clock.now());
    const qualityOfficer = cast['quality-officer'];
    for (const item of DEMO_ACTIONS) {
      const created = await this.actions.create(
        qualityOfficer,
        round.id,
        {
          criterionCode: item.code,
          title: item.title,
          description: item.description,
          ownerId: cast[item.owner].membershipId,
          dueDate: addDays(today, item.dueInDays),
        },
        manager,
      );
      if (item.status !== 'open') {
        await this.actions.update(
          cast[item.owner],
          created.id,
          {
            version: created.version,
            status: item.status,
            reflection: item.reflection,
          },
          manager,
        );
      }
    }
  }
}
