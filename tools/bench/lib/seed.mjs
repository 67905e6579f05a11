// Seeds a sector-sized data set with set-based SQL (INSERT … SELECT generate_series): every row
// respects the schema's constraints and triggers; pseudo-random choices come from a hash of the
// row's numbers, so two runs with the same sizes produce the same shape of data.

/** Words the generated names and texts are made of. */
const PLACES = [
  'Amersfoort',
  'Zwolle',
  'Deventer',
  'Leeuwarden',
  'Tilburg',
  'Delft',
  'Haarlem',
  'Assen',
  'Venlo',
  'Gouda',
  'Hoorn',
  'Emmen',
  'Breda',
  'Lelystad',
  'Middelburg',
  'Almere',
];
const FIRST = [
  'Anouk',
  'Bram',
  'Claire',
  'Daan',
  'Esra',
  'Fenna',
  'Gijs',
  'Hanna',
  'Ilse',
  'Joris',
  'Karim',
  'Lotte',
  'Mees',
  'Noor',
  'Okke',
  'Priya',
  'Ruben',
  'Sanne',
  'Tijn',
  'Yara',
];
const LAST = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'El Amrani',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Yilmaz',
  'Dekker',
];
const SENTENCES = [
  'In de teamsessie van het voorjaar hebben we deze norm met alle teams besproken.',
  'De opdrachtgever herkent dit beeld; de afspraken staan in de prestatieafspraken van dit jaar.',
  'Medewerkers kunnen voorbeelden noemen uit hun eigen praktijk in de wijk.',
  'Wat nog ontbreekt is een vaste cyclus om dit jaarlijks te evalueren met partners.',
  'Inwoners en vrijwilligers zijn via een enquête en twee gesprekken betrokken.',
  'Het jaarverslag laat zien dat we hier het afgelopen jaar stappen in hebben gezet.',
  'In twee van de vijf teams is dit nog niet zichtbaar in het teamplan.',
  'We hebben de werkwijze beschreven en delen die in het inwerkprogramma.',
];

const arrayLiteral = (values) =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

/** Deterministic pseudo-random numbers in [0, 1) from up to three integers; pick() from an array. */
const HELPERS = [
  `CREATE FUNCTION pg_temp.rnd(a bigint, b bigint, c bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
     $$ SELECT (hashint8(a * 1000003 + b * 7919 + c) & 2147483647)::float8 / 2147483648 $$`,
  `CREATE FUNCTION pg_temp.pick(items text[], a bigint, b bigint, c bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
     $$ SELECT items[1 + floor(pg_temp.rnd(a, b, c) * cardinality(items))::int] $$`,
];

/** Published rubric versions (as the API loaded them from libs/criteria/data) and their criteria. */
const RUBRICS = [
  `CREATE TEMP TABLE bench_versions AS
     SELECT row_number() OVER (ORDER BY rubric_id, version) - 1 AS idx, rubric_id, version, content_hash
     FROM rubric_versions WHERE status = 'published'`,
  `CREATE TEMP TABLE bench_criteria AS
     SELECT v.idx AS version_idx, c.value->>'code' AS code,
            row_number() OVER (PARTITION BY v.idx ORDER BY d.ord, c.ord) AS n,
            (c.value->>'metLevel')::int AS met_level,
            (SELECT max((s->>'level')::int) FROM jsonb_array_elements(c.value->'maturityScale') s) AS max_level,
            coalesce((c.value->>'allowNotApplicable')::boolean, false) AS allow_na,
            ARRAY(SELECT jsonb_array_elements_text(c.value->'evidenceKinds')) AS kinds,
            c.value->>'title' AS title
     FROM bench_versions v JOIN rubric_versions rv USING (rubric_id, version),
          jsonb_array_elements(rv.content->'domains') WITH ORDINALITY d(value, ord),
          jsonb_array_elements(d.value->'criteria') WITH ORDINALITY c(value, ord)`,
  `CREATE TEMP TABLE bench_criteria_count AS
     SELECT version_idx, count(*)::int AS criteria FROM bench_criteria GROUP BY version_idx`,
];

