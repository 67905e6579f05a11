import 'reflect-metadata';

import { INestApplication, Logger } from '@nestjs/common';

import { UsersService } from './app/auth/users.service';
import { loadConfig } from './app/config/app-config';
import { createApp } from './app/create-app';
import { openDatabase } from './app/database/database-handle';
import { DemoService } from './app/demo/demo.service';
import { failStartup } from './startup-failure';

/**
 * The operator's commands, run against the database of DATABASE_URL (or the embedded one in the
 * data folder) with the same migrations as the product:
 *
 *   node dist/apps/api/cli.js seed:demo
 *   node dist/apps/api/cli.js platform-admin:grant <email>
 *   node dist/apps/api/cli.js platform-admin:revoke <email>
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
};

async function main(): Promise<void> {
  const [name, argument] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(
      `Usage: node dist/apps/api/cli.js <command>\nCommands: ${Object.keys(COMMANDS).join(', ')}\n`,
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
