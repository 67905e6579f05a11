// Gives every seeded submitted round what a real submission stores: the canonical content text,
// built with the very functions the API uses (libs/domain, loaded through ts-node), and its sha256.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

function loadDomain() {
  require('ts-node').register({
    transpileOnly: true,
    compilerOptions: { module: 'commonjs', moduleResolution: 'node' },
    project: join(root, 'libs', 'domain', 'tsconfig.lib.json'),
  });
  return require(join(root, 'libs', 'domain', 'src', 'index.ts'));
}

const ROUNDS_SQL = `
  SELECT ar.id, ar.organisation_id, o.name AS organisation_name, ar.title, ar.route, ar.target_date,
         ar.self_evaluation_deadline, ar.ambitions, ar.bottlenecks, ar.participation, ar.submitted_at,
         ar.submitted_by_id, u.display_name AS submitted_by_name, rv.rubric_id, rv.version, rv.content_hash AS rubric_hash
  FROM assessment_rounds ar
  JOIN organisations o ON o.id = ar.organisation_id
  JOIN users u ON u.id = ar.submitted_by_id
  JOIN rubric_versions rv ON rv.rubric_id = ar.rubric_id AND rv.version = ar.rubric_version
  WHERE ar.id = ANY($1::uuid[])`;

const RESPONSES_SQL = `
  SELECT cr.round_id, cr.id, cr.criterion_code, cr.level, cr.target_level, cr.rationale, cr.not_applicable,
         cr.not_applicable_reason, cr.state, u.display_name AS owner
  FROM criterion_responses cr
  LEFT JOIN memberships m ON m.id = cr.owner_membership_id
  LEFT JOIN users u ON u.id = m.user_id
  WHERE cr.round_id = ANY($1::uuid[])`;

const LINKS_SQL = `
  SELECT re.round_id, re.response_id, e.id, e.source, e.title, e.evidence_kind, e.document_date, e.valid_until,
         e.url, e.file_name, e.media_type, e.size_bytes, e.file_sha256
  FROM response_evidence re JOIN evidence e ON e.id = re.evidence_id
  WHERE re.round_id = ANY($1::uuid[])`;

const ACTIONS_SQL = `
  SELECT a.round_id, a.id, a.criterion_code, a.title, a.description, u.display_name AS owner, a.due_date,
         a.status, a.reflection
  FROM improvement_actions a
  LEFT JOIN memberships m ON m.id = a.owner_membership_id
  LEFT JOIN users u ON u.id = m.user_id
  WHERE a.round_id = ANY($1::uuid[])`;

const groupBy = (rows, key) => {
  const groups = new Map();
  for (const row of rows) {
    const group = groups.get(row[key]);
    if (group) {
      group.push(row);
    } else {
      groups.set(row[key], [row]);
    }
  }
  return groups;
};

/** The same shape round-content.mapper.ts builds from the entities. */
function contentOf(domain, round, responses, links, actions) {
  const evidence = new Map();
  for (const link of links) {
    evidence.set(link.id, {
      id: link.id,
      source: link.source,
      title: link.title,
      evidenceKind: link.evidence_kind,
      documentDate: link.document_date,
      validUntil: link.valid_until,
      url: link.url,
      fileName: link.file_name,
      mediaType: link.media_type,
      sizeBytes: link.size_bytes,
      sha256: link.file_sha256,
    });
  }
  return domain.canonicalRoundContent({
    organisation: { id: round.organisation_id, name: round.organisation_name },
    round: {
      id: round.id,
      title: round.title,
      route: round.route,
      targetDate: round.target_date,
      selfEvaluationDeadline: round.self_evaluation_deadline,
      ambitions: round.ambitions,
      bottlenecks: round.bottlenecks,
      participation: round.participation,
      submittedAt: round.submitted_at.toISOString(),
      submittedBy: { userId: round.submitted_by_id, displayName: round.submitted_by_name },
    },
    rubric: { id: round.rubric_id, version: round.version, contentHash: round.rubric_hash },
    responses: responses.map((row) => ({
      criterionCode: row.criterion_code,
      level: row.level,
      targetLevel: row.target_level,
      rationale: row.rationale,
      notApplicable: row.not_applicable,
      notApplicableReason: row.not_applicable_reason,
      state: row.state,
      owner: row.owner ?? null,
      evidenceIds: links.filter((link) => link.response_id === row.id).map((link) => link.id),
    })),
    evidence: [...evidence.values()],
    actions: actions.map((row) => ({
      id: row.id,
      criterionCode: row.criterion_code,
      title: row.title,
      description: row.description,
      owner: row.owner ?? null,
      dueDate: row.due_date,
      status: row.status,
      reflection: row.reflection,
    })),
  });
}

/**
 * Stores submitted_content and content_hash for every submitted round, in batches. The client must
 * return DATE columns as ISO day strings, as TypeORM does (see database.mjs `connect`).
 */
export async function hashSubmittedRounds(client, { batchSize = 250 } = {}) {
  const domain = loadDomain();
  const { rows } = await client.query(
    `SELECT id FROM assessment_rounds WHERE status = 'submitted' ORDER BY id`,
  );
  const ids = rows.map((row) => row.id);
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    const loaded = [];
    for (const sql of [ROUNDS_SQL, RESPONSES_SQL, LINKS_SQL, ACTIONS_SQL]) {
      loaded.push((await client.query(sql, [batch])).rows);
    }
    const [roundRows, responseRows, linkRows, actionRows] = loaded;
    const byRound = [responseRows, linkRows, actionRows].map((set) => groupBy(set, 'round_id'));
    const texts = roundRows.map((round) => {
      const content = contentOf(
        domain,
        round,
        ...byRound.map((groups) => groups.get(round.id) ?? []),
      );
      return domain.roundContentHashInput(content);
    });
    await client.query(
      `UPDATE assessment_rounds ar SET submitted_content = u.text, content_hash = u.hash
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, text, hash) WHERE ar.id = u.id`,
      [
        roundRows.map((round) => round.id),
        texts,
        texts.map((text) => createHash('sha256').update(text, 'utf8').digest('hex')),
      ],
    );
  }
  return ids.length;
}