function organisationsAndPeople({ orgs }) {
  return [
    `CREATE TEMP TABLE bench_orgs AS
       SELECT n, gen_random_uuid() AS id, (n - 1) % (SELECT count(*) FROM bench_versions) AS version_idx,
              format('Stichting Welzijn %s %s', pg_temp.pick(${arrayLiteral(PLACES)}, n, 0, 0), n) AS name
       FROM generate_series(1, ${orgs}) n`,
    `ALTER TABLE bench_orgs ADD PRIMARY KEY (n)`,
    `INSERT INTO organisations (id, name, created_at)
       SELECT id, name, now() - interval '6 years' FROM bench_orgs`,
    // Six people per organisation: slot 0 quality officer, 1 manager, 2–5 contributors.
    `CREATE TEMP TABLE bench_people AS
       SELECT o.n AS org, s AS slot, gen_random_uuid() AS user_id, gen_random_uuid() AS member_id,
              CASE s WHEN 0 THEN 'quality-officer' WHEN 1 THEN 'manager' ELSE 'contributor' END AS role,
              CASE s WHEN 0 THEN format('kwaliteit-%s@bench.labelklaar.test', o.n)
                     WHEN 1 THEN format('manager-%s@bench.labelklaar.test', o.n)
                     ELSE format('medewerker-%s-%s@bench.labelklaar.test', o.n, s - 1) END AS email,
              pg_temp.pick(${arrayLiteral(FIRST)}, o.n, s, 1) || ' ' || pg_temp.pick(${arrayLiteral(LAST)}, o.n, s, 2) AS display_name
       FROM bench_orgs o CROSS JOIN generate_series(0, 5) s`,
    `ALTER TABLE bench_people ADD PRIMARY KEY (org, slot)`,
    `INSERT INTO users (id, email, display_name, password_hash, created_at)
       SELECT user_id, email, display_name, $1, now() - interval '6 years' FROM bench_people`,
    `INSERT INTO memberships (id, organisation_id, user_id, role, created_at)
       SELECT p.member_id, o.id, p.user_id, p.role, now() - interval '6 years'
       FROM bench_people p JOIN bench_orgs o ON o.n = p.org`,
  ];
}

function rounds({ rounds: perOrg }) {
  return [
    // Round k of R: yearly, the last one a draft whose target date lies ahead, the others submitted.
    `CREATE TEMP TABLE bench_rounds AS
       SELECT o.n AS org, k, gen_random_uuid() AS id, o.version_idx,
              (current_date + 45 + (o.n % 90) - (${perOrg} - k) * 365) AS target_date,
              CASE WHEN k < ${perOrg} THEN 'submitted' ELSE 'draft' END AS status
       FROM bench_orgs o CROSS JOIN generate_series(1, ${perOrg}) k`,
    `ALTER TABLE bench_rounds ADD PRIMARY KEY (org, k)`,
    `ALTER TABLE bench_rounds ADD COLUMN created_at timestamptz, ADD COLUMN submitted_at timestamptz`,
    `UPDATE bench_rounds SET created_at = (target_date - 200)::timestamp + interval '9 hours',
            submitted_at = CASE WHEN status = 'submitted' THEN (target_date - 20)::timestamp + interval '15 hours' END`,
    `INSERT INTO assessment_rounds (id, organisation_id, rubric_id, rubric_version, title, route, target_date,
        self_evaluation_deadline, ambitions, bottlenecks, participation, status, previous_round_id,
        submitted_at, submitted_by_id, created_by_id, created_at, updated_at, updated_by_id, version)
       SELECT r.id, o.id, v.rubric_id, v.version,
              format('Zelfevaluatie %s', extract(year FROM r.target_date)),
              CASE WHEN r.k % 2 = 0 THEN 'peer-review' ELSE 'external-audit' END,
              r.target_date, r.target_date - 42,
              'Alle teams werken aantoonbaar vanuit de opdracht en we maken onze resultaten zichtbaar.',
              'Registratie van resultaten kost veel tijd; niet alle teams hebben een vaste evaluatiecyclus.',
              jsonb_build_array(
                jsonb_build_object('group', 'staff', 'method', 'session', 'date', (r.target_date - 90)::text, 'note', 'Teamsessies met alle teams'),
                jsonb_build_object('group', 'clients', 'method', 'survey', 'date', (r.target_date - 75)::text, 'note', 'Enquête onder deelnemers')),
              r.status, prev.id, r.submitted_at, CASE WHEN r.status = 'submitted' THEN qo.user_id END,
              qo.user_id, r.created_at, coalesce(r.submitted_at, r.created_at + interval '30 days'), qo.user_id,
              CASE WHEN r.status = 'submitted' THEN 3 ELSE 2 END
       FROM bench_rounds r
       JOIN bench_orgs o ON o.n = r.org
       JOIN bench_versions v ON v.idx = r.version_idx
       JOIN bench_people qo ON qo.org = r.org AND qo.slot = 0
       LEFT JOIN bench_rounds prev ON prev.org = r.org AND prev.k = r.k - 1
       ORDER BY r.org, r.k`,
  ];
}

