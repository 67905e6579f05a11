import { defaultRubricDataDir, loadEvidenceKinds, loadRubricCatalog } from '@labelklaar/criteria';
import { EvidenceKind, RubricStatus, RubricSummary, RubricVersionDetail } from '@labelklaar/domain';

import { basename } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { notFound } from '../common/problems/problem.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RubricVersionEntity } from './entities/rubric-version.entity';
import { RubricsRepository } from './rubrics.repository';

/** Refuses to start when the database holds a published rubric that its file no longer matches. */
export class RubricIntegrityError extends Error {}

function criterionCount(row: RubricVersionEntity): number {
  return row.content.domains.reduce((sum, domain) => sum + domain.criteria.length, 0);
}

/** Shared by every caller from the cache, so nobody may change it in place. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const rubricKey = (round: { rubricId: string; rubricVersion: string }) =>
  `${round.rubricId}@${round.rubricVersion}`;

@Injectable()
export class RubricsService {
  private readonly logger = new Logger('Rubrics');
  private evidenceKinds: EvidenceKind[] = [];
  /**
   * Published and retired versions by `id@version`, kept for the life of the process: such a
   * version never changes (start-up refuses a file that no longer matches its hash), so every
   * save, submission and dashboard after the first reads it from here. Bounded by the catalogue:
   * a handful of versions. Drafts are never kept.
   */
  private readonly cache = new Map<string, RubricVersionDetail>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: RubricsRepository,
  ) {}

  private get dataDir(): string {
    return this.config.rubricsDir ?? defaultRubricDataDir();
  }

  /** Loads the rubric files into the database: new versions are inserted, published ones never change. */
  async syncCatalog(): Promise<void> {
    this.cache.clear();
    this.evidenceKinds = loadEvidenceKinds(this.dataDir);
    for (const { rubric, contentHash, file } of loadRubricCatalog(this.dataDir)) {
      const stored = await this.repository.findOne(rubric.id, rubric.version);
      const row = {
        rubricId: rubric.id,
        version: rubric.version,
        status: rubric.status,
        title: rubric.title,
        effectiveDate: rubric.effectiveDate,
        contentHash,
        content: rubric,
      };
      if (!stored) {
        await this.repository.insertIfAbsent(row);
        this.logger.log(`Loaded rubric ${rubric.id}@${rubric.version} (${rubric.status})`);
      } else if (stored.contentHash !== contentHash) {
        await this.updateChanged(stored, row);
      }
      // The first load of a version (also of one loaded before the history existed) is recorded.
      if (!(await this.repository.hasHistory(rubric.id, rubric.version, 'bundled-file-loaded'))) {
        await this.repository.recordLoaded(rubric.id, rubric.version, {
          file: basename(file),
          contentHash,
          status: rubric.status,
        });
      }
    }
  }

  async list(): Promise<RubricSummary[]> {
    const rows = await this.repository.findAll();
    return rows
      .filter((row) => row.status !== 'draft')
      .map((row) => ({
        id: row.rubricId,
        version: row.version,
        status: row.status,
        title: row.title,
        effectiveDate: row.effectiveDate,
        criterionCount: criterionCount(row),
      }));
  }

  /**
   * The published and retired versions of one rubric with their current status, read from the
   * database every time (a version may have been retired since): which newer version a round can
   * move to. Content is not read.
   */
  async versionsOf(
    rubricId: string,
    manager?: EntityManager,
  ): Promise<{ id: string; version: string; status: RubricStatus }[]> {
    const rows = await this.repository.findVersions(rubricId, manager);
    return rows
      .filter((row) => row.status !== 'draft')
      .map((row) => ({ id: row.rubricId, version: row.version, status: row.status }));
  }

  /** The evidence-kind vocabulary every rubric draws from. */
  listEvidenceKinds(): EvidenceKind[] {
    return this.evidenceKinds;
  }

  /**
   * A published or retired version (a draft is 404), its status as first read by this process
   * (current() reads it fresh). Only the first request for a version reads
   * the database (inside the caller's transaction when given its manager); only a version that
   * was found is kept, so a failed read is tried again next time.
   */
  async get(
    rubricId: string,
    version: string,
    manager?: EntityManager,
  ): Promise<RubricVersionDetail> {
    const key = rubricKey({ rubricId, rubricVersion: version });
    const cached = this.cache.get(key);
    if (cached) {
      return cached;
    }
    const row = await this.repository.findOne(rubricId, version, manager);
    if (!row || row.status === 'draft') {
      throw notFound();
    }
    const detail: RubricVersionDetail = deepFreeze({
      ...row.content,
      status: row.status,
      contentHash: row.contentHash,
      evidenceKinds: this.evidenceKinds,
    });
    this.cache.set(key, detail);
    return detail;
  }

  /**
   * A published or retired version as the rubric endpoint shows it: the content from memory (it
   * never changes), the status read from the database on every call. Another instance may have
   * retired the version since this one kept it, and get()'s copy would still say published.
   */
  async current(rubricId: string, version: string): Promise<RubricVersionDetail> {
    const status = await this.repository.statusOf(rubricId, version);
    if (status === null || status === 'draft') {
      throw notFound();
    }
    const detail = await this.get(rubricId, version);
    return detail.status === status ? detail : { ...detail, status };
  }

  /** Drops a version from memory after its status changed (retiring it). */
  forget(rubricId: string, version: string): void {
    this.cache.delete(rubricKey({ rubricId, rubricVersion: version }));
  }

  /**
   * The status as stored now, read on every round start: retiring a version in one instance
   * must stop new rounds in every instance, whatever their memory holds.
   */
  async currentStatus(
    rubricId: string,
    version: string,
    manager?: EntityManager,
  ): Promise<RubricStatus | null> {
    return this.repository.statusOf(rubricId, version, manager);
  }

  /** The versions of these rounds by `id@version`, each looked up once (outside a transaction). */
  async ofRounds(
    rounds: readonly { rubricId: string; rubricVersion: string }[],
  ): Promise<Map<string, RubricVersionDetail>> {
    const distinct = [...new Map(rounds.map((round) => [rubricKey(round), round])).values()];
    const found = await Promise.all(
      distinct.map((round) => this.get(round.rubricId, round.rubricVersion)),
    );
    return new Map(distinct.map((round, index) => [rubricKey(round), found[index]]));
  }

  private async updateChanged(
    stored: RubricVersionEntity,
    row: Omit<RubricVersionEntity, 'id' | 'loadedAt' | 'retiredAt'>,
  ) {
    if (stored.status !== 'draft') {
      throw new RubricIntegrityError(
        `Rubric ${row.rubricId}@${row.version} is ${stored.status} in the database (sha256 ${stored.contentHash}) ` +
          `but its file now hashes to ${row.contentHash}; a published version never changes — publish a new version instead.`,
      );
    }
    await this.repository.updateUnpublished(row.rubricId, row.version, row);
    this.logger.log(`Updated draft rubric ${row.rubricId}@${row.version}`);
  }
}
