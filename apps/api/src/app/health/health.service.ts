import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../common/clock';
import { ProblemException } from '../common/problems/problem.exception';
import { DATABASE_HANDLE, DatabaseHandle } from '../database/database-handle';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/database-unavailable';

export const APP_VERSION = '0.1.0';

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_HANDLE) private readonly database: DatabaseHandle,
    private readonly clock: Clock,
  ) {}

  async check() {
    // Whatever the reason the database does not answer, the product is not healthy.
    await this.dataSource.query('SELECT 1').catch(() => {
      throw new ProblemException(503, 'database-unavailable', {
        seconds: DATABASE_RETRY_AFTER_SECONDS,
      });
    });
    return {
      status: 'ok' as const,
      database: this.database.kind,
      version: APP_VERSION,
      time: this.clock.now().toISOString(),
    };
  }
}
