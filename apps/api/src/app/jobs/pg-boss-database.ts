import pg from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/** pg-boss's own database seam: it needs nothing but `executeSql(text, values)`. */
export interface BossDatabase {
  executeSql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
}

/** The application pool as pg-boss's database, and a way to wait for its last query. */
export interface PoolDatabase extends BossDatabase {
  idle(): Promise<void>;
}

/** pg-boss runs some commands as one text of several statements inside BEGIN … COMMIT. */
const OPENS_TRANSACTION = /^\s*BEGIN\b/i;

/**
 * pg-boss on the application's own pool instead of a pool of its own. The embedded database
 * takes exactly one connection (pglite-socket would mix two connections' unnamed statements), so
 * the queue must share it; on a server this keeps the connection count where the pool puts it.
 * A multi-statement text that fails half way leaves its connection inside an aborted transaction:
 * it is rolled back here before the connection goes back to the pool.
 */
export function poolDatabase(dataSource: DataSource): PoolDatabase {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const inFlight = new Set<Promise<unknown>>();
  async function run(text: string, values?: unknown[]): Promise<pg.QueryResult> {
    const client = await pool.connect();
    // A connection that drops while checked out also emits 'error' on the client; the query
    // rejects with it, and without a listener the event would end the process.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      return await client.query(text, values);
    } catch (error) {
      if (!broken && OPENS_TRANSACTION.test(text)) {
        await client.query('ROLLBACK').catch(() => undefined);
      }
      throw error;
    } finally {
      client.off('error', onError);
      // A broken connection is closed, not handed to the next query.
      client.release(broken);
    }
  }
  return {
    executeSql(text, values) {
      const query = run(text, values);
      const tracked = query.catch(() => undefined).finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      return query;
    },
    async idle() {
      while (inFlight.size > 0) {
        await Promise.all(inFlight);
      }
    },
  };
}

/** A job sent inside a transaction is written by that transaction: both happen or neither. */
export function transactionDatabase(manager: EntityManager): BossDatabase {
  return {
    async executeSql(text, values) {
      const runner = manager.queryRunner;
      if (!runner) {
        throw new Error('transactionDatabase needs the manager of a running transaction');
      }
      const client = (await runner.connect()) as pg.PoolClient;
      return client.query(text, values);
    },
  };
}
