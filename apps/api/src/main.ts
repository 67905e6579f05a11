import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { UsersRepository } from './app/auth/users.repository';
import { AppConfig, ConfigError, loadConfig } from './app/config/app-config';
import { createApp } from './app/create-app';
import { openDatabase } from './app/database/database-handle';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_PEER_ACCOUNTS,
  DEMO_PEER_ORGANISATION,
  DEMO_PLATFORM_ADMIN,
} from './app/demo/demo-accounts';
import { DemoService } from './app/demo/demo.service';
import { RubricIntegrityError } from './app/rubrics/rubrics.service';

const logger = new Logger('Labelklaar');

function banner(config: AppConfig, kind: string, demo: boolean): string {
  const lines = [
    '',
    `  Labelklaar is running at ${config.publicUrl}`,
    `  API documentation: ${config.publicUrl}/api/docs`,
    `  Database: ${kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (demo) {
    lines.push('', `  Demo logins (password ${DEMO_PASSWORD}):`);
    DEMO_ACCOUNTS.forEach((a) => lines.push(`    ${a.role.padEnd(16)} ${a.email}`));
    DEMO_PEER_ACCOUNTS.forEach((a) =>
      lines.push(`    ${'peer reviewer'.padEnd(16)} ${a.email} (${DEMO_PEER_ORGANISATION})`),
    );
    lines.push(`    ${'platform admin'.padEnd(16)} ${DEMO_PLATFORM_ADMIN.email}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** Known start-up failures end with one clear line, not a stack trace. */
function fail(error: unknown): never {
  const known =
    error instanceof ConfigError ||
    error instanceof RubricIntegrityError ||
    (error as Error)?.name === 'RubricValidationError';
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `Labelklaar cannot start: ${known ? message : `${message}\n${(error as Error)?.stack ?? ''}`}\n`,
  );
  process.exit(1);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  const app = await createApp(config, database);
  app.enableShutdownHooks();
  const [command, argument] = process.argv.slice(2);
  if (command === 'platform-admin:grant' || command === 'platform-admin:revoke') {
    const granted = command === 'platform-admin:grant';
    const found = argument
      ? await app.get(UsersRepository).setPlatformAdmin(argument, granted)
      : false;
    logger.log(
      found
        ? `${argument} is ${granted ? 'now' : 'no longer'} a platform admin.`
        : `No account with the e-mail address "${argument ?? ''}".`,
    );
    await app.close();
    await database.close();
    process.exitCode = found ? 0 : 1;
    return;
  }
  const demo = app.get(DemoService);
  const seedCommand = process.argv[2] === 'seed:demo';
  const outcome =
    seedCommand || (config.demo && database.kind === 'embedded') ? await demo.seedIfEmpty() : null;
  if (seedCommand) {
    logger.log(
      outcome === 'created'
        ? 'Demo organisation created.'
        : 'Demo data not created: the database already has organisations.',
    );
    await app.close();
    await database.close();
    return;
  }
  await app.listen(config.port, config.host);
  process.stdout.write(
    banner(config, database.kind, config.demo && (await demo.hasDemoAccounts())),
  );
}

main().catch(fail);
