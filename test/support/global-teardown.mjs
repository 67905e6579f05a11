export default async function globalTeardown() {
  const embedded = globalThis.__LABELKLAAR_PGLITE__;
  if (embedded) {
    await embedded.server.stop();
    await embedded.db.close();
    delete process.env.DATABASE_URL;
  }
}
