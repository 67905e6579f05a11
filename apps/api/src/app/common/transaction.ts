import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` inside the caller's transaction when it passes one (so a larger write, such as the
 * demo seed, commits or fails as a whole), else in a transaction of its own.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return manager ? work(manager) : dataSource.transaction(work);
}

/**
 * Runs independent reads together on the pool, but one after another inside a transaction:
 * its one connection runs one query at a time.
 */
export async function readAll<T extends unknown[]>(
  manager: EntityManager | undefined,
  ...reads: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (!manager) {
    return (await Promise.all(reads.map((read) => read()))) as T;
  }
  const results: unknown[] = [];
  for (const read of reads) {
    results.push(await read());
  }
  return results as T;
}
