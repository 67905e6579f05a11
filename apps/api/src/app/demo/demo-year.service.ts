import {
  addDays,
  CHECK_IN_QUESTIONS,
  dueCheckInPeriod,
  isoDayIn,
  listFields,
  Member,
  Period,
  periodOf,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { CheckInsService } from '../check-ins/check-ins.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { assertAnonymised } from '../common/privacy';
import { OrganisationsService } from '../organisations/organisations.service';
import {
  promptIdOf,
  ReflectionModelsService,
  ResolvedModel,
} from '../reflections/reflection-models.service';
import { ReflectionsService } from '../reflections/reflections.service';
import { TeamAgreementsService } from '../team-agreements/team-agreements.service';
import { TeamSessionsService } from '../team-sessions/team-sessions.service';
import {
  DEMO_AGREEMENTS,
  DEMO_CHECK_IN_ACTIONS,
  DEMO_CHECK_IN_ANSWERS,
  DEMO_CHECK_IN_CADENCE,
  DEMO_CHECK_IN_MEMBERS,
  DEMO_SESSIONS,
} from './demo-team-work.data';
import { DEMO_REFLECTIONS, DemoReflection, DemoTeam } from './demo-year.data';

/** The models of the demo's reflections and sessions, by their index in the data. */
export interface DemoModels {
  reflections: (ResolvedModel | null)[];
  sessions: (ResolvedModel | null)[];
}

function promptAnswersOf(item: DemoReflection) {
  return (item.model?.answers ?? []).map((answer, index) => ({
    promptId: promptIdOf(index),
    answer,
  }));
}

/** How many periods of check-ins before the running one: a year's worth. */
const PAST_PERIODS = { monthly: 12, quarterly: 4 } as const;

/** An instant on a day, at noon (Amsterdam is never a day off at noon UTC). */
function at(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/**
 * A year of vakmanschap for the demo organisation: reflections, team sessions, team agreements
 * with their history, check-ins and the actions two answers became. Written through the contexts'
 * services inside the seed's transaction, after the same checks the API makes: the privacy
 * check on every text, a bundled model with its own prompts, review dates after the agreement.
 */
type SeededCheckIn = Awaited<ReturnType<CheckInsService['seedCheckIn']>>;

@Injectable()
export class DemoYearService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly reflections: ReflectionsService,
    private readonly models: ReflectionModelsService,
    private readonly sessions: TeamSessionsService,
    private readonly agreements: TeamAgreementsService,
    private readonly checkIns: CheckInsService,
    private readonly actions: ActionsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The models the demo's reflections and sessions name, checked against the bundled library with
   * their prompts. Before the seed's transaction: the library is read on its own connection.
   */
  async prepare(): Promise<DemoModels> {
    const reflections: (ResolvedModel | null)[] = [];
    for (const item of DEMO_REFLECTIONS) {
      reflections.push(
        await this.models.resolve(null, item.model?.id ?? null, promptAnswersOf(item)),
      );
    }
    const sessions: (ResolvedModel | null)[] = [];
    for (const item of DEMO_SESSIONS) {
      sessions.push(await this.models.resolve(null, item.modelId ?? null, []));
    }
    return { reflections, sessions };
  }

  async seed(
    manager: EntityManager,
    organisationId: string,
    teamIds: Record<DemoTeam, string>,
    openRoundId: string | null,
    models: DemoModels,
  ): Promise<void> {
    const members = await this.organisations.listMembers(organisationId, manager);
    const userOf = (email: string): string => {
      const member = members.find((m) => m.email === email);
      if (!member) {
        throw new Error(`demo member ${email} missing`);
      }
      return member.userId;
    };
    const today = isoDayIn(this.clock.now());
    const reflectionIds = await this.seedReflections(
      manager,
      organisationId,
      teamIds,
      userOf,
      today,
      models.reflections,
    );
    await this.seedSessions(
      manager,
      organisationId,
      teamIds,
      reflectionIds,
      userOf,
      today,
      models.sessions,
    );
    await this.seedAgreements(manager, organisationId, teamIds, userOf, today);
    const running = await this.seedCheckIns(manager, organisationId, teamIds, userOf, today);
    const officer = members.find((m) => m.role === 'quality-officer');
    if (openRoundId && officer) {
      await this.seedActions(
        manager,
        actorOf(officer, organisationId),
        openRoundId,
        running,
        today,
      );
    }
  }

  private async seedReflections(
    manager: EntityManager,
    organisationId: string,
    teamIds: Record<DemoTeam, string>,
    userOf: (email: string) => string,
    today: string,
    models: (ResolvedModel | null)[],
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, item] of DEMO_REFLECTIONS.entries()) {
      const promptAnswers = promptAnswersOf(item);
      assertAnonymised(
        [
          ...promptAnswers.map((a, index) => ({
            field: `promptAnswers[${index}].answer`,
            value: a.answer,
          })),
          ...listFields('steps', item.steps),
          { field: 'decision', value: item.decision },
          { field: 'insight', value: item.insight },
        ],
        this.clock.now(),
      );
      const model = models[index];
      const date = addDays(today, -item.daysAgo);
      const row = await this.reflections.seed(manager, {
        organisationId,
        teamId: teamIds[item.team],
        authorUserId: userOf(item.author),
        date,
        decisionKind: item.decisionKind,
        dilemmas: item.dilemmas,
        modelId: model?.id ?? null,
        modelVersion: model?.version ?? null,
        promptAnswers,
        considerations: item.considerations,
        steps: item.steps,
        decision: item.decision,
        insight: item.insight,
        isShared: item.shared,
        createdAt: at(date),
        updatedAt: at(date),
      });
      ids.push(row.id);
    }
    return ids;
  }

  private async seedSessions(
    manager: EntityManager,
    organisationId: string,
    teamIds: Record<DemoTeam, string>,
    reflectionIds: string[],
    userOf: (email: string) => string,
    today: string,
    models: (ResolvedModel | null)[],
  ): Promise<void> {
    for (const [sessionIndex, item] of DEMO_SESSIONS.entries()) {
      const texts = {
        stoodOut: item.stoodOut,
        similaritiesAndDifferences: item.similaritiesAndDifferences,
        insights: item.insights,
        agreementsMade: item.agreementsMade,
      };
      assertAnonymised(
        Object.entries(texts).map(([field, value]) => ({ field, value })),
        this.clock.now(),
      );
      // Only reflections shared with this team can be discussed in its session.
      for (const index of item.reflections) {
        const reflection = DEMO_REFLECTIONS[index];
        if (!reflection?.shared || reflection.team !== item.team) {
          throw new Error(`demo session discusses reflection ${index}, not shared in its team`);
        }
      }
      const model = models[sessionIndex];
      const date = addDays(today, -item.daysAgo);
      await this.sessions.seed(manager, {
        organisationId,
        teamId: teamIds[item.team],
        sessionType: item.sessionType,
        date,
        presentCount: item.presentCount,
        reflectionIds: item.reflections.map((index) => reflectionIds[index]),
        modelId: model?.id ?? null,
        ...texts,
        recordedByUserId: userOf('teamleider@voorbeeld.nl'),
        createdAt: at(date),
        updatedAt: at(date),
      });
    }
  }

  private async seedAgreements(
    manager: EntityManager,
    organisationId: string,
    teamIds: Record<DemoTeam, string>,
    userOf: (email: string) => string,
    today: string,
  ): Promise<void> {
    for (const item of DEMO_AGREEMENTS) {
      const first = item.versions[0];
      const agreement = await this.agreements.seedAgreement(manager, {
        organisationId,
        teamId: teamIds[item.team],
        version: 1,
        createdAt: at(addDays(today, -first.daysAgo)),
      });
      let number = 0;
      for (const version of item.versions) {
        assertAnonymised(
          [
            { field: 'question', value: version.question },
            { field: 'agreement', value: version.agreement },
            { field: 'rationale', value: version.rationale },
          ],
          this.clock.now(),
        );
        const agreedOn = addDays(today, -version.daysAgo);
        const reviewOn =
          version.reviewInDays === undefined ? null : addDays(today, version.reviewInDays);
        if (reviewOn !== null && reviewOn < agreedOn) {
          throw new Error(`demo agreement "${version.question}" is reviewed before it was made`);
        }
        number += 1;
        await this.agreements.seedVersion(manager, {
          agreementId: agreement.id,
          version: number,
          question: version.question,
          agreementText: version.agreement,
          rationale: version.rationale,
          agreedOn,
          reviewOn,
          status: version.status,
          changedByUserId: userOf(version.by),
          changedAt: at(agreedOn),
        });
      }
    }
  }

  /**
   * Every member answered the past periods but now and then one; in the running period not yet
   * everyone, so the check-in reminder has someone to remind. Returns the running periods' answers.
   */
  private async seedCheckIns(
    manager: EntityManager,
    organisationId: string,
    teamIds: Record<DemoTeam, string>,
    userOf: (email: string) => string,
    today: string,
  ): Promise<Map<string, SeededCheckIn>> {
    const running = new Map<string, SeededCheckIn>();
    for (const team of Object.keys(DEMO_CHECK_IN_CADENCE) as DemoTeam[]) {
      const cadence = DEMO_CHECK_IN_CADENCE[team];
      const teamId = teamIds[team];
      await this.checkIns.seedSchedule(manager, {
        teamId,
        organisationId,
        cadence,
        updatedAt: at(addDays(today, -365)),
      });
      const current = dueCheckInPeriod(today, cadence);
      const periods: Period[] = [current];
      while (periods.length <= PAST_PERIODS[cadence]) {
        periods.unshift(periodOf(addDays(periods[0].from, -1), current.unit));
      }
      const members = DEMO_CHECK_IN_MEMBERS[team];
      for (const [periodIndex, period] of periods.entries()) {
        const isRunning = period.key === current.key;
        for (const [memberIndex, email] of members.entries()) {
          // The running period: the first two have answered, the third is still due.
          const skip = isRunning ? memberIndex >= 2 : (periodIndex + memberIndex) % 5 === 4;
          if (skip) {
            continue;
          }
          const answers =
            DEMO_CHECK_IN_ANSWERS[(periodIndex + memberIndex) % DEMO_CHECK_IN_ANSWERS.length];
          assertAnonymised(
            CHECK_IN_QUESTIONS.map((question) => ({
              field: `answers.${question}`,
              value: answers[question],
            })),
            this.clock.now(),
          );
          const answeredOn = isRunning ? today : addDays(period.to, -3);
          const row = await this.checkIns.seedCheckIn(manager, {
            organisationId,
            teamId,
            authorUserId: userOf(email),
            periodKey: period.key,
            answers: { ...answers },
            actionLinks: [],
            createdAt: at(answeredOn),
            updatedAt: at(answeredOn),
          });
          if (isRunning) {
            running.set(`${team}:${memberIndex}`, row);
          }
        }
      }
    }
    return running;
  }

  /** Two answers of the running period become verbeteracties of the open round. */
  private async seedActions(
    manager: EntityManager,
    officer: Actor,
    roundId: string,
    running: Map<string, SeededCheckIn>,
    today: string,
  ): Promise<void> {
    for (const item of DEMO_CHECK_IN_ACTIONS) {
      const checkIn = running.get(`${item.team}:${item.member}`);
      if (!checkIn) {
        throw new Error(`demo check-in of ${item.team} member ${item.member} missing`);
      }
      const action = await this.actions.create(
        officer,
        roundId,
        {
          criterionCode: item.criterionCode,
          title: item.title,
          description: checkIn.answers[item.question],
          dueDate: addDays(today, item.dueInDays),
        },
        manager,
      );
      checkIn.actionLinks = [
        ...checkIn.actionLinks,
        { question: item.question, actionId: action.id },
      ];
      await this.checkIns.seedCheckIn(manager, checkIn);
    }
  }
}

function actorOf(member: Member, organisationId: string): Actor {
  return {
    organisationId,
    membershipId: member.id,
    role: member.role,
    userId: member.userId,
    displayName: member.displayName,
  };
}
