import { resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

/** Thrown when the environment holds a value the product cannot run with. */
export class ConfigError extends Error {}

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : value === 'true' || value === true
      ? true
      : value === 'false' || value === false
        ? false
        : value;
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : /^-?\d+$/.test(String(value))
      ? Number(value)
      : value;

class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  LABELKLAAR_DATA_DIR?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'LABELKLAAR_DEMO must be true or false' })
  LABELKLAAR_DEMO?: boolean;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, {
    message: 'LABELKLAAR_PUBLIC_URL must be an http(s) URL',
  })
  LABELKLAAR_PUBLIC_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  LABELKLAAR_SESSION_TTL_HOURS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  LABELKLAAR_INVITATION_TTL_DAYS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LABELKLAAR_LOGIN_RATE_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  LABELKLAAR_LOGIN_ADDRESS_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LABELKLAAR_LOGIN_ACCOUNT_LIMIT?: number;

  @IsOptional()
  @Matches(/^(\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, {
    message:
      'LABELKLAAR_TRUST_PROXY must be a hop count or comma-separated addresses, subnets or loopback',
  })
  LABELKLAAR_TRUST_PROXY?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024)
  LABELKLAAR_MAX_UPLOAD_MB?: number;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+\/?$/, {
    message: 'LABELKLAAR_S3_ENDPOINT must be an http(s) URL without a path: https://s3.example.org',
  })
  LABELKLAAR_S3_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message:
      'LABELKLAAR_S3_BUCKET must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens',
  })
  LABELKLAAR_S3_BUCKET?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{2,32}$/, {
    message: 'LABELKLAAR_S3_REGION must be a region name such as eu-central-1',
  })
  LABELKLAAR_S3_REGION?: string;

  @IsOptional()
  @IsString()
  LABELKLAAR_S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  LABELKLAAR_S3_SECRET_ACCESS_KEY?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'LABELKLAAR_S3_FORCE_PATH_STYLE must be true or false' })
  LABELKLAAR_S3_FORCE_PATH_STYLE?: boolean;

  @IsOptional()
  @IsString()
  LABELKLAAR_WEB_DIR?: string;

  @IsOptional()
  @IsString()
  LABELKLAAR_RUBRICS_DIR?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'LABELKLAAR_RUN_JOBS must be true or false' })
  LABELKLAAR_RUN_JOBS?: boolean;

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, {
    message: 'LABELKLAAR_SMTP_URL must be an smtp:// or smtps:// URL',
  })
  LABELKLAAR_SMTP_URL?: string;

  @IsOptional()
  @Matches(/^([^<>@\s][^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message:
      'LABELKLAAR_MAIL_FROM must be an address, optionally with a name: Labelklaar <noreply@example.org>',
  })
  LABELKLAAR_MAIL_FROM?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'LABELKLAAR_PDF_WARMUP must be true or false' })
  LABELKLAAR_PDF_WARMUP?: boolean;

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL?: 'error' | 'warn' | 'log' | 'debug';

  @IsOptional()
  @IsIn(['json', 'pretty'])
  LABELKLAAR_LOG_FORMAT?: 'json' | 'pretty';

  @IsOptional()
  @Matches(/^[\x21-\x7e]{32,256}$/, {
    message:
      'LABELKLAAR_METRICS_TOKEN must be 32 to 256 printable characters without spaces (openssl rand -hex 32)',
  })
  LABELKLAAR_METRICS_TOKEN?: string;

  @IsOptional()
  @IsString()
  NODE_ENV?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  demo: boolean;
  publicUrl: string;
  secureCookies: boolean;
  sessionTtlHours: number;
  invitationTtlDays: number;
  /** Failed logins per e-mail address from one client address per 15 minutes. */
  loginRateLimit: number;
  /** Failed logins from one client address, whatever the e-mail address, per 15 minutes. */
  loginAddressLimit: number;
  /** Failed logins for one e-mail address from everywhere per 15 minutes, before the slow-down. */
  loginAccountLimit: number;
  /** Express's `trust proxy`: which proxies may name the client address in X-Forwarded-For. */
  trustProxy: string | number;
  /** The largest evidence file accepted, in bytes. */
  maxUploadBytes: number;
  /** Evidence files in S3-compatible object storage; null: in `<dataDir>/files`. */
  s3: S3Settings | null;
  webDir: string | null;
  rubricsDir: string | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** JSON lines (the product), or pino-pretty's coloured lines (`npm run dev`, NODE_ENV=development). */
  logFormat: 'json' | 'pretty';
  /** The bearer token `GET /metrics` accepts from other hosts; null: loopback only. */
  metricsToken: string | null;
  /** Whether this instance works the job queue (schedules, mail); off for a web-only instance. */
  runJobs: boolean;
  /** Outgoing mail server; null: messages are written as .eml files in `<dataDir>/mail`. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Whether the server warms the PDF fonts and layout once it listens (main.ts only). */
  pdfWarmUp: boolean;
}

