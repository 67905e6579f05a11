import {
  INestApplication,
  LogLevel,
  ValidationError,
  ValidationPipe,
  VersioningType,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';

import { AppModule } from './app.module';
import { CsrfTokens } from './common/csrf/csrf-tokens.service';
import { responseDelivery } from './common/delivery/response-delivery';
import { ProblemDetailsFilter } from './common/problems/problem-details.filter';
import { ProblemException } from './common/problems/problem.exception';
import { toFieldErrors } from './common/problems/validation-messages';
import { WellFormedTextPipe } from './common/validation/well-formed-text.pipe';
import { AppConfig } from './config/app-config';
import { DatabaseHandle } from './database/database-handle';
import { RubricsService } from './rubrics/rubrics.service';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

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
  ['invitations', 'Invitations to join an organisation'],
  ['organisation', 'The active organisation, its members and their roles'],
  ['rubrics', 'The versioned rubrics of the Kwaliteitslabel Sterk Sociaal Werk'],
  ['rounds', 'Self-assessment rounds, criterion responses and their audit trail'],
  ['evidence', 'Evidence: files and links'],
  ['actions', 'Improvement actions (verbeteracties)'],
  ['dashboards', 'Readiness, trends, comparisons and the anonymised sector view'],
  ['exports', 'The audit dossier as PDF, Excel and CSV'],
  ['reviews', 'Intercollegiale toetsing: review invitations, reviews, the leerrapport'],
  ['peer-groups', 'Toetsingsgroepen: organisations that review each other'],
  ['health', 'Whether the API and its database answer'],
];

function setUpOpenApi(app: INestApplication): void {
  const builder = new DocumentBuilder()
    .setTitle('Labelklaar API')
    .setDescription(
      'Self-assessment for the Kwaliteitslabel Sterk Sociaal Werk. Errors are RFC 9457 problem+json.',
    )
    .setVersion('1')
    .addServer('/', 'This Labelklaar installation')
    .addCookieAuth('lk_session');
  TAGS.forEach(([name, description]) => builder.addTag(name, description));
  const document = SwaggerModule.createDocument(app, builder.build());
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** Builds the whole application; used by main.ts and by the end-to-end tests alike. */
export async function createApp(
  config: AppConfig,
  database: DatabaseHandle,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database),
    {
      bodyParser: false,
      logger: LEVELS[config.logLevel],
    },
  );
  app.set('trust proxy', config.trustProxy);
  app.use(helmetMiddleware(config.secureCookies));
  app.use(cookieParser());
  // Before the web app's files, so the first page already carries the CSRF cookies.
  app.use(app.get(CsrfTokens).issuer());
  app.use(responseDelivery(config));
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(new WellFormedTextPipe(), validationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  setUpOpenApi(app);
  await app.init();
  await app.get(RubricsService).syncCatalog();
  return app;
}
