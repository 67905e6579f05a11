import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { dataSourceOptions } from './data-source-options';
import { DATABASE_HANDLE, DatabaseHandle } from './database-handle';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: DatabaseHandle): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(database.url, database.kind),
          retryAttempts: 0,
        }),
      ],
      providers: [{ provide: DATABASE_HANDLE, useValue: database }],
      exports: [DATABASE_HANDLE],
    };
  }
}