export interface S3Settings {
  /** null: AWS itself, by region. */
  endpoint: string | null;
  bucket: string;
  region: string;
  /** null (both): the SDK's own credential chain (instance role, AWS_* variables, profile). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** Bucket in the path (`host/bucket/key`), as MinIO and most self-hosted servers need. */
  forcePathStyle: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const RANGE_CHECKS = new Set(['min', 'max']);

function firstProblem(env: EnvironmentVariables): string | null {
  const [error] = validateSync(env, { whitelist: false });
  if (!error) {
    return null;
  }
  const broken = Object.entries(error.constraints ?? {});
  // A range check says nothing useful about a value of the wrong type ('abc' is not "greater than 65535").
  const preferred = broken.find(([name]) => !RANGE_CHECKS.has(name)) ?? broken[0];
  const message = preferred?.[1] ?? 'is invalid';
  return message.startsWith(error.property) ? message : `${error.property} ${message}`;
}

function trustProxyOf(value: string | undefined): string | number {
  if (!value) {
    return 'loopback';
  }
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Any LABELKLAAR_S3_* setting switches to object storage, and then the bucket must be named. */
function s3SettingsOf(env: EnvironmentVariables): S3Settings | null {
  const given = Object.entries(env).some(
    ([name, value]) => name.startsWith('LABELKLAAR_S3_') && value !== undefined,
  );
  if (!given) {
    return null;
  }
  if (!env.LABELKLAAR_S3_BUCKET) {
    throw new ConfigError('LABELKLAAR_S3_BUCKET must be set when any LABELKLAAR_S3_ setting is');
  }
  const keyId = env.LABELKLAAR_S3_ACCESS_KEY_ID;
  const secret = env.LABELKLAAR_S3_SECRET_ACCESS_KEY;
  if (!keyId !== !secret) {
    throw new ConfigError(
      'LABELKLAAR_S3_ACCESS_KEY_ID and LABELKLAAR_S3_SECRET_ACCESS_KEY must be set together, or neither',
    );
  }
  return {
    endpoint: env.LABELKLAAR_S3_ENDPOINT?.replace(/\/$/, '') ?? null,
    bucket: env.LABELKLAAR_S3_BUCKET,
    region: env.LABELKLAAR_S3_REGION ?? 'us-east-1',
    credentials: keyId && secret ? { accessKeyId: keyId, secretAccessKey: secret } : null,
    forcePathStyle: env.LABELKLAAR_S3_FORCE_PATH_STYLE ?? false,
  };
}

/** Reads and validates the environment; the only place that touches process.env-like input. */
export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  // An empty variable (DATABASE_URL=) counts as unset.
  const given = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const env = plainToInstance(EnvironmentVariables, given, { excludeExtraneousValues: false });
  const problem = firstProblem(env);
  if (problem) {
    throw new ConfigError(problem);
  }
  const port = env.PORT ?? 3000;
  const publicUrl = (env.LABELKLAAR_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: resolve(env.LABELKLAAR_DATA_DIR ?? '.labelklaar'),
    demo: env.LABELKLAAR_DEMO ?? true,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    sessionTtlHours: env.LABELKLAAR_SESSION_TTL_HOURS ?? 12,
    invitationTtlDays: env.LABELKLAAR_INVITATION_TTL_DAYS ?? 7,
    loginRateLimit: env.LABELKLAAR_LOGIN_RATE_LIMIT ?? 10,
    loginAddressLimit: env.LABELKLAAR_LOGIN_ADDRESS_LIMIT ?? 20,
    loginAccountLimit: env.LABELKLAAR_LOGIN_ACCOUNT_LIMIT ?? 20,
    trustProxy: trustProxyOf(env.LABELKLAAR_TRUST_PROXY),
    maxUploadBytes: (env.LABELKLAAR_MAX_UPLOAD_MB ?? 25) * 1024 * 1024,
    s3: s3SettingsOf(env),
    webDir: env.LABELKLAAR_WEB_DIR ? resolve(env.LABELKLAAR_WEB_DIR) : null,
    rubricsDir: env.LABELKLAAR_RUBRICS_DIR ? resolve(env.LABELKLAAR_RUBRICS_DIR) : null,
    logLevel: env.LOG_LEVEL ?? 'log',
    logFormat: env.LABELKLAAR_LOG_FORMAT ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json'),
    metricsToken: env.LABELKLAAR_METRICS_TOKEN ?? null,
    runJobs: env.LABELKLAAR_RUN_JOBS ?? true,
    smtpUrl: env.LABELKLAAR_SMTP_URL ?? null,
    mailFrom: env.LABELKLAAR_MAIL_FROM ?? `Labelklaar <noreply@${new URL(publicUrl).hostname}>`,
    pdfWarmUp: env.LABELKLAAR_PDF_WARMUP ?? true,
  };
}
