import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import yazl from 'yazl';

import { ApiClient } from '../support/api-client';
import { RunningProduct, startProduct } from '../support/product';
import { pdfBytes, RUBRIC, saveResponse, sha256, upload } from '../support/rounds';
import { unzip, ZipEntry } from '../support/unzip';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'cli.js');
const MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'main.js');
const DEMO = { email: 'kwaliteit@voorbeeld.nl', password: 'Labelklaar-demo-2026' };
const OWN = { email: 'backup-kwaliteit@example.nl', password: 'Zonnebloem-veldwerk-Maas-7' };

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node <script> …` on the embedded database of `dataDir`, without blocking the test. */
async function node(
  script: string,
  dataDir: string,
  env: Record<string, string>,
  args: string[] = [],
) {
  const run = promisify(execFile);
  const environment: NodeJS.ProcessEnv = { ...process.env, LABELKLAAR_DATA_DIR: dataDir, ...env };
  if (!env['DATABASE_URL']) {
    delete environment['DATABASE_URL'];
  }
  return run(process.execPath, [script, ...args], { env: environment }).then(
    ({ stdout, stderr }): Outcome => ({ code: 0, stdout, stderr }),
    (error: Outcome): Outcome => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** The entries again as a ZIP, after `change` had its way with them. */
async function rezip(entries: ZipEntry[], change: (entry: ZipEntry) => Buffer): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(change(entry), entry.name);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** `node dist/apps/api/cli.js …` on the data folder `dataDir`. */
const cli = (dataDir: string, args: string[], env: Record<string, string> = {}) =>
  node(CLI, dataDir, env, args);

const folder = (name: string) => mkdtempSync(join(tmpdir(), `backup-${name}-`));

/** Everything a person of the organisation sees of its rounds, responses, events and files. */
async function everything(client: ApiClient) {
  const rounds = (await client.get('/api/v1/rounds').expect(200)).body as { id: string }[];
  const details = [];
  for (const round of rounds) {
    details.push({
      round: (await client.get(`/api/v1/rounds/${round.id}`).expect(200)).body,
      events: (await client.get(`/api/v1/rounds/${round.id}/events`).expect(200)).body,
    });
  }
  const evidence = (await client.get('/api/v1/evidence').expect(200)).body as {
    id: string;
    sha256: string | null;
  }[];
  const downloads: Record<string, string> = {};
  for (const item of evidence.filter((e) => e.sha256)) {
    const content = await client
      .get(`/api/v1/evidence/${item.id}/content`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    downloads[item.id] = sha256(content.body as Buffer);
  }
  return { details, evidence, downloads };
}

async function signedIn(product: RunningProduct, account: typeof DEMO): Promise<ApiClient> {
  const client = await ApiClient.create(product.url);
  await client.login(account.email, account.password);
  return client;
}

/** An organisation of its own with a round, answers and three uploaded files (one twice). */
async function ownOrganisation(product: RunningProduct) {
  const client = await ApiClient.create(product.url);
  await client
    .post('/api/v1/auth/register', {
      organisationName: 'Welzijn Terugzetten',
      displayName: 'Bram Backup',
      ...OWN,
    })
    .expect(201);
  const round = await client
    .post('/api/v1/rounds', {
      title: 'Ronde voor de backup',
      ...RUBRIC,
      targetDate: '2027-06-30',
      route: 'external-audit',
    })
    .expect(201);
  for (const code of ['OPD-01', 'VAK-01', 'IMP-01']) {
    const current = await client
      .get(`/api/v1/rounds/${round.body.id}/responses/${code}`)
      .expect(200);
    await saveResponse(client, round.body.id, code, current.body.version);
  }
  const uploaded = [];
  for (const text of ['jaarplan', 'beleid', 'jaarplan']) {
    const file = { name: `${text}.pdf`, content: pdfBytes(text), type: 'application/pdf' };
    const response = await upload(client, file, { title: `Bestand ${text}` }).expect(201);
    uploaded.push({ id: response.body.id as string, sha256: sha256(file.content) });
  }
  return { client, roundId: round.body.id as string, uploaded };
}

/** Saves one criterion again and again until told to stop: writes while the backup is made. */
function keepWriting(client: ApiClient, roundId: string) {
  let stopped = false;
  let saves = 0;
  const done = (async () => {
    while (!stopped) {
      const current = await client.get(`/api/v1/rounds/${roundId}/responses/VAK-02`).expect(200);
      await saveResponse(client, roundId, 'VAK-02', current.body.version, {
        level: 1 + (saves % 4),
        targetLevel: 4,
        rationale: `Versie ${saves}`,
      });
      saves += 1;
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await done;
      return saves;
    },
  };
}

describe('backup and restore of the embedded database', () => {
  const serverUrl = process.env['DATABASE_URL'];
  const folders: string[] = [];
  let source: RunningProduct | undefined;
  let restored: RunningProduct | undefined;
  let backupFile: string;
  let sourceDir: string;
  let saves = 0;

  beforeAll(() => {
    // The command is for the embedded database; the server's way (pg_dump) has a test below.
    delete process.env['DATABASE_URL'];
    const work = folder('files');
    folders.push(work);
    backupFile = join(work, 'labelklaar.zip');
  });

  afterAll(async () => {
    await source?.stop();
    await restored?.stop();
    folders.forEach((path) => rmSync(path, { recursive: true, force: true }));
    if (serverUrl) {
      process.env['DATABASE_URL'] = serverUrl;
    }
  });

  it('restores a backup made while the product runs, with every round, response, event and file', async () => {
    sourceDir = folder('source');
    const targetDir = folder('target');
    folders.push(sourceDir, targetDir);
    source = await startProduct({ demo: true, dataDir: sourceDir });
    const second = await node(MAIN, sourceDir, { PORT: '1' });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^Labelklaar cannot start: the data folder ${sourceDir} is in use by process \\d+;`,
      ),
    );
    const own = await ownOrganisation(source);
    const demo = await signedIn(source, DEMO);
    const before = { demo: await everything(demo), own: await everything(own.client) };
    expect(before.demo.details.length).toBeGreaterThan(0);
    expect(Object.keys(before.demo.downloads).length).toBeGreaterThan(0);
    expect(Object.values(before.own.downloads).sort()).toEqual(
      own.uploaded.map((u) => u.sha256).sort(),
    );

    const writer = keepWriting(own.client, own.roundId);
    const backup = await cli(sourceDir, ['backup', backupFile]);
    saves = await writer.stop();
    expect(backup).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
    expect(backup.stdout).toMatch(/^Backup written to .*every sha256 checked\.\n$/);
    await source.stop();
    source = undefined;

    const restore = await cli(targetDir, ['restore', backupFile]);
    expect(restore).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
    restored = await startProduct({ demo: false, dataDir: targetDir });
    const onRunning = await cli(targetDir, ['restore', backupFile, '--force']);
    expect(onRunning.code).toBe(1);
    expect(onRunning.stderr).toMatch(
      /^restore: Labelklaar \(process \d+\) is running on .*; stop it/,
    );
    const after = {
      demo: await everything(await signedIn(restored, DEMO)),
      own: await everything(await signedIn(restored, OWN)),
    };
    expect(after.demo).toEqual(before.demo);
    // The round written to during the backup is a consistent cut: each save it holds has its event.
    const [ownRound] = after.own.details;
    const written = ownRound.round.responses.find(
      (r: { criterionCode: string }) => r.criterionCode === 'VAK-02',
    );
    const writtenEvents = ownRound.events.filter(
      (e: { criterionCode: string | null }) => e.criterionCode === 'VAK-02',
    );
    expect(saves).toBeGreaterThan(0);
    expect(written.version - 1).toBeLessThanOrEqual(saves);
    expect(writtenEvents).toHaveLength(written.version - 1);
    expect(after.own.evidence).toEqual(before.own.evidence);
    expect(after.own.downloads).toEqual(before.own.downloads);
  });

  it('backs up a stopped product by opening its data folder itself', async () => {
    const file = join(folder('offline'), 'offline.zip');
    const targetDir = folder('offline-target');
    folders.push(dirname(file), targetDir);
    const backup = await cli(sourceDir, ['backup', file]);
    expect(backup).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
    expect(readdirSync(sourceDir).sort()).toEqual(['files', 'mail', 'pgdata']);
    expect((await cli(targetDir, ['restore', file])).code).toBe(0);
    await restored?.stop();
    restored = await startProduct({ demo: false, dataDir: targetDir });
    const client = await signedIn(restored, OWN);
    const [round] = (await client.get('/api/v1/rounds').expect(200)).body as { id: string }[];
    const written = await client.get(`/api/v1/rounds/${round.id}/responses/VAK-02`).expect(200);
    // Every save made before the product stopped, the ones after the running backup included.
    expect(written.body.version).toBe(saves + 1);
  });

  it('refuses a damaged or foreign backup and leaves the target folder as it was', async () => {
    const targetDir = folder('damaged');
    const files = folder('damaged-files');
    folders.push(targetDir, files);
    writeFileSync(join(targetDir, 'keep.txt'), 'was hier al');
    const entries = await unzip(readFileSync(backupFile));
    const evidence = entries.find((e) => e.name.startsWith('files/'));
    expect(evidence).toBeDefined();
    // A member whose bytes changed but whose ZIP entry is intact: only the manifest's sha256 tells.
    const tampered = join(files, 'tampered.zip');
    writeFileSync(
      tampered,
      await rezip(entries, (entry) => {
        const data = Buffer.from(entry.data);
        if (entry === evidence) {
          data[data.length - 2] ^= 0xff;
        }
        return data;
      }),
    );
    const newer = join(files, 'newer.zip');
    writeFileSync(
      newer,
      await rezip(entries, (entry) => {
        if (entry.name !== 'manifest.json') {
          return entry.data;
        }
        const manifest = JSON.parse(entry.data.toString('utf8'));
        manifest.database.migration = 'SomethingNew1899999999999';
        return Buffer.from(JSON.stringify(manifest));
      }),
    );
    const truncated = join(files, 'truncated.zip');
    writeFileSync(truncated, readFileSync(backupFile).subarray(0, 200_000));

    const outcomes = {
      tampered: await cli(targetDir, ['restore', tampered, '--force']),
      newer: await cli(targetDir, ['restore', newer, '--force']),
      truncated: await cli(targetDir, ['restore', truncated, '--force']),
    };
    expect(outcomes.tampered).toEqual({
      code: 1,
      stdout: '',
      stderr: `restore: ${tampered} was not restored, because ${evidence?.name} does not match its sha256 in the manifest. ${targetDir} is as it was.\n`,
    });
    expect(outcomes.newer.code).toBe(1);
    expect(outcomes.newer.stderr).toBe(
      `restore: ${newer} was not restored, because it was made by Labelklaar 0.1.0 at migration SomethingNew1899999999999, which this version does not know; restore it with that version or a newer one. ${targetDir} is as it was.\n`,
    );
    expect(outcomes.truncated.code).toBe(1);
    expect(outcomes.truncated.stderr).toMatch(
      /^restore: .*truncated\.zip was not restored, because it is damaged or not a ZIP file \(.+\)\. .* is as it was\.\n$/,
    );
    expect(readdirSync(targetDir)).toEqual(['keep.txt']);
    expect(readFileSync(join(targetDir, 'keep.txt'), 'utf8')).toBe('was hier al');
  });

  it('refuses to restore into a folder that is not empty, unless told to replace it', async () => {
    const targetDir = folder('occupied');
    folders.push(targetDir);
    writeFileSync(join(targetDir, 'keep.txt'), 'was hier al');
    const refused = await cli(targetDir, ['restore', backupFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `restore: ${targetDir} is not empty (keep.txt). Restore into an empty or new folder (set LABELKLAAR_DATA_DIR to it), or add --force to replace what is in this one\n`,
    );
    expect(readdirSync(targetDir)).toEqual(['keep.txt']);
    const forced = await cli(targetDir, ['restore', backupFile, '--force']);
    expect(forced.code).toBe(0);
    expect(readdirSync(targetDir).sort()).toEqual(['files', 'mail', 'pgdata']);
  });

  it('points to pg_dump for a server database and writes nothing', async () => {
    const dataDir = folder('server');
    folders.push(dataDir);
    const file = join(dataDir, 'server.zip');
    const outcome = await cli(dataDir, ['backup', file], {
      DATABASE_URL: 'postgres://labelklaar@127.0.0.1:5432/labelklaar',
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('pg_dump --format=custom');
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
