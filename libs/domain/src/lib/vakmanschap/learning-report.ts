/**
 * The learning report (issue 16): per team or for the whole organisation, per period (a quarter or
 * a year, typically), what happened in professional decision-making and team learning. Counts
 * only: no reflection's or check-in's text is ever part of it, and whatever rests on fewer than
 * three authors is hidden (see `aggregateByAuthors`).
 */
import { ACTION_STATUSES, type ActionStatus } from '../actions/action.types';
import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { MemberRole } from '../organisations/organisation.types';
import { isAllowed } from '../permissions/permissions';
import type { TeamRole } from '../teams/team.types';
import {
  aggregateByAuthors,
  MIN_AUTHORS_PER_AGGREGATE,
  type AuthoredAggregate,
} from './aggregation';
import type { CheckInQuestion } from './check-in-calendar';
import { parsePeriodKey, periodsBetween } from './periods';
import { TEAM_SESSION_TYPES, type TeamSessionType } from './reflection.types';

/** A report covers at most two years (a year is typical); longer ranges are refused. */
export const LEARNING_REPORT_MAX_DAYS = 731;

/** The bucket of reflections written without a decision model. */
export const NO_MODEL_KEY = 'none';

export type LearningReportScope =
  { kind: 'organisation' } | { kind: 'team'; teamId: string; teamName: string };

/**
 * The response of `GET /api/v1/learning-report` (and the content of the evidence PDF).
 * Every `AuthoredAggregate` is `{ isShown, total, buckets: [{ key, count }], hiddenBuckets }`:
 * `isShown: false` means fewer than `minAuthors` authors (then `total` is null, `buckets` empty).
 */
export interface LearningReport {
  scope: LearningReportScope;
  period: { from: string; to: string; key: string | null; label: string };
  minAuthors: number;
  reflections: {
    /** Keys: decision model ids, `none` for reflections without a model. */
    byModel: AuthoredAggregate;
    /** Keys: DILEMMAS. */
    byDilemma: AuthoredAggregate;
    /** Keys: DECISION_KINDS. */
    byDecisionKind: AuthoredAggregate;
  };
  sessions: {
    total: number;
    totalPresent: number;
    /** Every session type, in the vocabulary's order, zeros included. */
    byType: { sessionType: TeamSessionType; count: number; totalPresent: number }[];
  };
  agreements: {
    /** Agreements whose first version was written in the period. */
    made: number;
    /** Agreements given a new version (reviewed, changed or retired) in the period. */
    reviewed: number;
  };
  checkIns: {
    /** The check-in periods (months, quarters) that touch the report's period. */
    periodKeys: string[];
    /** Keys: check-in period keys (`2026-Q1`, `2026-03`), in period order. */
    byPeriod: AuthoredAggregate;
  };
  /** Verbeteracties that came from check-in answers in the period, and their status. */
  actions: {
    total: number;
    /** Every status, in the vocabulary's order, zeros included. */
    byStatus: { status: ActionStatus; count: number }[];
    items: LearningReportAction[];
  };
}

export interface LearningReportAction {
  id: string;
  roundId: string;
  criterionCode: string;
  title: string;
  status: ActionStatus;
  dueDate: string | null;
  /** The prikkelende vraag whose answer became the action. */
  question: CheckInQuestion;
}

/** What the read model hands the assembly: facts only, never a text someone wrote. */
export interface LearningReportFacts {
  scope: LearningReportScope;
  from: string;
  to: string;
  reflections: readonly {
    authorId: string;
    modelId: string | null;
    dilemmas: readonly string[];
    decisionKind: string;
  }[];
  sessions: readonly { sessionType: string; presentCount: number }[];
  agreementVersions: readonly { agreementId: string; version: number }[];
  checkIns: readonly { authorId: string; periodKey: string }[];
  actions: readonly LearningReportAction[];
}

const DAY_MS = 86_400_000;

/** Refuses a period that runs backwards or spans more than two years (422). */
export function assertLearningReportPeriod(from: string, to: string): void {
  if (from > to) {
    throw new DomainRuleViolation('learning-report-period-reversed', { from, to });
  }
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days > LEARNING_REPORT_MAX_DAYS) {
    throw new DomainRuleViolation('learning-report-period-too-long', {
      max: LEARNING_REPORT_MAX_DAYS,
    });
  }
}

