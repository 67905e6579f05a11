import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { CheckInScheduleEntity } from './entities/check-in-schedule.entity';
import { CheckInEntity } from './entities/check-in.entity';

/** Every query of the check-ins context. */
@Injectable()
export class CheckInsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  schedule(organisationId: string, teamId: string): Promise<CheckInScheduleEntity | null> {
    return this.dataSource
      .getRepository(CheckInScheduleEntity)
      .findOne({ where: { organisationId, teamId } });
  }

  async saveSchedule(manager: EntityManager, schedule: CheckInScheduleEntity): Promise<void> {
    await manager.getRepository(CheckInScheduleEntity).upsert(schedule, ['teamId']);
  }

  list(organisationId: string, teamId: string, periodKey: string): Promise<CheckInEntity[]> {
    return this.dataSource.getRepository(CheckInEntity).find({
      where: { organisationId, teamId, periodKey },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** For the learning report: check-ins of these periods (no texts are read from them there). */
  ofPeriods(organisationId: string, teamIds: string[] | null, periodKeys: string[]) {
    return this.dataSource.getRepository(CheckInEntity).find({
      select: { id: true, teamId: true, authorUserId: true, periodKey: true, actionLinks: true },
      where: {
        organisationId,
        periodKey: In(periodKeys),
        ...(teamIds && { teamId: In(teamIds) }),
      },
    });
  }

  find(organisationId: string, checkInId: string): Promise<CheckInEntity | null> {
    return this.dataSource
      .getRepository(CheckInEntity)
      .findOne({ where: { organisationId, id: checkInId } });
  }

  findOwn(organisationId: string, teamId: string, authorUserId: string, periodKey: string) {
    return this.dataSource
      .getRepository(CheckInEntity)
      .findOne({ where: { organisationId, teamId, authorUserId, periodKey } });
  }

  save(manager: EntityManager, checkIn: Omit<CheckInEntity, 'id'> | CheckInEntity) {
    const repository = manager.getRepository(CheckInEntity);
    return repository.save(repository.create(checkIn));
  }
}
