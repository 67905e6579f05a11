import { RubricVersion } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { RubricAuthoringRepository } from './rubric-authoring.repository';
import { checkRubricContent, compareSemver } from './rubric-content.checks';
import { RubricUsageReadModel, usageKey } from './rubric-usage.read-model';
import { RubricsService } from './rubrics.service';

const field = (content: unknown, key: string): unknown =>
  content !== null && typeof content === 'object' && !Array.isArray(content)
    ? (content as Record<string, unknown>)[key]
    : undefined;

const criterionCount = (content: RubricVersion) =>
  content.domains.reduce((sum, domain) => sum + domain.criteria.length, 0);

/**
 * What the label owner reads about the rubrics: every version and draft with its status, dates,
 * hash and the rounds that use it, and the append-only history of each rubric.
 */
@Injectable()
export class RubricLibraryService {
  constructor(
    private readonly repository: RubricAuthoringRepository,
    private readonly rubrics: RubricsService,
    private readonly usage: RubricUsageReadModel,
  ) {}

  async library() {
    const [versions, drafts, usage] = await Promise.all([
      this.repository.versions(),
      this.repository.drafts(),
      this.usage.byVersion(),
    ]);
    const ids = [...new Set([...versions, ...drafts].map((row) => row.rubricId))].sort();
    const evidenceKinds = this.rubrics.listEvidenceKinds().map((kind) => kind.key);
    return ids.map((rubricId) => {
      const own = versions
        .filter((row) => row.rubricId === rubricId)
        .sort((a, b) => compareSemver(a.version, b.version));
      const stored = { versions: own.map((row) => row.content), evidenceKinds };
      const latest = own.filter((row) => row.status !== 'draft').at(-1);
      return {
        id: rubricId,
        title: latest?.title ?? own.at(-1)?.title ?? rubricId,
        versions: own.map((row) => ({
          version: row.version,
          status: row.status,
          title: row.title,
          effectiveDate: row.effectiveDate,
          publishedAt: row.loadedAt.toISOString(),
          retiredAt: row.retiredAt?.toISOString() ?? null,
          contentHash: row.contentHash,
          previousVersion: row.content.previousVersion ?? null,
          criterionCount: criterionCount(row.content),
          rounds: usage.get(usageKey(row.rubricId, row.version))?.rounds ?? 0,
          openRounds: usage.get(usageKey(row.rubricId, row.version))?.openRounds ?? 0,
        })),
        drafts: drafts
          .filter((row) => row.rubricId === rubricId)
          .map((row) => ({
            id: row.id,
            version: row.version,
            targetVersion:
              typeof field(row.content, 'version') === 'string'
                ? (field(row.content, 'version') as string)
                : null,
            title:
              typeof field(row.content, 'title') === 'string'
                ? (field(row.content, 'title') as string)
                : '',
            origin: row.origin,
            baseVersion: row.baseVersion,
            createdAt: row.createdAt.toISOString(),
            updatedAt: row.updatedAt.toISOString(),
            updatedBy: row.updatedByName,
            violationCount: checkRubricContent(row.content, stored, rubricId).length,
          })),
      };
    });
  }

  async history(rubricId: string) {
    const rows = await this.repository.history(rubricId);
    return rows.map((row) => ({
      type: row.type,
      version: row.version,
      draftId: row.draftId,
      actorName: row.actorName,
      occurredAt: row.occurredAt.toISOString(),
      detail: row.detail ?? {},
    }));
  }
}
