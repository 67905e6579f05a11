import {
  ACTION_DUE_REMINDER_DAYS,
  addDays,
  CHECK_IN_CADENCES,
  DEADLINE_REMINDER_DAYS,
  DEFAULT_CHECK_IN_CADENCE,
  dueCheckInPeriod,
  EVIDENCE_EXPIRY_REMINDER_DAYS,
  HEARING_END_REMINDER_DAYS,
  isCheckInReminderDue,
  ReminderAction,
  ReminderCheckInTeam,
  ReminderCriterion,
  ReminderEvidence,
  ReminderHearing,
  ReminderReviewInvitation,
  ReminderRound,
  REVIEW_INVITATION_EXPIRY_REMINDER_DAYS,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface RoundRow {
  id: string;
  organisation_id: string;
  title: string;
  status: string;
  self_evaluation_deadline: string;
  target_date: string;
}

type Keyed<T> = T & { round_id: string };

/**
 * The facts of the daily reminders for the whole database in a fixed number of set-based queries
 * (one per kind of fact), never a loop over organisations. The SQL narrows to the days the domain's
 * rules can fire on; `remindersFor` decides exactly.
 */
@Injectable()
export class RemindersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The check-in facts of the teams whose check-in is due on `today`: members and who answered the
   * running period. No query at all on a day no cadence reminds on (most days).
   */
  async checkInTeamsFor(today: string): Promise<ReminderCheckInTeam[]> {
    const due = CHECK_IN_CADENCES.filter((cadence) =>
      isCheckInReminderDue({ today, cadence, hasAnswered: false }),
    );
    if (due.length === 0) {
      return [];
    }
    const rows: {
      organisation_id: string;
      team_id: string;
      name: string;
      cadence: ReminderCheckInTeam['cadence'];
      member_user_ids: string[];
      answered_user_ids: string[];
    }[] = await this.dataSource.query(
      `WITH due_teams AS (
         SELECT t.id, t.organisation_id, t.name, COALESCE(s.cadence, $2) AS cadence
           FROM teams t LEFT JOIN check_in_schedules s ON s.team_id = t.id
          WHERE COALESCE(s.cadence, $2) = ANY($1::text[]))
       SELECT d.organisation_id, d.id AS team_id, d.name, d.cadence,
              ARRAY(SELECT m.user_id FROM team_members tm
                      JOIN memberships m ON m.id = tm.membership_id
                     WHERE tm.team_id = d.id ORDER BY m.user_id) AS member_user_ids,
              ARRAY(SELECT c.author_user_id FROM check_ins c
                     WHERE c.team_id = d.id
                       AND c.period_key = CASE d.cadence WHEN 'monthly' THEN $3 ELSE $4 END)
                AS answered_user_ids
         FROM due_teams d
        ORDER BY d.organisation_id, d.id`,
      [
        due,
        DEFAULT_CHECK_IN_CADENCE,
        dueCheckInPeriod(today, 'monthly').key,
        dueCheckInPeriod(today, 'quarterly').key,
      ],
    );
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      teamId: row.team_id,
      teamName: row.name,
      cadence: row.cadence,
      memberUserIds: row.member_user_ids,
      answeredUserIds: row.answered_user_ids,
    }));
  }

  async roundsFor(today: string): Promise<ReminderRound[]> {
    const deadlineDays = DEADLINE_REMINDER_DAYS.map((d) => addDays(today, d));
    const [criteria, actions, evidence, hearings, invitations, deadlineRounds] = await Promise.all([
      this.criteria(deadlineDays),
      this.actions(today),
      this.evidence(today),
      this.hearings(today),
      this.invitations(today),
      this.deadlineRounds(deadlineDays),
    ]);
    const roundIds = new Set(deadlineRounds);
    for (const rows of [criteria, actions, evidence, hearings, invitations] as Keyed<object>[][]) {
      rows.forEach((row) => roundIds.add(row.round_id));
    }
    if (roundIds.size === 0) {
      return [];
    }
    const rounds = await this.rounds([...roundIds]);
    const officers = await this.qualityOfficers([...new Set(rounds.map((r) => r.organisation_id))]);
    const facts = {
      criteria: groupByRound(criteria),
      actions: groupByRound(actions),
      evidence: groupByRound(evidence),
      hearings: groupByRound(hearings),
      invitations: groupByRound(invitations),
    };
    return rounds.map((round) => ({
      organisationId: round.organisation_id,
      roundId: round.id,
      roundTitle: round.title,
      isDraft: round.status === 'draft',
      selfEvaluationDeadline: round.self_evaluation_deadline,
      targetDate: round.target_date,
      qualityOfficerIds: officers.get(round.organisation_id) ?? [],
      criteria: facts.criteria.get(round.id) ?? [],
      actions: facts.actions.get(round.id) ?? [],
      evidence: facts.evidence.get(round.id) ?? [],
      hearing: facts.hearings.get(round.id)?.[0] ?? null,
      reviewInvitations: facts.invitations.get(round.id) ?? [],
    }));
  }

  private async deadlineRounds(days: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM assessment_rounds
        WHERE status = 'draft' AND self_evaluation_deadline = ANY($1::date[])`,
      [days],
    );
    return rows.map((row) => row.id);
  }

  private rounds(ids: string[]): Promise<RoundRow[]> {
    return this.dataSource.query(
      `SELECT id, organisation_id, title, status,
              to_char(self_evaluation_deadline, 'YYYY-MM-DD') AS self_evaluation_deadline,
              to_char(target_date, 'YYYY-MM-DD') AS target_date
         FROM assessment_rounds WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
  }

  private async qualityOfficers(organisationIds: string[]): Promise<Map<string, string[]>> {
    const rows: { organisation_id: string; user_id: string }[] = await this.dataSource.query(
      `SELECT organisation_id, user_id FROM memberships
        WHERE role = 'quality-officer' AND organisation_id = ANY($1::uuid[])
        ORDER BY organisation_id, user_id`,
      [organisationIds],
    );
    const officers = new Map<string, string[]>();
    for (const row of rows) {
      officers.set(row.organisation_id, [
        ...(officers.get(row.organisation_id) ?? []),
        row.user_id,
      ]);
    }
    return officers;
  }

  /** The criteria of draft rounds whose deadline is a reminder day; accepted counts as ready. */
  private criteria(days: string[]): Promise<Keyed<ReminderCriterion>[]> {
    return this.dataSource.query(
      `SELECT cr.round_id, cr.criterion_code AS code, m.user_id AS "ownerUserId",
              (cr.state = 'ready-for-review' OR cr.review_status = 'accepted') AS "isReady"
         FROM criterion_responses cr
         JOIN assessment_rounds r ON r.id = cr.round_id
         LEFT JOIN memberships m ON m.id = cr.owner_membership_id
        WHERE r.status = 'draft' AND r.self_evaluation_deadline = ANY($1::date[])`,
      [days],
    );
  }

  /** Open actions due in 7 days or already late. */
  private actions(today: string): Promise<Keyed<ReminderAction>[]> {
    return this.dataSource.query(
      `SELECT a.round_id, a.id AS "actionId", a.title, to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
              m.user_id AS "ownerUserId", a.status
         FROM improvement_actions a
         LEFT JOIN memberships m ON m.id = a.owner_membership_id
        WHERE a.status IN ('open', 'in-progress') AND (a.due_date = $1::date OR a.due_date < $2::date)`,
      [addDays(today, ACTION_DUE_REMINDER_DAYS), today],
    );
  }

  /** Evidence linked to a draft round that stops being valid before the round's target date. */
  private evidence(today: string): Promise<Keyed<ReminderEvidence>[]> {
    const days = [
      ...EVIDENCE_EXPIRY_REMINDER_DAYS.map((d) => addDays(today, d)),
      addDays(today, -1),
    ];
    return this.dataSource.query(
      `SELECT DISTINCT re.round_id, e.id AS "evidenceId", e.title,
              to_char(e.valid_until, 'YYYY-MM-DD') AS "validUntil"
         FROM evidence e
         JOIN response_evidence re ON re.evidence_id = e.id
         JOIN assessment_rounds r ON r.id = re.round_id
        WHERE e.valid_until = ANY($1::date[]) AND r.status = 'draft' AND e.valid_until < r.target_date`,
      [days],
    );
  }

  private hearings(today: string): Promise<Keyed<ReminderHearing>[]> {
    return this.dataSource.query(
      `SELECT l.round_id, to_char(l.hearing_ends_on, 'YYYY-MM-DD') AS "endsOn",
              rv.reviewer_user_id AS "leadReviewerUserId"
         FROM leerrapports l LEFT JOIN reviews rv ON rv.id = l.lead_review_id
        WHERE l.status = 'hearing' AND l.hearing_ends_on = $1::date`,
      [addDays(today, HEARING_END_REMINDER_DAYS)],
    );
  }

  /** The last valid day of an invitation is the Amsterdam day of the instant before it expires. */
  private invitations(today: string): Promise<Keyed<ReminderReviewInvitation>[]> {
    return this.dataSource.query(
      `SELECT i.round_id, i.id AS "invitationId", rv.id AS "reviewId",
              i.accepted_by_user_id AS "reviewerUserId", rv.status AS "reviewStatus",
              to_char((i.expires_at - interval '1 millisecond') AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "lastDay"
         FROM review_invitations i LEFT JOIN reviews rv ON rv.invitation_id = i.id
        WHERE i.revoked_at IS NULL AND i.accepted_by_user_id IS NOT NULL
          AND ((i.expires_at - interval '1 millisecond') AT TIME ZONE 'Europe/Amsterdam')::date = $1::date`,
      [addDays(today, REVIEW_INVITATION_EXPIRY_REMINDER_DAYS)],
    );
  }
}

function groupByRound<T extends object>(rows: Keyed<T>[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const { round_id: roundId, ...rest } of rows) {
    const group = groups.get(roundId);
    if (group) {
      group.push(rest as unknown as T);
    } else {
      groups.set(roundId, [rest as unknown as T]);
    }
  }
  return groups;
}