/** The period's key when it is exactly a year or a quarter (`2026`, `2026-Q1`), else null. */
export function learningReportPeriodKey(from: string, to: string): string | null {
  const year = from.slice(0, 4);
  for (const key of [year, ...[1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`)]) {
    const period = parsePeriodKey(key);
    if (period && period.from === from && period.to === to) {
      return key;
    }
  }
  return null;
}

/** The period as the report's title names it: "2026", "1e kwartaal 2026" or "2026-01-15 t/m 2026-03-31". */
export function learningReportPeriodLabel(from: string, to: string): string {
  const key = learningReportPeriodKey(from, to);
  if (key && key.includes('-Q')) {
    return `${key.slice(-1)}e kwartaal ${key.slice(0, 4)}`;
  }
  return key ?? `${from} t/m ${to}`;
}

/** The check-in period keys (monthly and quarterly cadences) that touch the report's period. */
export function checkInPeriodKeysOf(from: string, to: string): string[] {
  return [...periodsBetween(from, to, 'quarter'), ...periodsBetween(from, to, 'month')].map(
    (period) => period.key,
  );
}

/**
 * Who reads the learning report: the quality officer and the manager every team's and the
 * organisation's; a contributor only a team they lead. The professional never (permission table).
 * Returns the problem code that refuses, or null.
 */
export function learningReportRefusal(
  role: MemberRole,
  teamRole: TeamRole | null,
  hasTeam: boolean,
): 'learning-report-not-permitted' | 'learning-report-lead-only' | null {
  if (!isAllowed(role, 'learning-report.read')) {
    return 'learning-report-not-permitted';
  }
  if (role === 'quality-officer' || role === 'manager') {
    return null;
  }
  return hasTeam && teamRole === 'lead' ? null : 'learning-report-lead-only';
}

function sessionsOf(facts: LearningReportFacts): LearningReport['sessions'] {
  const present = (sessions: LearningReportFacts['sessions']) =>
    sessions.reduce((sum, session) => sum + session.presentCount, 0);
  return {
    total: facts.sessions.length,
    totalPresent: present(facts.sessions),
    byType: TEAM_SESSION_TYPES.map((sessionType) => {
      const ofType = facts.sessions.filter((session) => session.sessionType === sessionType);
      return { sessionType, count: ofType.length, totalPresent: present(ofType) };
    }),
  };
}

function agreementsOf(facts: LearningReportFacts): LearningReport['agreements'] {
  const versionsOf = new Map<string, number[]>();
  for (const version of facts.agreementVersions) {
    versionsOf.set(version.agreementId, [
      ...(versionsOf.get(version.agreementId) ?? []),
      version.version,
    ]);
  }
  const versions = [...versionsOf.values()];
  return {
    made: versions.filter((numbers) => numbers.includes(1)).length,
    reviewed: versions.filter((numbers) => numbers.some((number) => number > 1)).length,
  };
}

function checkInsOf(facts: LearningReportFacts, minAuthors: number): LearningReport['checkIns'] {
  const periodKeys = checkInPeriodKeysOf(facts.from, facts.to);
  const byPeriod = aggregateByAuthors(
    facts.checkIns
      .filter((item) => periodKeys.includes(item.periodKey))
      .map((item) => ({ authorId: item.authorId, keys: [item.periodKey] })),
    minAuthors,
  );
  return {
    periodKeys,
    byPeriod: {
      ...byPeriod,
      buckets: [...byPeriod.buckets].sort((a, b) => a.key.localeCompare(b.key)),
    },
  };
}

function actionsOf(facts: LearningReportFacts): LearningReport['actions'] {
  return {
    total: facts.actions.length,
    byStatus: ACTION_STATUSES.map((status) => ({
      status,
      count: facts.actions.filter((action) => action.status === status).length,
    })),
    items: [...facts.actions].sort(
      (a, b) => a.criterionCode.localeCompare(b.criterionCode) || a.title.localeCompare(b.title),
    ),
  };
}

/** Assembles the report from a period's facts; pure, so the API and the PDF say the same. */
export function assembleLearningReport(
  facts: LearningReportFacts,
  minAuthors = MIN_AUTHORS_PER_AGGREGATE,
): LearningReport {
  const reflections = (keysOf: (item: LearningReportFacts['reflections'][number]) => string[]) =>
    aggregateByAuthors(
      facts.reflections.map((item) => ({ authorId: item.authorId, keys: keysOf(item) })),
      minAuthors,
    );
  return {
    scope: facts.scope,
    period: {
      from: facts.from,
      to: facts.to,
      key: learningReportPeriodKey(facts.from, facts.to),
      label: learningReportPeriodLabel(facts.from, facts.to),
    },
    minAuthors,
    reflections: {
      byModel: reflections((item) => [item.modelId ?? NO_MODEL_KEY]),
      byDilemma: reflections((item) => [...item.dilemmas]),
      byDecisionKind: reflections((item) => [item.decisionKind]),
    },
    sessions: sessionsOf(facts),
    agreements: agreementsOf(facts),
    checkIns: checkInsOf(facts, minAuthors),
    actions: actionsOf(facts),
  };
}

/** Only criteria of the vakmanschap domain take the report as evidence (422 otherwise). */
export function assertVakmanschapCriteria(
  domains: readonly { code: string; criteria: readonly { code: string }[] }[],
  criterionCodes: readonly string[],
): void {
  const vakmanschap = new Set(
    domains.filter((domain) => domain.code === 'VAK').flatMap((d) => d.criteria.map((c) => c.code)),
  );
  const refused = [...new Set(criterionCodes)].filter((code) => !vakmanschap.has(code));
  if (refused.length > 0) {
    throw new DomainRuleViolation(
      'learning-evidence-not-vakmanschap',
      { codes: refused.join(', ') },
      { extensions: { criterionCodes: refused } },
    );
  }
}
