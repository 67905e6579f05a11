import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

import { S3Settings } from '../../apps/api/src/app/config/app-config';
import { s3ClientOf } from '../../apps/api/src/app/evidence/storage/s3-file-storage';

/**
 * A real S3-compatible server (s3rver) in the test process, on a free port, its objects in a
 * temporary folder, with one bucket made for the API. The API reaches it through a TCP relay of
 * the test's own, so that `cutAfter(bytes)` can break the connections halfway through an upload;
 * `stop()` and `resume()` act out an outage of the object store itself.
 */
export class TestS3Server {
  readonly bucket = 'labelklaar-test';
  private server: S3rver | null = null;
  private port = 0;
  private relay: Server | null = null;
  private relayPort = 0;
  private readonly sockets = new Set<Socket>();
  /** Bytes the relay still passes towards s3rver before it cuts every connection; null: no limit. */
  private budget: number | null = null;
  private readonly directory = mkdtempSync(join(tmpdir(), 'labelklaar-s3-'));
  private readonly clients: S3Client[] = [];

  static async start(): Promise<TestS3Server> {
    const s3 = new TestS3Server();
    await s3.resume();
    await s3.startRelay();
    return s3;
  }

  /** After `bytes` more bytes towards the server, every connection breaks and new ones fail. */
  cutAfter(bytes: number): void {
    this.budget = bytes;
  }

  /** The relay passes everything again. */
  mend(): void {
    this.budget = null;
  }

  /** What the API's config takes (`{ s3: server.settings }`). */
  get settings(): S3Settings {
    return {
      endpoint: `http://127.0.0.1:${this.relayPort}`,
      bucket: this.bucket,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
    };
  }

  /** The same settings as environment variables, for a process (the CLI, the bench's API). */
  get env(): Record<string, string> {
    return {
      LABELKLAAR_S3_ENDPOINT: `http://127.0.0.1:${this.relayPort}`,
      LABELKLAAR_S3_BUCKET: this.bucket,
      LABELKLAAR_S3_REGION: 'us-east-1',
      LABELKLAAR_S3_ACCESS_KEY_ID: 'S3RVER',
      LABELKLAAR_S3_SECRET_ACCESS_KEY: 'S3RVER',
      LABELKLAAR_S3_FORCE_PATH_STYLE: 'true',
    };
  }

  /** A client of the test's own, to look into the bucket beside the API (not through the relay). */
  client(): S3Client {
    const client = s3ClientOf({ ...this.settings, endpoint: `http://127.0.0.1:${this.port}` });
    this.clients.push(client);
    return client;
  }

  /** Every key in the bucket. */
  async keys(): Promise<string[]> {
    const listed = await this.client().send(new ListObjectsCommand({ Bucket: this.bucket }));
    return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
  }

  async put(key: string, body: Buffer): Promise<void> {
    await this.client().send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body }));
  }

  /** Stops answering (connections refused), keeping the objects. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) {
      // The SDK keeps its sockets alive; close would wait for them to time out.
      const closing = server.close();
      server.httpServer.closeAllConnections();
      await closing;
    }
  }

  /** Listens again, on the port it had (a free one the first time). */
  async resume(): Promise<void> {
    const server = new S3rver({
      address: '127.0.0.1',
      port: this.port,
      silent: true,
      directory: this.directory,
      configureBuckets: [{ name: this.bucket }],
    });
    this.port = (await server.run()).port;
    this.server = server;
  }

  async close(): Promise<void> {
    for (const client of this.clients) {
      client.destroy();
    }
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await new Promise<void>((resolve) => this.relay?.close(() => resolve()) ?? resolve());
    await this.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }

  private passes(chunk: Buffer): boolean {
    if (this.budget === null) {
      return true;
    }
    this.budget -= chunk.length;
    if (this.budget >= 0) {
      return true;
    }
    for (const socket of this.sockets) {
      socket.destroy();
    }
    return false;
  }

  private async startRelay(): Promise<void> {
    const track = (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    };
    this.relay = createServer((client) => {
      track(client);
      if (this.budget !== null && this.budget < 0) {
        client.destroy();
        return;
      }
      const upstream = new Socket();
      track(upstream);
      upstream.connect(this.port, '127.0.0.1');
      client.on('data', (chunk: Buffer) => this.passes(chunk) && upstream.write(chunk));
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.relay?.listen(0, '127.0.0.1', resolve));
    const address = this.relay.address();
    this.relayPort = typeof address === 'object' && address ? address.port : 0;
  }
}
