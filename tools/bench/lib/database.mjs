// The benchmark's own database: created fresh on the target server, dropped at the end.
import pg from 'pg';

export const DEFAULT_TARGET = 'postgres://postgres@127.0.0.1:5432/labelklaar_bench';

/** A connection URL for another database on the same server. */
export function databaseUrl(target, name) {
  const url = new URL(target);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `<name>_bench_<pid>`, where a target already named `…_bench` is not suffixed twice. */
export function benchDatabaseName(target, pid) {
  const base = decodeURIComponent(new URL(target).pathname.slice(1)) || 'labelklaar';
  return `${base.replace(/_bench$/, '')}_bench_${pid}`.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 63);
}

/** Runs `work` with a client on the server's maintenance database (the target itself may not exist). */
async function withAdmin(target, work) {
  for (const candidate of [target, databaseUrl(target, 'postgres')]) {
    const client = new pg.Client({ connectionString: candidate });
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      if (error.code === '3D000' && candidate === target) {
        continue; // the target database does not exist: fall back to "postgres"
      }
      throw error;
    }
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
  throw new Error(`cannot reach PostgreSQL at ${new URL(target).host}`);
}

export async function createDatabase(target, name) {
  await withAdmin(target, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  return databaseUrl(target, name);
}

export async function dropDatabase(target, name) {
  await withAdmin(target, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

/** DATE columns stay `YYYY-MM-DD` strings, as TypeORM hands them to the API. */
export const RAW_DATES = {
  getTypeParser: (oid, format) =>
    oid === pg.types.builtins.DATE ? (value) => value : pg.types.getTypeParser(oid, format),
};

export async function connect(url) {
  const client = new pg.Client({ connectionString: url, types: RAW_DATES });
  await client.connect();
  return client;
}