function responses({ completeOrg }) {
  // Levels rise a little from round to round; submitted rounds are complete, drafts ~90 % answered
  // (the organisation whose round is measured has a complete draft). A few optional criteria are
  // not applicable.
  return [
    `CREATE TEMP TABLE bench_answers AS
       SELECT r.id AS round_id, r.org, r.k, r.status, r.created_at, r.submitted_at, c.code, c.n AS criterion,
              c.allow_na AND pg_temp.rnd(r.org, c.n, 11) < 0.08 AS not_applicable,
              r.status = 'submitted' OR r.org = ${completeOrg} OR pg_temp.rnd(r.org * 10 + r.k, c.n, 12) < 0.9 AS answered,
              least(c.max_level, 1 + floor(pg_temp.rnd(r.org, c.n, 13) * 2)::int
                    + floor((r.k - 1) * (0.3 + pg_temp.rnd(r.org, c.n, 14) * 0.5))::int) AS level,
              CASE WHEN pg_temp.rnd(r.org, c.n, 15) < 0.35 THEN least(c.max_level, c.met_level + 1) END AS target_level,
              2 + ((r.org + c.n) % 4) AS owner_slot
       FROM bench_rounds r JOIN bench_criteria c ON c.version_idx = r.version_idx`,
    `INSERT INTO criterion_responses (organisation_id, round_id, criterion_code, level, target_level, rationale,
        not_applicable, not_applicable_reason, state, owner_membership_id, is_carried_over, version, updated_at, updated_by_id)
       SELECT o.id, a.round_id, a.code,
              CASE WHEN a.answered AND NOT a.not_applicable THEN a.level END,
              a.target_level,
              CASE WHEN a.answered THEN concat_ws(' ', pg_temp.pick($1, a.org, a.criterion, 21 + a.k),
                     pg_temp.pick($1, a.org, a.criterion, a.k), pg_temp.pick($1, a.k, a.criterion, 23)) ELSE '' END,
              a.answered AND a.not_applicable,
              CASE WHEN a.answered AND a.not_applicable THEN 'Dit onderdeel voeren wij niet uit in onze opdracht.' END,
              CASE WHEN a.status = 'submitted' OR (a.answered AND pg_temp.rnd(a.org, a.criterion, 24) < 0.6) THEN 'ready-for-review' ELSE 'draft' END,
              p.member_id, false, CASE WHEN a.answered THEN 3 ELSE 1 END,
              coalesce(a.submitted_at - interval '2 days', a.created_at + interval '20 days'), p.user_id
       FROM bench_answers a JOIN bench_orgs o ON o.n = a.org
       JOIN bench_people p ON p.org = a.org AND p.slot = a.owner_slot`,
  ];
}

