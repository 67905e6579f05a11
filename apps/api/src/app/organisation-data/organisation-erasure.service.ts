import {
  assertErasureConfirmed,
  assertErasurePending,
  assertNoErasurePending,
  erasureDueAt,
  isErasureDue,
  OrganisationDeletion,
} from '@labelklaar/domain';

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { EvidenceCleanupService } from '../evidence/evidence-cleanup.service';
import { longDay } from '../exports/dossier-labels';
import { JobQueue } from '../jobs/job-queue';
import { Mailer } from '../mail/mailer.service';
import { OrganisationErasureRepository } from './organisation-erasure.repository';

export const ORGANISATION_ERASURE_JOB = 'organisation-erasure';

@Injectable()
export class OrganisationErasureService implements OnModuleInit {
  private readonly logger = new Logger('OrganisationErasure');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OrganisationErasureRepository,
    private readonly cleanup: EvidenceCleanupService,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): Promise<void> {
    return this.jobs.register({
      name: ORGANISATION_ERASURE_JOB,
      cron: '40 3 * * *',
      retryLimit: 3,
      retryDelaySeconds: 600,
      handler: async () => {
        await this.eraseDue();
      },
    });
  }

  /** Starts the grace period; the organisation keeps working until it ends or is undone. */
  request(actor: Actor, confirmation: string): Promise<OrganisationDeletion> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrNotFound(manager, actor.organisationId);
      assertNoErasurePending(organisation.deletionDueAt);
      assertErasureConfirmed(organisation.name, confirmation);
      const requestedAt = this.clock.now();
      const dueAt = erasureDueAt(requestedAt);
      await this.repository.setDeletion(manager, organisation.id, {
        requestedAt,
        dueAt,
        byUserId: actor.userId,
      });
      await this.repository.record(
        manager,
        organisation.id,
        'deletion-requested',
        actor.userId,
        requestedAt,
      );
      await this.mailOfficers(manager, organisation.id, (email) =>
        this.mailer.send(
          'organisation-deletion-requested',
          email,
          {
            organisationName: organisation.name,
            requestedBy: actor.displayName,
            dueDay: longDay(dueAt.toISOString().slice(0, 10)),
            url: this.mailer.link('/members'),
          },
          manager,
        ),
      );
      return { requestedAt: requestedAt.toISOString(), dueAt: dueAt.toISOString() };
    });
  }

  undo(actor: Actor): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrNotFound(manager, actor.organisationId);
      assertErasurePending(organisation.deletionDueAt);
      await this.repository.setDeletion(manager, organisation.id, null);
      await this.repository.record(
        manager,
        organisation.id,
        'deletion-undone',
        actor.userId,
        this.clock.now(),
      );
      await this.mailOfficers(manager, organisation.id, (email) =>
        this.mailer.send(
          'organisation-deletion-undone',
          email,
          {
            organisationName: organisation.name,
            undoneBy: actor.displayName,
            url: this.mailer.link('/members'),
          },
          manager,
        ),
      );
    });
  }

  /** Erases every organisation whose grace period has ended; returns how many. */
  async eraseDue(now = this.clock.now()): Promise<number> {
    const ids = await this.repository.dueIds(this.dataSource.manager, now);
    let erased = 0;
    for (const id of ids) {
      erased += (await this.erase(id, now)) ? 1 : 0;
    }
    return erased;
  }

  /**
   * One organisation, for good, in one transaction (an undo that came first wins); afterwards
   * its files that no other organisation holds are removed from storage.
   */
  private async erase(organisationId: string, now: Date): Promise<boolean> {
    const hashes = await this.dataSource.transaction(async (manager) => {
      const organisation = await this.repository.lock(manager, organisationId);
      if (!organisation || !isErasureDue(organisation.deletionDueAt, now)) {
        return null;
      }
      const files = await this.repository.fileHashes(manager, organisationId);
      await this.mailOfficers(manager, organisationId, (email) =>
        this.mailer.send(
          'organisation-erased',
          email,
          { organisationName: organisation.name },
          manager,
        ),
      );
      await this.repository.deleteAll(manager, organisationId);
      await this.repository.record(manager, organisationId, 'erased', null, this.clock.now());
      return files;
    });
    if (hashes === null) {
      return false;
    }
    const removed = await this.cleanup.removeIfUnreferenced(hashes);
    this.logger.log(`Erased organisation ${organisationId} and ${removed} file(s)`);
    return true;
  }

  private async lockOrNotFound(manager: EntityManager, organisationId: string) {
    const organisation = await this.repository.lock(manager, organisationId);
    if (!organisation) {
      throw notFound();
    }
    return organisation;
  }

  private async mailOfficers(
    manager: EntityManager,
    organisationId: string,
    send: (email: string) => Promise<void>,
  ): Promise<void> {
    for (const officer of await this.repository.qualityOfficers(manager, organisationId)) {
      await send(officer.email);
    }
  }
}
