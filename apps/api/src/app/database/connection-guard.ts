import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { EntityManager } from 'typeorm';

/**
 * Thrown when code inside a transaction asks the pool for another connection (a query through
 * `dataSource` or an injected repository instead of the transaction's `manager`). With the
 * embedded database's single connection that request would wait for ever; on a server it holds
 * two connections and reads outside the transaction.
 */
export class NestedConnectionError extends Error {
  constructor() {
    super(
      'A query inside a transaction asked for a second database connection: run it through the transaction manager',
    );
    this.name = 'NestedConnectionError';
  }
}

const insideTransaction = new AsyncLocalStorage<true>();

type TransactionWork<T> = (manager: EntityManager) => Promise<T>;
type TransactionMethod = <T>(
  isolationOrWork: string | TransactionWork<T>,
  work?: TransactionWork<T>,
) => Promise<T>;

let installed = false;

/**
 * Marks the work of every TypeORM transaction, so that the pool can tell a query that belongs to
 * the transaction (it uses the transaction's own connection) from one that would need another.
 */
function markTransactions(): void {
  if (installed) {
    return;
  }
  installed = true;
  const prototype = EntityManager.prototype as unknown as { transaction: TransactionMethod };
  const original = prototype.transaction;
  prototype.transaction = function <T>(
    this: EntityManager,
    isolationOrWork: string | TransactionWork<T>,
    maybeWork?: TransactionWork<T>,
  ): Promise<T> {
    const work = typeof isolationOrWork === 'function' ? isolationOrWork : maybeWork;
    if (!work) {
      return original.call(this, isolationOrWork, maybeWork) as Promise<T>;
    }
    const marked: TransactionWork<T> = (manager) =>
      insideTransaction.run(true, () => work(manager));
    return (
      typeof isolationOrWork === 'function'
        ? original.call(this, marked)
        : original.call(this, isolationOrWork, marked)
    ) as Promise<T>;
  };
}

type ConnectCallback = (
  error: Error | undefined,
  client?: pg.PoolClient,
  done?: () => void,
) => void;

/** A pg Pool that refuses to hand a second connection to a transaction's own work. */
class GuardedPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (insideTransaction.getStore()) {
      const error = new NestedConnectionError();
      if (callback) {
        callback(error);
        return;
      }
      return Promise.reject(error);
    }
    return callback
      ? super.connect(callback as Parameters<pg.Pool['connect']>[0] & object)
      : super.connect();
  }
}

/** The `pg` module for TypeORM's `driver` option, with the guarded pool. */
export function guardedPgDriver(): typeof pg {
  markTransactions();
  return Object.create(pg, { Pool: { value: GuardedPool } }) as typeof pg;
}