function evidence({ orgs, evidence: total, rounds: perOrg }) {
  // Item j of an organisation documents criterion (j mod criteria) and was registered before round
  // 1 + 2·(j div criteria): it is linked to that criterion's answered responses from then on, so
  // older items turn up expired in later rounds, as in real life.
  return [
    `CREATE TEMP TABLE bench_evidence AS
       SELECT e, o.n AS org, o.id AS organisation_id, gen_random_uuid() AS id, c.code, c.kinds, c.title AS criterion_title,
              (e - 1) / ${orgs} AS j, least(${perOrg}, 1 + 2 * (((e - 1) / ${orgs}) / cc.criteria)) AS from_round
       FROM generate_series(1, ${total}) e
       JOIN bench_orgs o ON o.n = 1 + (e - 1) % ${orgs}
       JOIN bench_criteria_count cc ON cc.version_idx = o.version_idx
       JOIN bench_criteria c ON c.version_idx = o.version_idx AND c.n = 1 + ((e - 1) / ${orgs}) % cc.criteria`,
    `ALTER TABLE bench_evidence ADD COLUMN document_date date, ADD COLUMN valid_until date`,
    `UPDATE bench_evidence b SET document_date = (r.created_at - interval '30 days')::date
         - floor(pg_temp.rnd(b.e, 0, 31) * 200)::int
       FROM bench_rounds r WHERE r.org = b.org AND r.k = b.from_round`,
    `UPDATE bench_evidence SET valid_until = CASE WHEN pg_temp.rnd(e, 0, 32) < 0.2 THEN NULL
         ELSE document_date + (365 * (1 + floor(pg_temp.rnd(e, 0, 33) * 4)))::int END`,
    `INSERT INTO evidence (id, organisation_id, source, title, evidence_kind, document_date, valid_until, url, created_at, created_by_id)
       SELECT b.id, b.organisation_id, 'link',
              format('%s — %s (%s)', initcap(replace(pg_temp.pick(b.kinds, b.e, 0, 34), '-', ' ')), b.criterion_title, extract(year FROM b.document_date)),
              pg_temp.pick(b.kinds, b.e, 0, 34), b.document_date, b.valid_until,
              format('https://intranet.voorbeeld.nl/documenten/%s/%s', b.org, b.j),
              b.document_date::timestamp + interval '10 hours', p.user_id
       FROM bench_evidence b JOIN bench_people p ON p.org = b.org AND p.slot = 2 + b.e % 4`,
    `INSERT INTO response_evidence (response_id, evidence_id, round_id, criterion_code, linked_at, linked_by_id)
       SELECT cr.id, b.id, r.id, cr.criterion_code, greatest(r.created_at, b.document_date::timestamp) + interval '7 days', cr.updated_by_id
       FROM bench_evidence b
       JOIN bench_rounds r ON r.org = b.org AND r.k >= b.from_round
       JOIN criterion_responses cr ON cr.round_id = r.id AND cr.criterion_code = b.code
       WHERE cr.level IS NOT NULL`,
  ];
}

function actions({ orgs, actions: total, rounds: perOrg }) {
  // Spread over the rounds; those of submitted rounds are mostly done, the draft's open or under way.
  return [
    `CREATE TEMP TABLE bench_actions AS
       SELECT a, o.n AS org, o.id AS organisation_id, r.id AS round_id, r.k, r.status AS round_status, r.target_date,
              r.created_at, r.submitted_at, c.code, c.title AS criterion_title, (a - 1) / ${orgs} AS j,
              pg_temp.rnd(a, 0, 41) AS roll
       FROM generate_series(1, ${total}) a
       JOIN bench_orgs o ON o.n = 1 + (a - 1) % ${orgs}
       JOIN bench_rounds r ON r.org = o.n AND r.k = ${perOrg} - ((a - 1) / ${orgs}) % ${perOrg}
       JOIN bench_criteria_count cc ON cc.version_idx = o.version_idx
       JOIN bench_criteria c ON c.version_idx = o.version_idx AND c.n = 1 + ((a - 1) / ${orgs} * 7 + o.n) % cc.criteria`,
    `ALTER TABLE bench_actions ADD COLUMN id uuid DEFAULT gen_random_uuid(), ADD COLUMN status text`,
    `UPDATE bench_actions SET status = CASE
         WHEN round_status = 'submitted' THEN CASE WHEN roll < 0.6 THEN 'done' WHEN roll < 0.7 THEN 'cancelled' WHEN roll < 0.85 THEN 'in-progress' ELSE 'open' END
         ELSE CASE WHEN roll < 0.5 THEN 'open' WHEN roll < 0.8 THEN 'in-progress' ELSE 'done' END END`,
    `INSERT INTO improvement_actions (id, organisation_id, round_id, criterion_code, title, description, owner_membership_id,
        due_date, status, reflection, version, created_at, created_by_id, updated_at, updated_by_id, completed_at)
       SELECT b.id, b.organisation_id, b.round_id, b.code,
              format('Verbeteren: %s', b.criterion_title),
              'Werkwijze vastleggen, in de teams bespreken en na een half jaar evalueren met partners.',
              CASE WHEN pg_temp.rnd(b.a, 0, 42) < 0.1 THEN NULL ELSE p.member_id END,
              CASE WHEN pg_temp.rnd(b.a, 0, 43) < 0.15 THEN NULL ELSE b.target_date - 120 + floor(pg_temp.rnd(b.a, 0, 44) * 240)::int END,
              b.status,
              CASE WHEN b.status = 'done' THEN 'Afgerond; de teams werken nu volgens de nieuwe afspraken.' END,
              CASE WHEN b.status = 'open' THEN 1 ELSE 2 END,
              b.created_at + interval '14 days', qo.user_id,
              b.created_at + interval '60 days', qo.user_id,
              CASE WHEN b.status = 'done' THEN b.created_at + interval '60 days' END
       FROM bench_actions b
       JOIN bench_people p ON p.org = b.org AND p.slot = CASE WHEN b.a % 5 = 0 THEN 0 ELSE 2 + b.a % 4 END
       JOIN bench_people qo ON qo.org = b.org AND qo.slot = 0`,
  ];
}

