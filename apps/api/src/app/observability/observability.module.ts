import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DestinationStream } from 'pino';

import { AppConfig } from '../config/app-config';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { requestLogger, rootLogger } from './request-logging';
import { HTTP_LOGGER, RequestObservers } from './request-observers';

/**
 * Logs and metrics of one application instance: the pino logger Nest's own Logger writes to
 * (through nestjs-pino), the request log, and the Prometheus registry behind `GET /metrics`.
 * `destination` replaces stdout (the tests read the lines).
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(config: AppConfig, destination?: DestinationStream): DynamicModule {
    const logger = rootLogger(config, destination);
    return {
      module: ObservabilityModule,
      // The request log is mounted by createApp before everything else; nestjs-pino binds the
      // request's logger (with its request id) to the Logger calls made while handling it.
      imports: [LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true })],
      controllers: [MetricsController],
      providers: [
        { provide: HTTP_LOGGER, useValue: requestLogger(logger) },
        MetricsAccessGuard,
        MetricsService,
        RequestObservers,
      ],
      exports: [MetricsService],
    };
  }
}
