import { assertRoundOpen, assertVakmanschapCriteria } from '@labelklaar/domain';

import { createHash, randomUUID } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ResponseEvidenceService } from '../assessments/response-evidence.service';
import { RoundAccessService } from '../assessments/round-access.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { PdfRenderer } from '../common/pdf/pdf-renderer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DecisionModelsService } from '../decision-models/decision-models.service';
import { EvidenceService } from '../evidence/evidence.service';
import { stagingDirectory } from '../evidence/upload/evidence-upload.interceptor';
import { OrganisationsService } from '../organisations/organisations.service';
import { LearningEvidenceDto, LearningEvidenceResponseDto } from './dto/learning-report.dto';
import { learningReportDocument, learningReportTitle } from './learning-report-pdf';
import { LearningReportService } from './learning-report.service';

/** The evidence kind the bundled rubric's vakmanschap criteria name for this report. */
export const LEARNING_REPORT_EVIDENCE_KIND = 'besluitvormingsverslag';

/**
 * A period's learning report as evidence: rendered as PDF, stored through the evidence library
 * (by its sha256) and linked to the chosen vakmanschap criteria of an open round, in one
 * transaction. A failure leaves at most a stored blob no row refers to; the cleanup removes it.
 */
@Injectable()
export class LearningEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reports: LearningReportService,
    private readonly rounds: RoundAccessService,
    private readonly evidence: EvidenceService,
    private readonly links: ResponseEvidenceService,
    private readonly organisations: OrganisationsService,
    private readonly models: DecisionModelsService,
    private readonly pdf: PdfRenderer,
    private readonly clock: Clock,
  ) {}

  async link(
    actor: Actor,
    roundId: string,
    dto: LearningEvidenceDto,
  ): Promise<LearningEvidenceResponseDto> {
    const round = await this.rounds.findRound(actor.organisationId, roundId);
    assertRoundOpen(round.status);
    const rubric = await this.rounds.rubricOf(round);
    const criterionCodes = [...new Set(dto.criterionCodes)];
    assertVakmanschapCriteria(rubric.domains, criterionCodes);
    const report = await this.reports.report(actor, dto);
    const generatedOn = this.reports.today();
    const models = await this.models.list(actor.organisationId);
    const content = await this.pdf.buffer(
      learningReportDocument({
        report,
        organisation: await this.organisations.nameOf(actor.organisationId),
        generatedAt: this.clock.now(),
        generatedOn,
        modelNames: new Map(models.map((model) => [model.id, model.name])),
      }),
    );
    const sha256 = createHash('sha256').update(content).digest('hex');
    const directory = stagingDirectory(this.config);
    const path = join(directory, `learning-report-${randomUUID()}.part`);
    await mkdir(directory, { recursive: true });
    await writeFile(path, content, { mode: 0o600 });
    const title = learningReportTitle(report);
    try {
      const evidence = await this.dataSource.transaction(async (manager) => {
        const stored = await this.evidence.upload(
          actor,
          { title, evidenceKind: LEARNING_REPORT_EVIDENCE_KIND, documentDate: generatedOn },
          {
            originalname: `verslag-besluitvorming-en-leren-${report.period.key ?? `${dto.from}-${dto.to}`}.pdf`,
            path,
            size: content.length,
            sha256,
          },
          manager,
        );
        for (const code of criterionCodes) {
          await this.links.link(actor, round.id, code, stored.id, manager);
        }
        return stored;
      });
      return { evidence, criterionCodes, sha256 };
    } finally {
      await unlink(path).catch(() => undefined);
    }
  }
}
