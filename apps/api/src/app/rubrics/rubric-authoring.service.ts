import { rubricContentHash } from '@labelklaar/criteria';
import { type RuleViolation } from '@labelklaar/criteria/rules';
import {
  classifyMapping,
  CriterionMapping,
  findMappingProblems,
  proposeMapping,
  RubricVersion,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { writeIfCurrent } from '../common/version-check';
import { RubricDraftEntity } from './entities/rubric-draft.entity';
import { RubricVersionEntity } from './entities/rubric-version.entity';
import { RubricAuthoringRepository } from './rubric-authoring.repository';
import {
  checkRubricContent,
  compareSemver,
  isRubricId,
  nextMinor,
  previousOf,
  StoredVersions,
} from './rubric-content.checks';
import { LocatedViolation, readRubricWorkbook, readRubricYaml } from './rubric-import.readers';
import { RubricUsageReadModel } from './rubric-usage.read-model';
import { RubricsService } from './rubrics.service';

export interface DraftView {
  id: string;
  rubricId: string;
  version: number;
  origin: string;
  baseVersion: string | null;
  content: unknown;
  violations: RuleViolation[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface UploadedRubricFile {
  originalname: string;
  buffer: Buffer;
}

function invalid(code: string, violations: LocatedViolation[]): ProblemException {
  return new ProblemException(422, code, { count: violations.length }, [], { violations });
}

/**
 * The label owner's work on rubrics: drafts (copied, empty or imported), their mapping to the
 * previous version, publishing (frozen, hashed, recorded) and retiring. Published versions are
 * read through RubricsService, which keeps them in memory.
 */
@Injectable()
export class RubricAuthoringService {
  constructor(
    private readonly repository: RubricAuthoringRepository,
    private readonly rubrics: RubricsService,
    private readonly usage: RubricUsageReadModel,
  ) {}

  async createDraft(
    rubricId: string,
    fromVersion: string | undefined,
    session: SessionContext,
  ): Promise<DraftView> {
    if (!isRubricId(rubricId)) {
      throw notFound();
    }
    return this.repository.transaction(async (manager) => {
      const versions = await this.repository.versionsOf(rubricId, manager);
      const frozen = versions
        .filter((row) => row.status !== 'draft')
        .sort((a, b) => compareSemver(a.version, b.version));
      const latest = frozen.at(-1);
      let content: Record<string, unknown>;
      if (fromVersion !== undefined) {
        const base = frozen.find((row) => row.version === fromVersion);
        if (!base) {
          throw notFound();
        }
        content = this.copyOf(base, latest);
      } else {
        content = {
          id: rubricId,
          version: nextMinor(latest?.version),
          status: 'draft',
          title: latest?.title ?? '',
          effectiveDate: new Date().toISOString().slice(0, 10),
          ...(latest && { previousVersion: latest.version, mapping: [] }),
          domains: [],
        };
      }
      const draft = await this.repository.insertDraft(manager, {
        rubricId,
        baseVersion: fromVersion ?? null,
        origin: fromVersion === undefined ? 'empty' : 'copy',
        content,
        actorUserId: session.userId,
        actorName: session.displayName,
      });
      await this.repository.record(manager, {
        rubricId,
        version: typeof content['version'] === 'string' ? content['version'] : null,
        draftId: draft.id,
        type: 'draft-started',
        actorUserId: session.userId,
        actorName: session.displayName,
        detail: { origin: draft.origin, fromVersion: fromVersion ?? null },
      });
      return this.view(draft, this.stored(frozen));
    });
  }

  /** A copy of a version as the next one: next minor number, mapped one to one to its source. */
  private copyOf(base: RubricVersionEntity, latest: RubricVersionEntity | undefined) {
    const source = base.content;
    return {
      ...structuredClone(source),
      status: 'draft',
      version: nextMinor(latest?.version ?? source.version),
      previousVersion: source.version,
      mapping: source.domains.flatMap((domain) =>
        domain.criteria.map((criterion) => ({
          code: criterion.code,
          previousCodes: [criterion.code],
        })),
      ),
    } as Record<string, unknown>;
  }

  async importFile(file: UploadedRubricFile | undefined, session: SessionContext) {
    if (!file) {
      throw invalid('rubric-import-invalid', [
        { location: 'file', rule: 'file-missing', detail: 'send the file in the field "file"' },
      ]);
    }
    const name = file.originalname.toLowerCase();
    const format = name.endsWith('.xlsx')
      ? 'xlsx'
      : name.endsWith('.yaml') || name.endsWith('.yml')
        ? 'yaml'
        : undefined;
    if (!format) {
      throw new ProblemException(415, 'rubric-import-unsupported');
    }
    const { content, violations } =
      format === 'yaml'
        ? await readRubricYaml(file.buffer, (id) => this.storedOf(id))
        : await readRubricWorkbook(file.buffer, (id) => this.storedOf(id));
    if (violations.length > 0 || !content) {
      throw invalid('rubric-import-invalid', violations);
    }
    const rubricId = content.id;
    return this.repository.transaction(async (manager) => {
      // Checked again inside the transaction: a version published meanwhile is refused here.
      const stored = await this.storedOf(rubricId, manager);
      const late = checkRubricContent(content, stored, rubricId);
      if (late.length > 0) {
        throw invalid('rubric-import-invalid', late);
      }
      const draft = await this.repository.insertDraft(manager, {
        rubricId,
        baseVersion: content.previousVersion ?? null,
        origin: 'import',
        content: { ...content, status: 'draft' },
        actorUserId: session.userId,
        actorName: session.displayName,
      });
      await this.repository.record(manager, {
        rubricId,
        version: content.version,
        draftId: draft.id,
        type: 'imported',
        actorUserId: session.userId,
        actorName: session.displayName,
        detail: { file: file.originalname, format, contentHash: rubricContentHash(content) },
      });
      return this.view(draft, stored);
    });
  }

  async getDraft(rubricId: string, draftId: string): Promise<DraftView> {
    const draft = await this.repository.draft(rubricId, draftId);
    if (!draft) {
      throw notFound();
    }
    return this.view(draft, await this.storedOf(rubricId));
  }

  async saveDraft(
    rubricId: string,
    draftId: string,
    change: { version: number; content: Record<string, unknown> },
    session: SessionContext,
  ): Promise<DraftView> {
    return this.repository.transaction(async (manager) => {
      const draft = await this.repository.draft(rubricId, draftId, manager, true);
      if (!draft) {
        throw notFound();
      }
      const stored = await this.storedOf(rubricId, manager);
      await writeIfCurrent({
        expected: change.version,
        actual: draft.version,
        write: (version) =>
          this.repository.updateDraft(manager, draftId, version, {
            content: change.content,
            updatedById: session.userId,
            updatedByName: session.displayName,
          }),
        current: async () => ({
          current: this.view(draft, stored),
          updatedBy: draft.updatedByName,
          updatedAt: draft.updatedAt.toISOString(),
        }),
      });
      const saved = await this.repository.draft(rubricId, draftId, manager);
      return this.view(saved ?? draft, stored);
    });
  }

  async deleteDraft(rubricId: string, draftId: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const draft = await this.repository.draft(rubricId, draftId, manager, true);
      if (!draft) {
        throw notFound();
      }
      await this.repository.deleteDraft(manager, draftId);
    });
  }

  async mappingProposal(rubricId: string, draftId: string) {
    const draft = await this.repository.draft(rubricId, draftId);
    if (!draft) {
      throw notFound();
    }
    const stored = await this.storedOf(rubricId);
    const previous = previousOf(draft.content, stored);
    const shapeProblems = checkRubricContent(
      { ...(draft.content as object), mapping: undefined, previousVersion: undefined },
      { versions: [], evidenceKinds: stored.evidenceKinds },
    );
    if (!previous || shapeProblems.length > 0) {
      throw invalid('rubric-draft-not-mappable', [
        ...(previous
          ? []
          : [
              {
                location: 'previousVersion',
                rule: 'unknown-previous-version',
                detail: 'the draft names no published version to map to',
              },
            ]),
        ...shapeProblems,
      ]);
    }
    const next = draft.content as RubricVersion;
    const proposal = proposeMapping(previous, next);
    const current: CriterionMapping[] = next.mapping ?? [];
    return {
      previousVersion: previous.version,
      proposal,
      proposalKinds: classifyMapping(previous, next, proposal),
      current,
      currentKinds: classifyMapping(previous, next, current),
      currentProblems: findMappingProblems(previous, next, current),
    };
  }

  async publish(
    rubricId: string,
    draftId: string,
    expected: number | undefined,
    session: SessionContext,
  ): Promise<RubricVersionDetail> {
    const published = await this.repository.transaction(async (manager) => {
      const draft = await this.repository.draft(rubricId, draftId, manager, true);
      if (!draft) {
        throw notFound();
      }
      if (expected !== undefined && expected !== draft.version) {
        throw new ProblemException(
          409,
          'version-conflict',
          { updatedBy: draft.updatedByName ?? '—', updatedAt: draft.updatedAt.toISOString() },
          [],
          { current: this.view(draft, await this.storedOf(rubricId, manager)) },
        );
      }
      const stored = await this.storedOf(rubricId, manager);
      const violations = checkRubricContent(draft.content, stored, rubricId);
      if (violations.length > 0) {
        throw invalid('rubric-draft-invalid', violations);
      }
      const content = { ...(draft.content as RubricVersion), status: 'published' as const };
      const contentHash = rubricContentHash(content);
      const inserted = await this.repository.insertVersion(manager, {
        rubricId,
        version: content.version,
        status: 'published',
        title: content.title,
        effectiveDate: content.effectiveDate,
        contentHash,
        content,
      });
      if (!inserted) {
        throw new ProblemException(409, 'rubric-version-exists', {
          rubricId,
          version: content.version,
        });
      }
      await this.repository.deleteDraft(manager, draftId);
      await this.repository.record(manager, {
        rubricId,
        version: content.version,
        draftId,
        type: 'published',
        actorUserId: session.userId,
        actorName: session.displayName,
        detail: { contentHash, previousVersion: content.previousVersion ?? null },
      });
      return content;
    });
    return this.rubrics.get(rubricId, published.version);
  }

  async retire(rubricId: string, version: string, session: SessionContext) {
    await this.repository.transaction(async (manager) => {
      const row = await this.repository.version(rubricId, version, manager);
      if (!row || row.status === 'draft') {
        throw notFound();
      }
      if (row.status === 'retired') {
        throw new ProblemException(409, 'rubric-already-retired', { rubricId, version });
      }
      await this.repository.retire(manager, rubricId, version);
      await this.repository.record(manager, {
        rubricId,
        version,
        type: 'retired',
        actorUserId: session.userId,
        actorName: session.displayName,
        detail: { contentHash: row.contentHash },
      });
    });
    this.rubrics.forget(rubricId, version);
    return this.rubrics.get(rubricId, version);
  }

  private evidenceKeys(): string[] {
    return this.rubrics.listEvidenceKinds().map((kind) => kind.key);
  }

  private stored(rows: RubricVersionEntity[]): StoredVersions {
    return {
      versions: rows.filter((row) => row.status !== 'draft').map((row) => row.content),
      evidenceKinds: this.evidenceKeys(),
    };
  }

  private async storedOf(rubricId: string, manager?: EntityManager): Promise<StoredVersions> {
    return this.stored(await this.repository.versionsOf(rubricId, manager));
  }

  private view(draft: RubricDraftEntity, stored: StoredVersions): DraftView {
    return {
      id: draft.id,
      rubricId: draft.rubricId,
      version: draft.version,
      origin: draft.origin,
      baseVersion: draft.baseVersion,
      content: draft.content,
      violations: checkRubricContent(draft.content, stored, draft.rubricId),
      createdAt: draft.createdAt.toISOString(),
      updatedAt: draft.updatedAt.toISOString(),
      updatedBy: draft.updatedByName,
    };
  }
}
