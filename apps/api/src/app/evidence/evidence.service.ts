import { Evidence, isAllowedEvidenceUrl, isoDayIn } from '@labelklaar/domain';

import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { inTransaction } from '../common/transaction';
import { OrganisationsService } from '../organisations/organisations.service';
import { RubricsService } from '../rubrics/rubrics.service';
import { EvidenceMetadataDto, RegisterLinkDto } from './dto/evidence.dto';
import { EvidenceEntity } from './entities/evidence.entity';
import { attachmentDisposition, cleanFileName, mapEvidence, NamesByUser } from './evidence.mappers';
import { EvidenceRepository, NewEvidence } from './evidence.repository';
import { FileStorage } from './storage/file-storage';
import { detectEvidenceMediaType } from './upload/evidence-file-types';
import { StagedFile } from './upload/staging-storage.engine';

function invalidField(
  field: string,
  code: string,
  params: Record<string, string | number> = {},
): ProblemException {
  return new ProblemException(400, 'validation-failed', {}, [{ field, code, params }]);
}

@Injectable()
export class EvidenceService {
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
    await this.storage.putFromFile(file.sha256, file.path);
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

  async list(organisationId: string): Promise<Evidence[]> {
    const [rows, names] = await Promise.all([
      this.repository.list(organisationId),
      this.namesOf(organisationId),
    ]);
    const today = isoDayIn(this.clock.now());
    return rows.map((row) => mapEvidence(row, names, today));
  }

  async get(organisationId: string, evidenceId: string): Promise<Evidence> {
    const row = await this.findOrFail(organisationId, evidenceId);
    return mapEvidence(row, await this.namesOf(organisationId), isoDayIn(this.clock.now()));
  }

  async content(organisationId: string, evidenceId: string): Promise<StreamableFile> {
    const row = await this.findOrFail(organisationId, evidenceId);
    if (!row.fileSha256 || !row.fileName) {
      throw notFound();
    }
    const stream = await this.storage.open(row.fileSha256);
    return new StreamableFile(stream, {
      type: row.mediaType ?? 'application/octet-stream',
      disposition: attachmentDisposition(row.fileName),
      length: row.sizeBytes ?? undefined,
    });
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
