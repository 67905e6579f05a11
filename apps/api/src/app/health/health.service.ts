import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../common/clock';
import { DATABASE_HANDLE, DatabaseHandle } from '../database/database-handle';

export const APP_VERSION = '0.1.0';

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_HANDLE) private readonly database: DatabaseHandle,
    private readonly clock: Clock,
  ) {}

  async check() {
    await this.dataSource.query('SELECT 1').catch(() => {
      throw new ServiceUnavailableException('database unreachable');
    });
    return {
      status: 'ok' as const,
      database: this.database.kind,
      version: APP_VERSION,
      time: this.clock.now().toISOString(),
    };
  }
}
