// The plain SQL behind each measured endpoint: the same queries for the same rows the endpoint
// computes its answer from (see apps/api/src/app/dashboards/round-report.read-model.ts), plus the
// session and membership check every request makes, one after the other on one connection.
// Running these at the same concurrency gives the floor the endpoint's latency is compared with.
import { createHash } from 'node:crypto';

const SESSION = `
  SELECT s.id, s.user_id, s.active_organisation_id, u.email, u.display_name
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.expires_at > now()`;

const MEMBERSHIP = `SELECT id, role FROM memberships WHERE organisation_id = $1 AND user_id = $2`;

const ROUND_COLUMNS = `r.id, r.title, r.status, r.target_date::text AS "targetDate",
  r.rubric_id AS "rubricId", r.rubric_version AS "rubricVersion", r.content_hash AS "contentHash",
  r.submitted_at AS "submittedAt", r.created_at AS "createdAt"`;

const ROUND = `SELECT ${ROUND_COLUMNS} FROM assessment_rounds r WHERE r.organisation_id = $1 AND r.id = $2`;

const ROUNDS_OF_ORGANISATION = `
  SELECT ${ROUND_COLUMNS} FROM assessment_rounds r WHERE r.organisation_id = $1 ORDER BY r.target_date, r.created_at, r.id`;

const responses = (withTexts) => `
  SELECT c.round_id, c.criterion_code, c.level, c.target_level, c.not_applicable
         ${withTexts ? ', c.rationale, c.not_applicable_reason' : ''}
  FROM criterion_responses c WHERE c.round_id = ANY($1::uuid[])`;

const evidence = (withTexts) => `
  SELECT l.round_id, l.criterion_code, e.id ${withTexts ? ', e.title, e.evidence_kind' : ''}, e.valid_until::text
  FROM response_evidence l JOIN evidence e ON e.id = l.evidence_id
  WHERE l.round_id = ANY($1::uuid[])`;

const ACTIONS = `
  SELECT a.status, a.due_date::text, a.owner_membership_id, u.display_name
  FROM improvement_actions a
  LEFT JOIN memberships m ON m.id = a.owner_membership_id
  LEFT JOIN users u ON u.id = m.user_id
  WHERE a.round_id = $1`;

/** The rubric catalogue the sector view filters on (rubric contents come from memory otherwise). */
const RUBRIC_CATALOGUE = `SELECT rubric_id, version, status, title, effective_date, content FROM rubric_versions`;

/** Per organisation its latest submitted round. */
const LATEST_SUBMITTED = `
  SELECT DISTINCT ON (r.organisation_id) r.id, r.rubric_id, r.rubric_version, r.submitted_at
  FROM assessment_rounds r
  WHERE r.status IN ('submitted', 'reviewed') AND r.submitted_at IS NOT NULL
  ORDER BY r.organisation_id, r.submitted_at DESC, r.id`;

export const tokenHash = (token) => createHash('sha256').update(token).digest('hex');

async function authenticate(client, session) {
  await client.query(SESSION, [session.tokenHash]);
  if (session.organisationId) {
    await client.query(MEMBERSHIP, [session.organisationId, session.userId]);
  }
}

/**
 * One request's worth of SQL for each endpoint; `session` holds tokenHash, userId, organisationId.
 * Rubric versions are not fetched: they are immutable and the API keeps them in memory.
 */
export const BASELINES = {
  async readiness(client, { session, roundId }) {
    await authenticate(client, session);
    await client.query(ROUND, [session.organisationId, roundId]);
    await client.query(responses(true), [[roundId]]);
    await client.query(evidence(true), [[roundId]]);
    await client.query(ACTIONS, [roundId]);
  },

  async trend(client, { session }) {
    await authenticate(client, session);
    const { rows: rounds } = await client.query(ROUNDS_OF_ORGANISATION, [session.organisationId]);
    const ids = rounds.map((round) => round.id);
    await client.query(responses(false), [ids]);
    await client.query(evidence(false), [ids]);
  },

  async sector(client, { session }) {
    await authenticate(client, session);
    await client.query(RUBRIC_CATALOGUE);
    const { rows: rounds } = await client.query(LATEST_SUBMITTED);
    const ids = rounds.map((round) => round.id);
    await client.query(responses(false), [ids]);
    await client.query(evidence(false), [ids]);
  },
};
