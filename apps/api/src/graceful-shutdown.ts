import { Server, ServerResponse } from 'node:http';
import { INestApplication, Logger } from '@nestjs/common';

import { DatabaseHandle } from './app/database/database-handle';

/** Requests in flight get this long to finish; then their connections are cut. */
export const DRAIN_TIMEOUT_MS = 25_000;

/**
 * SIGTERM (or SIGINT) stops the instance the way a rolling restart needs, and exits 0:
 *
 * 1. the listening socket closes at once: a load balancer's next connection goes elsewhere;
 * 2. idle keep-alive connections are closed, and every response still to be sent says
 *    `Connection: close`, so no client sends another request down a connection about to go;
 * 3. requests in flight finish (at most DRAIN_TIMEOUT_MS), with the database still there;
 * 4. then the application closes: the job queue lets the jobs in hand finish and stops, the
 *    database pool closes (Nest's shutdown hooks), and an embedded database stops.
 *
 * A second signal while draining is ignored; the process exits when the work is done.
 */
export function stopGracefullyOnSignals(app: INestApplication, database: DatabaseHandle): void {
  const logger = new Logger('Shutdown');
  const server = app.getHttpServer() as Server;
  let stopping = false;

  const open = new Set<ServerResponse>();
  const closeAfterwards = (response: ServerResponse) => {
    if (!response.headersSent) {
      response.setHeader('Connection', 'close');
    }
  };
  server.on('request', (_request, response: ServerResponse) => {
    open.add(response);
    if (stopping) {
      closeAfterwards(response);
    }
    response.once('close', () => {
      open.delete(response);
      // A keep-alive connection whose response had already begun is idle now: close it too.
      if (stopping) {
        setImmediate(() => server.closeIdleConnections());
      }
    });
  });

  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.log(`${signal}: no new connections; finishing the requests in flight`);
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    open.forEach(closeAfterwards);
    server.closeIdleConnections();
    const timer = setTimeout(() => {
      logger.warn(`Requests still open after ${DRAIN_TIMEOUT_MS} ms: closing their connections`);
      server.closeAllConnections();
    }, DRAIN_TIMEOUT_MS);
    await drained;
    clearTimeout(timer);
    try {
      await app.close();
      await database.close();
      logger.log('Stopped');
      process.exit(0);
    } catch (error) {
      logger.error(`Stopping failed: ${(error as Error)?.message ?? error}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}
