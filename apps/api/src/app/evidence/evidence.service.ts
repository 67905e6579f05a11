import { Evidence, EvidenceListItem, isAllowedEvidenceUrl, isoDayIn } from '@labelklaar/domain';

import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { contentRangeOf, PartialFile, requestedRange } from '../common/delivery/partial-content';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { inTransaction } from '../common/transaction';
import { OrganisationsService } from '../organisations/organisations.service';
import { RubricsService } from '../rubrics/rubrics.service';
import { EvidenceMetadataDto, NewRevisionDto, RegisterLinkDto } from './dto/evidence.dto';
import { EvidenceRevisionEntity } from './entities/evidence-revision.entity';
import { EvidenceEntity } from './entities/evidence.entity';
import {
  attachmentDisposition,
  cleanFileName,
  EvidenceFields,
  mapEvidence,
  NamesByUser,
  revisionAsEvidence,
} from './evidence.mappers';
import { EvidenceRepository, NewEvidence, RevisionFields } from './evidence.repository';
import { FileStorage, StorageUnavailableError } from './storage/file-storage';
import { detectEvidenceMediaType } from './upload/evidence-file-types';
import { StagedFile } from './upload/staging-storage.engine';

/** How `findLinked` keys a link's evidence: by item and the revision it names (null: current). */
export function linkKey(evidenceId: string, revisionNumber: number | null | undefined): string {
  return `${evidenceId}:${revisionNumber || 'current'}`;
}

function invalidField(
  field: string,
  code: string,
  params: Record<string, string | number> = {},
): ProblemException {
  return new ProblemException(400, 'validation-failed', {}, [{ field, code, params }]);
}

@Injectable()
export class EvidenceService {
  private readonly logger = new Logger('Evidence');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: EvidenceRepository,
    private readonly storage: FileStorage,
    private readonly organisations: OrganisationsService,
    private readonly rubrics: RubricsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The file is stored first and the row written after (in the caller's transaction when given
   * its manager): a crash in between leaves a blob the cleanup removes, never a row without a file.
   */
  async upload(
    actor: Actor,
    dto: EvidenceMetadataDto,
    file: StagedFile | undefined,
    manager?: EntityManager,
  ): Promise<Evidence> {
    if (!file) {
      throw invalidField('file', 'isDefined');
    }
    if (file.size === 0) {
      throw invalidField('file', 'isNotEmpty');
    }
    this.assertEvidenceKind(dto.evidenceKind);
    const fileName = cleanFileName(file.originalname);
    const mediaType = await detectEvidenceMediaType(file.path, fileName, file.size);
    await this.available(() => this.storage.putFromFile(file.sha256, file.path));
    return this.insert(
      actor,
      dto,
      {
        source: 'file',
        url: null,
        fileSha256: file.sha256,
        fileName,
        mediaType,
        sizeBytes: file.size,
      },
      manager,
    );
  }

  async registerLink(
    actor: Actor,
    dto: RegisterLinkDto,
    manager?: EntityManager,
  ): Promise<Evidence> {
    if (!isAllowedEvidenceUrl(dto.url)) {
      throw invalidField('url', 'isUrl');
    }
    this.assertEvidenceKind(dto.evidenceKind);
    return this.insert(
      actor,
      dto,
      {
        source: 'link',
        url: dto.url,
        fileSha256: null,
        fileName: null,
        mediaType: null,
        sizeBytes: null,
      },
      manager,
    );
  }

