import {
  CriterionSearchHit,
  EvidenceSearchHit,
  EvidenceSource,
  isEvidenceExpiredOn,
  isoDayIn,
  SEARCH_GROUP_LIMIT,
  searchExcerpt,
  searchPatterns,
  SearchResults,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../common/clock';
import { RubricsService } from '../rubrics/rubrics.service';

interface CriterionRow {
  rubricId: string;
  rubricVersion: string;
  rubricTitle: string;
  code: string;
  title: string;
  description: string;
  guidance: string | null;
  roundId: string | null;
  roundTitle: string | null;
}

interface EvidenceRow {
  id: string;
  title: string;
  evidenceKind: string;
  source: EvidenceSource;
  fileName: string | null;
  url: string | null;
  revision: number;
  validUntil: string | null;
}

/**
 * The criteria of the rubric versions the organisation's rounds use (every published version
 * while it has none): code, title, description, guidance questions and level descriptors, in
 * Dutch and English. Each pattern must match somewhere in the criterion.
 */
const CRITERIA_SQL = `
  WITH used AS (
    SELECT DISTINCT rubric_id, rubric_version FROM assessment_rounds
     WHERE organisation_id = $1 AND status <> 'withdrawn'
  ), versions AS (
    SELECT v.rubric_id, v.version, v.title, v.content FROM rubric_versions v
     WHERE EXISTS (SELECT 1 FROM used u WHERE u.rubric_id = v.rubric_id AND u.rubric_version = v.version)
        OR (NOT EXISTS (SELECT 1 FROM used) AND v.status = 'published')
  ), criteria AS (
    SELECT ver.rubric_id, ver.version, ver.title AS rubric_title, c,
           concat_ws(' ', c->>'code', c->>'title', c->>'description',
             c->'en'->>'title', c->'en'->>'description',
             (SELECT string_agg(g, ' ') FROM jsonb_array_elements_text(c->'guidanceQuestions') g),
             (SELECT string_agg(m->>'descriptor', ' ') FROM jsonb_array_elements(c->'maturityScale') m)
           ) AS haystack
      FROM versions ver
     CROSS JOIN LATERAL jsonb_array_elements(ver.content->'domains') d
     CROSS JOIN LATERAL jsonb_array_elements(d->'criteria') c
  )
  SELECT k.rubric_id AS "rubricId", k.version AS "rubricVersion", k.rubric_title AS "rubricTitle",
         k.c->>'code' AS code, k.c->>'title' AS title, k.c->>'description' AS description,
         (SELECT string_agg(g, ' ') FROM jsonb_array_elements_text(k.c->'guidanceQuestions') g) AS guidance,
         r.id AS "roundId", r.title AS "roundTitle"
    FROM criteria k
    LEFT JOIN LATERAL (
      SELECT a.id, a.title FROM assessment_rounds a
       WHERE a.organisation_id = $1 AND a.rubric_id = k.rubric_id AND a.rubric_version = k.version
         AND a.status <> 'withdrawn'
       ORDER BY (a.status = 'draft') DESC, a.created_at DESC, a.id
       LIMIT 1
    ) r ON true
   WHERE k.haystack ILIKE ALL ($2::text[])
   ORDER BY (k.c->>'code' ILIKE ANY ($2::text[])) DESC, (k.c->>'title' ILIKE ALL ($2::text[])) DESC,
            k.rubric_id, k.version DESC, k.c->>'code'
   LIMIT $3`;

/** The organisation's evidence by title, kind (key or label), current or earlier file name. */
const EVIDENCE_SQL = `
  SELECT e.id, e.title, e.evidence_kind AS "evidenceKind", e.source, e.file_name AS "fileName",
         e.url, e.revision_number AS revision, e.valid_until::text AS "validUntil"
    FROM evidence e
   WHERE e.organisation_id = $1
     AND (SELECT bool_and(
            concat_ws(' ', e.title, e.evidence_kind, e.file_name,
              (SELECT string_agg(v.file_name, ' ') FROM evidence_revisions v
                WHERE v.evidence_id = e.id AND v.organisation_id = $1)) ILIKE p
            OR e.evidence_kind = ANY ($3::text[]))
          FROM unnest($2::text[]) p)
   ORDER BY (e.title ILIKE ALL ($2::text[])) DESC, e.created_at DESC, e.id
   LIMIT $4`;

/**
 * Search across the criteria of the rubrics the organisation uses and its own evidence library;
 * never another organisation's evidence. LIKE with % and _ escaped, so it runs the same on
 * PostgreSQL and the embedded PGlite.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rubrics: RubricsService,
    private readonly clock: Clock,
  ) {}

  async search(organisationId: string, query: string): Promise<SearchResults> {
    const patterns = searchPatterns(query);
    const criteria: CriterionRow[] = await this.dataSource.query(CRITERIA_SQL, [
      organisationId,
      patterns,
      SEARCH_GROUP_LIMIT + 1,
    ]);
    const evidence: EvidenceRow[] = await this.dataSource.query(EVIDENCE_SQL, [
      organisationId,
      patterns,
      this.kindsLabelled(query),
      SEARCH_GROUP_LIMIT + 1,
    ]);
    const today = isoDayIn(this.clock.now());
    return {
      query,
      criteria: {
        items: criteria.slice(0, SEARCH_GROUP_LIMIT).map((row) => this.criterionHit(row, query)),
        truncated: criteria.length > SEARCH_GROUP_LIMIT,
      },
      evidence: {
        items: evidence.slice(0, SEARCH_GROUP_LIMIT).map((row): EvidenceSearchHit => ({
          type: 'evidence',
          ...row,
          revision: Number(row.revision),
          isExpired: isEvidenceExpiredOn(row.validUntil, today),
          link: `/evidence/${row.id}`,
        })),
        truncated: evidence.length > SEARCH_GROUP_LIMIT,
      },
    };
  }

  /** Keys of the evidence kinds whose Dutch or English label contains the whole query. */
  private kindsLabelled(query: string): string[] {
    const needle = query.toLocaleLowerCase('nl');
    return this.rubrics
      .listEvidenceKinds()
      .filter((kind) =>
        [kind.label.nl, kind.label.en].some((label) =>
          label.toLocaleLowerCase('nl').includes(needle),
        ),
      )
      .map((kind) => kind.key);
  }

  private criterionHit(row: CriterionRow, query: string): CriterionSearchHit {
    const { guidance, description, ...rest } = row;
    const text = [description, guidance ?? ''].join(' ');
    return {
      type: 'criterion',
      ...rest,
      excerpt: searchExcerpt(text, query),
      link: row.roundId
        ? `/rounds/${row.roundId}/criteria/${encodeURIComponent(row.code)}`
        : `/rubrics/${encodeURIComponent(row.rubricId)}/${encodeURIComponent(row.rubricVersion)}/criteria/${encodeURIComponent(row.code)}`,
    };
  }
}