const EVENTS = [
  `INSERT INTO round_events (organisation_id, round_id, criterion_code, subject, subject_id, type, actor_user_id, actor_name, occurred_at, before, after)
     SELECT o.id, r.id, NULL, 'round', r.id, 'round.created', qo.user_id, qo.display_name, r.created_at, NULL,
            jsonb_build_object('status', 'draft', 'targetDate', r.target_date::text)
     FROM bench_rounds r JOIN bench_orgs o ON o.n = r.org JOIN bench_people qo ON qo.org = r.org AND qo.slot = 0
     ORDER BY r.created_at`,
  `INSERT INTO round_events (organisation_id, round_id, criterion_code, subject, subject_id, type, actor_user_id, actor_name, occurred_at, before, after)
     SELECT b.organisation_id, b.round_id, b.code, 'action', b.id, 'action.created', qo.user_id, qo.display_name,
            b.created_at + interval '14 days', NULL, jsonb_build_object('status', 'open')
     FROM bench_actions b JOIN bench_people qo ON qo.org = b.org AND qo.slot = 0`,
];

/** The round events that can only be written once the content hashes are known. */
export const SUBMITTED_EVENTS = `INSERT INTO round_events (organisation_id, round_id, criterion_code, subject, subject_id, type, actor_user_id, actor_name, occurred_at, before, after)
     SELECT ar.organisation_id, ar.id, NULL, 'round', ar.id, 'round.submitted', ar.submitted_by_id, u.display_name, ar.submitted_at,
            jsonb_build_object('status', 'draft'), jsonb_build_object('status', 'submitted', 'contentHash', ar.content_hash)
     FROM assessment_rounds ar JOIN users u ON u.id = ar.submitted_by_id
     WHERE ar.status = 'submitted'
     ORDER BY ar.submitted_at`;

async function run(client, statements, params = []) {
  for (const statement of statements) {
    await client.query(statement, /\$1\b/.test(statement) ? params : []);
  }
}

/**
 * Seeds everything but the content hashes of submitted rounds (see round-content.mjs).
 * Returns row counts per table.
 */
export async function seed(client, sizes, { passwordHash, log }) {
  const step = async (label, statements, params) => {
    const started = Date.now();
    await run(client, statements, params);
    log(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
  await client.query('BEGIN');
  await run(client, HELPERS);
  await run(client, RUBRICS);
  const { rows } = await client.query('SELECT count(*)::int AS versions FROM bench_versions');
  if (rows[0].versions === 0) {
    throw new Error(
      'no published rubric version in the database: did the API load libs/criteria/data?',
    );
  }
  if (sizes.orgs / rows[0].versions < 5) {
    log(
      `  note: ${rows[0].versions} rubric versions share ${sizes.orgs} organisations round-robin;`,
    );
    log('  the sector view shows figures only for versions with at least 5 organisations');
  }
  await step('organisations, users, memberships', organisationsAndPeople(sizes), [passwordHash]);
  await step('assessment rounds', rounds(sizes));
  await step('criterion responses', responses(sizes), [SENTENCES]);
  await step('evidence and links', evidence(sizes));
  await step('improvement actions', actions(sizes));
  await step('round events', EVENTS);
  await client.query('COMMIT');
}
