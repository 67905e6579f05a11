import 'reflect-metadata';

import { INestApplication, Logger } from '@nestjs/common';

import { UsersService } from './app/auth/users.service';
import { backupCommand, isRefusal, restoreCommand } from './app/backup/backup-command';
import { AppConfig, loadConfig } from './app/config/app-config';
import { createApp } from './app/create-app';
import { openDatabase } from './app/database/database-handle';
import { DemoService } from './app/demo/demo.service';
import {
  StorageMigrationService,
  StorageMigrationSummary,
} from './app/evidence/storage/storage-migration.service';
import { JobQueue } from './app/jobs/job-queue';
import { DailyRemindersService } from './app/reminders/daily-reminders.service';
import { failStartup } from './startup-failure';

/**
 * The operator's commands, run against the database of DATABASE_URL (or the embedded one in the
 * data folder) with the same migrations as the product:
 *
 *   node dist/apps/api/cli.js seed:demo
 *   node dist/apps/api/cli.js platform-admin:grant <email>
 *   node dist/apps/api/cli.js platform-admin:revoke <email>
 *   node dist/apps/api/cli.js reminders:daily [YYYY-MM-DD]   (the daily reminder job, now)
 *   node dist/apps/api/cli.js jobs:failed [job name]        (jobs that used up their retries)
 *   node dist/apps/api/cli.js backup <file> [--force]       (the embedded database and its files)
 *   node dist/apps/api/cli.js restore <file> [--force]      (into an empty LABELKLAAR_DATA_DIR)
 *   node dist/apps/api/cli.js storage:migrate               (local evidence files to S3, verified)
 */
const logger = new Logger('Labelklaar');

type Command = (app: INestApplication, argument: string | undefined) => Promise<number>;

async function setPlatformAdmin(
  app: INestApplication,
  email: string | undefined,
  granted: boolean,
): Promise<number> {
  const found = email ? await app.get(UsersService).setPlatformAdmin(email, granted) : false;
  logger.log(
    found
      ? `${email} is ${granted ? 'now' : 'no longer'} a platform admin.`
      : `No account with the e-mail address "${email ?? ''}".`,
  );
  return found ? 0 : 1;
}

/** Commands on the data folder itself, without the application (and its database) started. */
type FolderCommand = (
  config: AppConfig,
  file: string | undefined,
  force: boolean,
) => Promise<string>;

const FOLDER_COMMANDS: Record<string, FolderCommand> = {
  backup: backupCommand,
  restore: restoreCommand,
};

function reportMigration(summary: StorageMigrationSummary): number {
  for (const failure of summary.failed) {
    process.stderr.write(`failed ${failure.sha256}: ${failure.reason}\n`);
  }
  process.stdout.write(
    `storage:migrate: ${summary.files} local file(s); ${summary.copied} copied, ${summary.present} already in S3, ${summary.repaired} copied again (S3 held other bytes); ${summary.verified} verified by sha256; ${summary.failed.length} failed\n`,
  );
  return summary.failed.length === 0 ? 0 : 1;
}

const COMMANDS: Record<string, Command> = {
  'seed:demo': async (app) => {
    const outcome = await app.get(DemoService).seedIfEmpty();
    logger.log(
      outcome === 'created'
        ? 'Demo organisation created.'
        : 'Demo data not created: the database already has organisations.',
    );
    return 0;
  },
  'platform-admin:grant': (app, email) => setPlatformAdmin(app, email, true),
  'platform-admin:revoke': (app, email) => setPlatformAdmin(app, email, false),
  'reminders:daily': async (app, day) => {
    const result = await app.get(DailyRemindersService).run(day);
    // One machine-readable line (the benchmark reads it), beside the service's own log line.
    process.stdout.write(`${JSON.stringify({ dailyReminders: result })}\n`);
    return 0;
  },
  'storage:migrate': async (app) =>
    reportMigration(await app.get(StorageMigrationService).localToS3()),
  'jobs:failed': async (app, name) => {
    const failed = await app.get(JobQueue).failed(name);
    for (const job of failed) {
      process.stdout.write(
        `${job.failedAt}  ${job.name}  ${job.id}  after ${job.retryCount} retries: ${job.error}\n`,
      );
    }
    logger.log(`${failed.length} failed job(s)${name ? ` named ${name}` : ''}.`);
    return 0;
  },
};

async function runFolderCommand(
  name: string,
  command: FolderCommand,
  argument: string | undefined,
  force: boolean,
): Promise<void> {
  try {
    process.stdout.write(await command(loadConfig(process.env), argument, force));
  } catch (error) {
    if (!isRefusal(error)) {
      throw error;
    }
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  const force = rest.includes('--force');
  const [argument] = rest.filter((word) => word !== '--force');
  const folderCommand = name ? FOLDER_COMMANDS[name] : undefined;
  const command = name ? COMMANDS[name] : undefined;
  if (folderCommand) {
    await runFolderCommand(name as string, folderCommand, argument, force);
    return;
  }
  if (!command) {
    const names = [...Object.keys(COMMANDS), ...Object.keys(FOLDER_COMMANDS)];
    process.stderr.write(
      `Usage: node dist/apps/api/cli.js <command>\nCommands: ${names.join(', ')}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  const app = await createApp(config, database);
  try {
    process.exitCode = await command(app, argument);
  } finally {
    await app.close();
    await database.close();
  }
}

main().catch(failStartup);
