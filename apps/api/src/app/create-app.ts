import {
  INestApplication,
  RequestMethod,
  ValidationError,
  ValidationPipe,
  VersioningType,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { urlencoded } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DestinationStream } from 'pino';

import { AppModule } from './app.module';
import { CsrfTokens } from './common/csrf/csrf-tokens.service';
import { responseDelivery } from './common/delivery/response-delivery';
import { ProblemDetailsFilter } from './common/problems/problem-details.filter';
import { ProblemException } from './common/problems/problem.exception';
import { toFieldErrors } from './common/problems/validation-messages';
import { WellFormedTextPipe } from './common/validation/well-formed-text.pipe';
import { AppConfig } from './config/app-config';
import { DatabaseHandle } from './database/database-handle';
import { RequestObservers } from './observability/request-observers';
import { RubricsService } from './rubrics/rubrics.service';

function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    // The target is needed to look up a rule's limits (maxLength 254) for the translated message.
    validationError: { target: true, value: false },
    exceptionFactory: (errors: ValidationError[]) =>
      new ProblemException(400, 'validation-failed', {}, toFieldErrors(errors)),
  });
}

function helmetMiddleware(secure: boolean) {
  return helmet({
    strictTransportSecurity: secure,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: secure ? [] : null,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}

/** Every tag an operation carries, described once (Spectral's operation-tag-defined). */
const TAGS: [string, string][] = [
  ['auth', 'Accounts, login and the current user'],
  ['home', "The signed-in person's starting page: where the organisation stands, per role"],
  ['invitations', 'Invitations to join an organisation'],
  ['organisation', 'The active organisation, its members and their roles'],
  ['rubrics', 'The versioned rubrics of the Kwaliteitslabel Sterk Sociaal Werk'],
  ['rounds', 'Self-assessment rounds, criterion responses and their audit trail'],
  ['evidence', 'Evidence: files and links, and their revisions'],
  ['search', "Search the organisation's criteria and evidence"],
  ['actions', 'Improvement actions (verbeteracties)'],
  ['dashboards', 'Readiness, trends, comparisons and the anonymised sector view'],
  ['exports', 'The audit dossier as PDF, Word, Excel, CSV and a zip with the evidence'],
  ['reviews', 'Intercollegiale toetsing: review invitations, reviews, the leerrapport'],
  ['peer-groups', 'Toetsingsgroepen: organisations that review each other'],
  ['notifications', 'The notification centre, notification preferences and unsubscribe links'],
  ['health', 'Whether the API, its database and its storage answer; metrics for monitoring'],
  ['teams', "The organisation's teams (wijkteam, jongerenwerk), their members and leads"],
  [
    'decision-models',
    "Decision models: the label owner's library and an organisation's own, drafts and publishing",
  ],
  ['reflections', 'Decision reflections: a professional’s own, shared with the team by choice'],
  ['team-learning', 'Team sessions, team agreements and check-ins (the verbetercyclus)'],
  [
    'learning-report',
    'The learning report (aggregates only) and the report as evidence in a round',
  ],
];

function setUpOpenApi(app: INestApplication): void {
  const builder = new DocumentBuilder()
    .setTitle('Labelklaar API')
    .setDescription(
      'Self-assessment for the Kwaliteitslabel Sterk Sociaal Werk. Errors are RFC 9457 problem+json.',
    )
    .setVersion('1')
    .addServer('/', 'This Labelklaar installation')
    .addCookieAuth('lk_session')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description: 'LABELKLAAR_METRICS_TOKEN (GET /metrics only)',
      },
      'metrics-token',
    );
  TAGS.forEach(([name, description]) => builder.addTag(name, description));
  const document = SwaggerModule.createDocument(app, builder.build());
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

export interface AppOptions {
  /** Where the JSON log lines go instead of stdout (the tests read them). */
  logDestination?: DestinationStream;
}

/** Builds the whole application; used by main.ts and by the end-to-end tests alike. */
export async function createApp(
  config: AppConfig,
  database: DatabaseHandle,
  options: AppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database, options.logDestination),
    { bodyParser: false, bufferLogs: true },
  );
  // Nest's own Logger writes through pino, at LOG_LEVEL (the buffered start-up lines too).
  app.useLogger(app.get(Logger));
  app.flushLogs();
  // First, so every request is logged and timed, the web app's files included.
  app.use(...app.get(RequestObservers).handlers());
  app.set('trust proxy', config.trustProxy);
  app.use(helmetMiddleware(config.secureCookies));
  app.use(cookieParser());
  // Before the web app's files, so the first page already carries the CSRF cookies.
  app.use(app.get(CsrfTokens).issuer());
  app.use(responseDelivery(config));
  app.useBodyParser('json', { limit: '1mb' });
  // Only the one-click unsubscribe takes a form body (RFC 8058); everything else is JSON.
  app.use('/api/v1/unsubscribe', urlencoded({ extended: false, limit: '1kb' }));
  // Prometheus looks for /metrics at the root.
  app.setGlobalPrefix('api', { exclude: [{ path: 'metrics', method: RequestMethod.GET }] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(new WellFormedTextPipe(), validationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  setUpOpenApi(app);
  await app.init();
  await app.get(RubricsService).syncCatalog();
  return app;
}
