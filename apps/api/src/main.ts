import 'reflect-metadata';

import { warmUpPdf } from './app/common/pdf/pdf-renderer';
import { AppConfig, loadConfig } from './app/config/app-config';
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
import { stopGracefullyOnSignals } from './graceful-shutdown';
import { failStartup } from './startup-failure';

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

/** Bootstrap only: the product's server. The operator's commands are in cli.ts. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  const app = await createApp(config, database);
  const demo = app.get(DemoService);
  if (config.demo && database.kind === 'embedded') {
    await demo.seedIfEmpty();
  }
  await app.listen(config.port, config.host);
  // Not Nest's enableShutdownHooks: that closes the application before the requests in flight
  // are done and ends the process by the signal again (exit 143), not with 0.
  stopGracefullyOnSignals(app, database);
  process.stdout.write(
    banner(config, database.kind, config.demo && (await demo.hasDemoAccounts())),
  );
  if (config.pdfWarmUp) {
    // In the background, once the server answers: the first dossier finds fonts and layout warm.
    warmUpPdf(app);
  }
}

main().catch(failStartup);
