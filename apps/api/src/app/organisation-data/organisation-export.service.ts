import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { FileStorage } from '../evidence/storage/file-storage';
import { OrganisationErasureRepository } from './organisation-erasure.repository';
import { organisationExportArchive } from './organisation-export-archive';
import { OrganisationExportReadModel } from './organisation-export.read-model';

export const ZIP_TYPE = 'application/zip';

/** `labelklaar-export-welzijn-oost-2026-12-06.zip`: the name without what a file system minds. */
function exportFileName(name: string, day: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `labelklaar-export-${slug || 'organisatie'}-${day}.zip`;
}

@Injectable()
export class OrganisationExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readModel: OrganisationExportReadModel,
    private readonly erasure: OrganisationErasureRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  /** Reads every entity in one snapshot, records the export, then streams files as it goes. */
  async export(actor: Actor): Promise<StreamableFile> {
    const generatedAt = this.clock.now();
    const entities = await this.readModel.read(this.dataSource.manager, actor.organisationId);
    const organisation = entities.get('organisation')?.[0];
    if (!organisation) {
      throw notFound();
    }
    const hashes = new Set<string>();
    for (const entity of ['evidence', 'evidence-revisions']) {
      for (const row of entities.get(entity) ?? []) {
        if (typeof row['fileSha256'] === 'string') {
          hashes.add(row['fileSha256']);
        }
      }
    }
    await this.erasure.record(
      this.dataSource.manager,
      actor.organisationId,
      'exported',
      actor.userId,
      generatedAt,
    );
    const name = String(organisation['name']);
    const archive = organisationExportArchive({
      organisationId: actor.organisationId,
      organisationName: name,
      generatedAt,
      entities,
      fileHashes: [...hashes].sort(),
      openFile: (sha256) => this.storage.open(sha256),
    });
    return new StreamableFile(archive, {
      type: ZIP_TYPE,
      disposition: `attachment; filename="${exportFileName(name, generatedAt.toISOString().slice(0, 10))}"`,
    });
  }
}
