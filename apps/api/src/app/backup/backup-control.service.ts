import { randomBytes, timingSafeEqual } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATABASE_HANDLE, DatabaseHandle } from '../database/database-handle';
import { Freeze, stageSnapshot, writeArchive } from './backup-snapshot';

/** Where a running product tells `cli.js backup` how to ask it for a snapshot (mode 0600). */
export const CONTROL_FILE = 'backup-control.json';

export interface BackupControl {
  pid: number;
  port: number;
  token: string;
}

/**
 * The embedded database can be open in one process only, so `cli.js backup` asks the running
 * product for the snapshot: over a server of its own on the loopback (never the public port),
 * with a random token that only someone who can read the data folder learns.
 */
@Injectable()
export class BackupControlService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backup');
  private readonly token = randomBytes(32).toString('hex');
  private server: Server | null = null;
  private busy = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_HANDLE) private readonly database: DatabaseHandle,
    private readonly dataSource: DataSource,
  ) {}

  private get controlFile(): string {
    return join(this.config.dataDir, CONTROL_FILE);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.database.dumpDataDir) {
      return;
    }
    const server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    const control: BackupControl = {
      pid: process.pid,
      port: (server.address() as AddressInfo).port,
      token: this.token,
    };
    writeFileSync(this.controlFile, JSON.stringify(control), { mode: 0o600 });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server) {
      return;
    }
    rmSync(this.controlFile, { force: true });
    const server = this.server;
    this.server = null;
    await new Promise((resolve) => server.close(resolve));
  }

  /** The product's one connection held: no query or transaction of anyone else in between. */
  private readonly freeze: Freeze = async (work) => {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      return await work({
        query: (sql) => runner.query(sql) as Promise<Record<string, unknown>[]>,
        dumpDataDir: this.database.dumpDataDir as () => Promise<Blob>,
      });
    } finally {
      await runner.release();
    }
  };

  private isAuthorised(request: IncomingMessage): boolean {
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${this.token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || request.url !== '/snapshot') {
      response.writeHead(404).end();
      return;
    }
    if (!this.isAuthorised(request)) {
      response.writeHead(401).end('wrong or missing token\n');
      return;
    }
    if (this.busy) {
      response.writeHead(409).end('a backup is already being made\n');
      return;
    }
    this.busy = true;
    try {
      await this.stream(response);
    } finally {
      this.busy = false;
    }
  }

  private async stream(response: ServerResponse): Promise<void> {
    let snapshot;
    try {
      snapshot = await stageSnapshot(this.config.dataDir, this.freeze);
    } catch (error) {
      this.logger.error(`The snapshot failed: ${(error as Error).message}`);
      response.writeHead(500).end(`the snapshot failed: ${(error as Error).message}\n`);
      return;
    }
    try {
      response.writeHead(200, { 'Content-Type': 'application/zip' });
      const manifest = await writeArchive(snapshot, response);
      this.logger.log(`Backup streamed: ${manifest.members.length} members.`);
    } catch (error) {
      this.logger.error(`The backup stream broke off: ${(error as Error).message}`);
      response.destroy();
    } finally {
      await rm(snapshot.folder, { recursive: true, force: true });
    }
  }
}
