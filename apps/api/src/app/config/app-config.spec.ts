import { resolve } from 'node:path';

import { ConfigError, loadConfig } from './app-config';

function configErrorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('runs with nothing set: embedded database, demo data, port 3000', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: null,
      dataDir: resolve('.labelklaar'),
      demo: true,
      publicUrl: 'http://localhost:3000',
      secureCookies: false,
      sessionTtlHours: 12,
      invitationTtlDays: 7,
      loginRateLimit: 10,
      loginAddressLimit: 20,
      loginAccountLimit: 20,
      trustProxy: 'loopback',
      maxUploadBytes: 25 * 1024 * 1024,
      s3: null,
      webDir: null,
      rubricsDir: null,
      logLevel: 'log',
      logFormat: 'json',
      metricsToken: null,
      pdfWarmUp: true,
      runJobs: true,
      smtpUrl: null,
      mailFrom: 'Labelklaar <noreply@localhost>',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '', LABELKLAAR_DEMO: '' })).toEqual(loadConfig({}));
  });

  it('reads every variable it knows', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgresql://labelklaar@db:5432/labelklaar',
        LABELKLAAR_DATA_DIR: '/var/lib/labelklaar',
        LABELKLAAR_DEMO: 'false',
        LABELKLAAR_SESSION_TTL_HOURS: '8',
        LABELKLAAR_INVITATION_TTL_DAYS: '14',
        LABELKLAAR_LOGIN_RATE_LIMIT: '5',
        LABELKLAAR_LOGIN_ADDRESS_LIMIT: '50',
        LABELKLAAR_LOGIN_ACCOUNT_LIMIT: '30',
        LABELKLAAR_TRUST_PROXY: 'loopback, 10.0.0.0/8',
        LABELKLAAR_MAX_UPLOAD_MB: '10',
        LABELKLAAR_WEB_DIR: '/srv/web',
        LABELKLAAR_RUBRICS_DIR: '/srv/rubrics',
        LOG_LEVEL: 'warn',
        LABELKLAAR_LOG_FORMAT: 'pretty',
        LABELKLAAR_METRICS_TOKEN: 'c3a1f0d2e4b6a8c0e2f4a6b8d0c2e4f6',
        LABELKLAAR_RUN_JOBS: 'false',
        LABELKLAAR_SMTP_URL: 'smtp://mail.example.nl:587',
        LABELKLAAR_MAIL_FROM: 'Labelklaar <labelklaar@example.nl>',
        LABELKLAAR_PDF_WARMUP: 'false',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://labelklaar@db:5432/labelklaar',
      dataDir: '/var/lib/labelklaar',
      demo: false,
      publicUrl: 'http://localhost:8080',
      secureCookies: false,
      sessionTtlHours: 8,
      invitationTtlDays: 14,
      loginRateLimit: 5,
      loginAddressLimit: 50,
      loginAccountLimit: 30,
      trustProxy: 'loopback, 10.0.0.0/8',
      maxUploadBytes: 10 * 1024 * 1024,
      s3: null,
      webDir: '/srv/web',
      rubricsDir: '/srv/rubrics',
      logLevel: 'warn',
      logFormat: 'pretty',
      metricsToken: 'c3a1f0d2e4b6a8c0e2f4a6b8d0c2e4f6',
      pdfWarmUp: false,
      runJobs: false,
      smtpUrl: 'smtp://mail.example.nl:587',
      mailFrom: 'Labelklaar <labelklaar@example.nl>',
    });
  });

  it('logs pretty lines under `npm run dev` (NODE_ENV=development), JSON otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'production' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'development', LABELKLAAR_LOG_FORMAT: 'json' }).logFormat).toBe(
      'json',
    );
  });

  it('reads the S3 settings, with a default region and virtual-host addressing', () => {
    expect(
      loadConfig({
        LABELKLAAR_S3_ENDPOINT: 'https://s3.example.nl/',
        LABELKLAAR_S3_BUCKET: 'labelklaar-bewijs',
        LABELKLAAR_S3_ACCESS_KEY_ID: 'key',
        LABELKLAAR_S3_SECRET_ACCESS_KEY: 'secret',
      }).s3,
    ).toEqual({
      endpoint: 'https://s3.example.nl',
      bucket: 'labelklaar-bewijs',
      region: 'us-east-1',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: false,
    });
    expect(
      loadConfig({
        LABELKLAAR_S3_BUCKET: 'labelklaar',
        LABELKLAAR_S3_REGION: 'eu-central-1',
        LABELKLAAR_S3_FORCE_PATH_STYLE: 'true',
      }).s3,
    ).toEqual({
      endpoint: null,
      bucket: 'labelklaar',
      region: 'eu-central-1',
      credentials: null,
      forcePathStyle: true,
    });
  });

  it.each([
    [{ LABELKLAAR_S3_ENDPOINT: 'http://minio:9000' }, /LABELKLAAR_S3_BUCKET must be set/],
    [{ LABELKLAAR_S3_BUCKET: 'Bewijs_Stukken' }, /LABELKLAAR_S3_BUCKET must be a bucket name/],
    [
      { LABELKLAAR_S3_BUCKET: 'b1b', LABELKLAAR_S3_ENDPOINT: 'minio:9000' },
      /LABELKLAAR_S3_ENDPOINT must be an http\(s\) URL/,
    ],
    [{ LABELKLAAR_S3_BUCKET: 'b1b', LABELKLAAR_S3_ACCESS_KEY_ID: 'key' }, /must be set together/],
    [
      { LABELKLAAR_S3_BUCKET: 'b1b', LABELKLAAR_S3_FORCE_PATH_STYLE: 'yes' },
      /LABELKLAAR_S3_FORCE_PATH_STYLE must be true or false/,
    ],
  ])('refuses S3 settings it cannot use: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads a trusted proxy hop count as a number', () => {
    expect(loadConfig({ LABELKLAAR_TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('uses secure cookies behind an https public URL, without its trailing slash', () => {
    const config = loadConfig({ LABELKLAAR_PUBLIC_URL: 'https://labelklaar.example.nl/' });

    expect(config.publicUrl).toBe('https://labelklaar.example.nl');
    expect(config.secureCookies).toBe(true);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a port that is not a number', { PORT: 'abc' }, 'PORT must be an integer number'],
    ['a port with a fraction', { PORT: '80.5' }, 'PORT must be an integer number'],
    ['a port out of range', { PORT: '70000' }, 'PORT must not be greater than 65535'],
    ['port 0', { PORT: '0' }, 'PORT must not be less than 1'],
    [
      'a database URL that is not PostgreSQL',
      { DATABASE_URL: 'mysql://root@localhost/labelklaar' },
      'DATABASE_URL must be a postgres:// URL',
    ],
    [
      'a demo flag that is not a boolean',
      { LABELKLAAR_DEMO: 'maybe' },
      'LABELKLAAR_DEMO must be true or false',
    ],
    [
      'a public URL that is not http(s)',
      { LABELKLAAR_PUBLIC_URL: 'ftp://labelklaar.example.nl' },
      'LABELKLAAR_PUBLIC_URL must be an http(s) URL',
    ],
    [
      'a trusted proxy list with spaces inside a name',
      { LABELKLAAR_TRUST_PROXY: 'load balancer' },
      'LABELKLAAR_TRUST_PROXY must be a hop count or comma-separated addresses, subnets or loopback',
    ],
    [
      'an unknown log level',
      { LOG_LEVEL: 'verbose' },
      'LOG_LEVEL must be one of the following values: error, warn, log, debug',
    ],
    [
      'an unknown log format',
      { LABELKLAAR_LOG_FORMAT: 'xml' },
      'LABELKLAAR_LOG_FORMAT must be one of the following values: json, pretty',
    ],
    [
      'a metrics token too short to resist guessing',
      { LABELKLAAR_METRICS_TOKEN: 'geheim' },
      'LABELKLAAR_METRICS_TOKEN must be 32 to 256 printable characters without spaces (openssl rand -hex 32)',
    ],
  ])('refuses %s with one line naming the variable', (_case, env, message) => {
    const error = configErrorOf(env);

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('\n');
  });
});
