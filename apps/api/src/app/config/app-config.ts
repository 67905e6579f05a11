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
  @IsString()
  LABELKLAAR_WEB_DIR?: string;

  @IsOptional()
  @IsString()
  LABELKLAAR_RUBRICS_DIR?: string;

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL?: 'error' | 'warn' | 'log' | 'debug';
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
  webDir: string | null;
  rubricsDir: string | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
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
    webDir: env.LABELKLAAR_WEB_DIR ? resolve(env.LABELKLAAR_WEB_DIR) : null,
    rubricsDir: env.LABELKLAAR_RUBRICS_DIR ? resolve(env.LABELKLAAR_RUBRICS_DIR) : null,
    logLevel: env.LOG_LEVEL ?? 'log',
  };
}
