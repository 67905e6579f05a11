/**
 * Writes lock entries for newly published rubric versions; existing entries are never rewritten.
 * Usage: `npx nx run criteria:lock` (optionally `-- <data-dir>`; default libs/criteria/data).
 */
import { defaultRubricDataDir } from './lib/data-dir';
import { lockNewPublishedRubrics } from './lib/lock-writer';

const dataDir = process.argv[2] ?? defaultRubricDataDir();
const added = lockNewPublishedRubrics(dataDir);
const summary =
  added.length === 0 ? 'no new published versions to lock' : `locked ${added.join(', ')}`;
process.stdout.write(`${summary}\n`);