  /**
   * A new revision replaces the item's document (file or link, new dates). The item is found
   * first (another organisation's: 404), the file stored next and the rows written last, in one
   * transaction with `alongside` (the rounds' events): a failure leaves no revision without its file.
   */
  async revise(
    actor: Actor,
    evidenceId: string,
    dto: NewRevisionDto,
    file: StagedFile | undefined,
    alongside: (manager: EntityManager, before: Evidence, after: Evidence) => Promise<void>,
  ): Promise<Evidence> {
    await this.findOrFail(actor.organisationId, evidenceId);
    if (file && dto.url) {
      throw invalidField('url', 'fileOrUrl');
    }
    if (!file && !dto.url) {
      throw invalidField('file', 'fileOrUrl');
    }
    if (dto.evidenceKind) {
      this.assertEvidenceKind(dto.evidenceKind);
    }
    const payload = await this.revisionPayload(dto, file);
    const today = isoDayIn(this.clock.now());
    const names = await this.namesOf(actor.organisationId);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lockForRevision(
        manager,
        actor.organisationId,
        evidenceId,
      );
      if (!current) {
        throw notFound();
      }
      const next = await this.repository.addRevision(manager, current, {
        ...payload,
        title: dto.title?.trim() || current.title,
        evidenceKind: dto.evidenceKind ?? current.evidenceKind,
        documentDate: dto.documentDate,
        validUntil: dto.validUntil ?? null,
        createdById: actor.userId,
      });
      const withActor = new Map([...names, [actor.userId, actor.displayName]]);
      const before = mapEvidence(current, withActor, today);
      const after = mapEvidence(next, withActor, today);
      await alongside(manager, before, after);
      return after;
    });
  }

  /** Every revision of the item, newest first (another organisation's: 404). */
  async revisions(organisationId: string, evidenceId: string): Promise<EvidenceRevisionEntity[]> {
    await this.findOrFail(organisationId, evidenceId);
    return this.repository.revisions(organisationId, evidenceId);
  }

  async revisionContent(
    organisationId: string,
    evidenceId: string,
    revisionNumber: number,
    range?: string,
  ): Promise<StreamableFile> {
    const row = await this.repository.findRevision(organisationId, evidenceId, revisionNumber);
    if (!row) {
      throw notFound();
    }
    return this.streamOf(row, range);
  }

  /**
   * For a round's links: each as the revision it names (a submitted round's), else the current
   * one (a draft round's), keyed by `linkKey`; this organisation's evidence only.
   */
  async findLinked(
    organisationId: string,
    links: readonly { evidenceId: string; revisionNumber?: number | null }[],
    names: NamesByUser,
    referenceDate: string,
    manager?: EntityManager,
  ): Promise<Map<string, Evidence>> {
    const currentIds = [
      ...new Set(links.filter((link) => !link.revisionNumber).map((link) => link.evidenceId)),
    ];
    const pinned = links.flatMap((link) =>
      link.revisionNumber
        ? [{ evidenceId: link.evidenceId, revisionNumber: link.revisionNumber }]
        : [],
    );
    // One query at a time: inside a transaction the connection runs one at a time anyway.
    const current = await this.repository.findByIds(organisationId, currentIds, manager);
    const revisions = await this.repository.findRevisions(organisationId, pinned, manager);
    const found = new Map<string, Evidence>();
    for (const row of current) {
      found.set(linkKey(row.id, null), mapEvidence(row, names, referenceDate));
    }
    for (const row of revisions) {
      found.set(
        linkKey(row.evidenceId, row.revisionNumber),
        mapEvidence(revisionAsEvidence(row), names, referenceDate),
      );
    }
    return found;
  }

  mapRevision(row: EvidenceRevisionEntity, names: NamesByUser): Evidence {
    return mapEvidence(revisionAsEvidence(row), names, isoDayIn(this.clock.now()));
  }

  async list(organisationId: string): Promise<EvidenceListItem[]> {
    const [rows, names, links] = await Promise.all([
      this.repository.list(organisationId),
      this.namesOf(organisationId),
      this.repository.roundsLinking(organisationId),
    ]);
    const today = isoDayIn(this.clock.now());
    return rows.map((row) => ({
      ...mapEvidence(row, names, today),
      usedIn: links
        .filter((link) => link.evidenceId === row.id)
        .map(({ roundId, title, status, criterionCodes }) => ({
          roundId,
          title,
          status,
          criterionCodes,
        })),
    }));
  }

  async get(organisationId: string, evidenceId: string): Promise<Evidence> {
    const row = await this.findOrFail(organisationId, evidenceId);
    return mapEvidence(row, await this.namesOf(organisationId), isoDayIn(this.clock.now()));
  }

  /** The file, or the one byte range a Range header asks for. */
  async content(
    organisationId: string,
    evidenceId: string,
    range?: string,
  ): Promise<StreamableFile> {
    return this.streamOf(await this.findOrFail(organisationId, evidenceId), range);
  }

  /** A round's link's file: the revision it names, else the current one. */
  linkedContent(
    organisationId: string,
    evidenceId: string,
    revisionNumber: number | null,
    range?: string,
  ): Promise<StreamableFile> {
    return revisionNumber
      ? this.revisionContent(organisationId, evidenceId, revisionNumber, range)
      : this.content(organisationId, evidenceId, range);
  }

  private async streamOf(row: EvidenceFields, rangeHeader?: string): Promise<StreamableFile> {
    if (!row.fileSha256 || !row.fileName || row.sizeBytes === null) {
      throw notFound();
    }
    const size = row.sizeBytes;
    const range = requestedRange(rangeHeader, size);
    const sha256 = row.fileSha256;
    const stream = await this.available(() => this.storage.open(sha256, range ?? undefined));
    const options = {
      type: row.mediaType ?? 'application/octet-stream',
      disposition: attachmentDisposition(row.fileName),
      length: range ? range.end - range.start + 1 : size,
    };
    return range
      ? new PartialFile(stream, options, contentRangeOf(range, size))
      : new StreamableFile(stream, options);
  }

  /** For the contexts that link evidence: rows of this organisation only, mapped on a reference date. */
  async findByIds(
    organisationId: string,
    ids: readonly string[],
    names: NamesByUser,
    referenceDate: string,
    manager?: EntityManager,
  ): Promise<Evidence[]> {
    const rows = await this.repository.findByIds(organisationId, ids, manager);
    return rows.map((row) => mapEvidence(row, names, referenceDate));
  }

  async namesOf(organisationId: string): Promise<NamesByUser> {
    const members = await this.organisations.listMembers(organisationId);
    return new Map(members.map((member) => [member.userId, member.displayName]));
  }

  private async insert(
    actor: Actor,
    dto: EvidenceMetadataDto,
    payload: Pick<
      NewEvidence,
      'source' | 'url' | 'fileSha256' | 'fileName' | 'mediaType' | 'sizeBytes'
    >,
    outer?: EntityManager,
  ): Promise<Evidence> {
    const row = await inTransaction(this.dataSource, outer, (manager) =>
      this.repository.insert(manager, {
        ...payload,
        organisationId: actor.organisationId,
        title: dto.title.trim(),
        evidenceKind: dto.evidenceKind,
        documentDate: dto.documentDate,
        validUntil: dto.validUntil ?? null,
        createdById: actor.userId,
      }),
    );
    const names = new Map([[actor.userId, actor.displayName]]);
    return mapEvidence(row, names, isoDayIn(this.clock.now()));
  }

  /** The new revision's file (stored now, by its hash) or link. */
  private async revisionPayload(
    dto: NewRevisionDto,
    file: StagedFile | undefined,
  ): Promise<
    Pick<RevisionFields, 'source' | 'url' | 'fileSha256' | 'fileName' | 'mediaType' | 'sizeBytes'>
  > {
    if (file) {
      if (file.size === 0) {
        throw invalidField('file', 'isNotEmpty');
      }
      const fileName = cleanFileName(file.originalname);
      const mediaType = await detectEvidenceMediaType(file.path, fileName, file.size);
      await this.available(() => this.storage.putFromFile(file.sha256, file.path));
      return {
        source: 'file',
        url: null,
        fileSha256: file.sha256,
        fileName,
        mediaType,
        sizeBytes: file.size,
      };
    }
    if (!isAllowedEvidenceUrl(dto.url ?? '')) {
      throw invalidField('url', 'isUrl');
    }
    return {
      source: 'link',
      url: dto.url ?? null,
      fileSha256: null,
      fileName: null,
      mediaType: null,
      sizeBytes: null,
    };
  }

  /** An outage of the file store answers 503 (nothing was stored), not 500. */
  private async available<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        this.logger.warn(error.message);
        throw new ProblemException(503, 'storage-unavailable');
      }
      throw error;
    }
  }

  private async findOrFail(organisationId: string, evidenceId: string): Promise<EvidenceEntity> {
    const row = await this.repository.find(organisationId, evidenceId);
    if (!row) {
      throw notFound();
    }
    return row;
  }

  private assertEvidenceKind(kind: string): void {
    const keys = this.rubrics.listEvidenceKinds().map((entry) => entry.key);
    if (!keys.includes(kind)) {
      throw invalidField('evidenceKind', 'isEvidenceKind', { 0: keys.join(', ') });
    }
  }
}
