import {
  CHECK_IN_CADENCES,
  CHECK_IN_QUESTIONS,
  CheckIn,
  CheckInAnswers,
  CheckInCadence,
  CheckInQuestion,
  TEAM_LEARNING_LIMITS,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map, of } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { AssessmentRoundsApiService } from '../../assessment-rounds/data-access/assessment-rounds-api.service';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { TeamsApiService } from '../../teams/data-access/teams-api.service';
import { VakmanschapApiService } from '../data-access/vakmanschap-api.service';

function answerControls(): FormGroup<Record<CheckInQuestion, FormControl<string>>> {
  return new FormGroup(
    Object.fromEntries(
      CHECK_IN_QUESTIONS.map((question) => [
        question,
        new FormControl('', {
          nonNullable: true,
          validators: [Validators.maxLength(TEAM_LEARNING_LIMITS.text)],
        }),
      ]),
    ) as Record<CheckInQuestion, FormControl<string>>,
  );
}

/** The answer being turned into an improvement action. */
interface ActionTarget {
  checkIn: CheckIn;
  question: CheckInQuestion;
}

/**
 * The five prikkelende vragen of a team: the cadence (set by a lead), my answers for the running
 * period, the team's answers, and "maak hier een verbeteractie van" for a lead.
 */
@Component({
  selector: 'lk-check-ins-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './check-ins-page.component.html',
  styles: `
    .check-in-answers {
      display: grid;
      gap: 1rem;
    }
    .check-in-answer p {
      margin-block: 0.25rem 0.5rem;
    }
    .check-in-answer__question {
      margin: 0;
      font-size: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInsPageComponent {
  readonly teamId = input.required<string>();

  private readonly api = inject(VakmanschapApiService);
  private readonly teamsApi = inject(TeamsApiService);
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);

  protected readonly questions = CHECK_IN_QUESTIONS;
  protected readonly cadences = CHECK_IN_CADENCES;
  protected readonly limits = TEAM_LEARNING_LIMITS;

  private readonly params = computed(() => ({
    id: this.teamId(),
    organisation: this.session.activeOrganisationId(),
  }));
  protected readonly team = rxResource({
    params: this.params,
    stream: ({ params }) => this.teamsApi.get(params.id),
  });
  protected readonly schedule = rxResource({
    params: this.params,
    stream: ({ params }) => this.api.schedule(params.id),
  });
  protected readonly checkIns = rxResource({
    params: this.params,
    stream: ({ params }) => this.api.checkIns(params.id),
  });
  /** A lead (or the quality officer) sets the cadence and turns answers into actions. */
  protected readonly isLead = computed(() => {
    const team = this.team.value();
    return (
      team?.myRole === 'lead' ||
      (this.permissions.can('teams.manage') && this.session.role() === 'quality-officer')
    );
  });
  /** The open rounds an action may go to; only for leads who see rounds. */
  protected readonly openRounds = rxResource({
    params: () => (this.isLead() && this.permissions.can('rounds.list') ? true : undefined),
    stream: ({ params }) =>
      params
        ? this.roundsApi.list().pipe(map((rounds) => rounds.filter((r) => r.status === 'draft')))
        : of([]),
  });
  protected readonly loadError = computed(() => {
    const error = this.team.error() ?? this.schedule.error() ?? this.checkIns.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
  protected readonly mine = computed(() => (this.checkIns.value() ?? []).find((c) => c.isOwn));

  protected readonly cadenceControl = new FormControl<CheckInCadence>('quarterly', {
    nonNullable: true,
  });
  protected readonly cadenceForm = new FormGroup({ cadence: this.cadenceControl });
  protected readonly form = answerControls();
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly feedback = signal<{ kind: 'success' | 'error'; text: string } | null>(null);
  private filledFor: string | null = null;

  protected readonly actionTarget = signal<ActionTarget | null>(null);
  protected readonly actionForm = new FormGroup({
    roundId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    criterionCode: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    dueDate: new FormControl('', { nonNullable: true }),
  });
  protected readonly actionSubmission = injectFormSubmission(this.actionForm);
  private readonly roundId = signal('');
  /** The criteria of the chosen round's rubric, by code and title in the UI language. */
  protected readonly criteria = rxResource({
    params: () => (this.openRounds.value() ?? []).find((r) => r.id === this.roundId()),
    stream: ({ params }) =>
      params
        ? this.rubricsApi.version(params.rubricId, params.rubricVersion).pipe(
            map((rubric) =>
              rubric.domains.flatMap((domain) =>
                domain.criteria.map((criterion) => ({
                  code: criterion.code,
                  title:
                    this.language.active() === 'en' && criterion.en
                      ? criterion.en.title
                      : criterion.title,
                })),
              ),
            ),
          )
        : of([]),
  });

  constructor() {
    // My earlier answers fill the form once, when they arrive; the cadence shows as saved.
    effect(() => {
      const mine = this.mine();
      if (mine && this.filledFor !== mine.id) {
        this.filledFor = mine.id;
        this.form.setValue(mine.answers);
      }
    });
    effect(() => {
      const schedule = this.schedule.value();
      if (schedule && this.cadenceControl.pristine) {
        this.cadenceControl.setValue(schedule.cadence);
      }
    });
    this.actionForm.controls.roundId.valueChanges.subscribe((id) => {
      this.roundId.set(id);
      this.actionForm.controls.criterionCode.setValue('');
    });
  }

  protected actionFor(checkIn: CheckIn, question: CheckInQuestion): boolean {
    return checkIn.actions.some((action) => action.question === question);
  }

  protected async saveCadence(): Promise<void> {
    this.feedback.set(null);
    try {
      const schedule = await firstValueFrom(
        this.api.setSchedule(this.teamId(), this.cadenceControl.value),
      );
      this.schedule.set(schedule);
      this.cadenceControl.markAsPristine();
      this.checkIns.reload();
      this.feedback.set({
        kind: 'success',
        text: this.transloco.translate('teamWork.checkIns.cadenceSaved'),
      });
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    }
  }

  protected async submit(): Promise<void> {
    this.feedback.set(null);
    const answers: CheckInAnswers = this.form.getRawValue();
    const period = this.schedule.value()?.currentPeriod.key;
    const saved = await this.submission.submit(() =>
      this.api.answerCheckIn(this.teamId(), answers, period),
    );
    if (!saved) {
      return;
    }
    this.filledFor = saved.id;
    this.checkIns.update((list) => [saved, ...(list ?? []).filter((c) => c.id !== saved.id)]);
    this.schedule.reload();
    this.feedback.set({
      kind: 'success',
      text: this.transloco.translate('teamWork.checkIns.saved'),
    });
  }

  protected startAction(checkIn: CheckIn, question: CheckInQuestion): void {
    this.actionTarget.set({ checkIn, question });
    this.actionSubmission.reset();
    const rounds = this.openRounds.value() ?? [];
    this.actionForm.reset({
      roundId: rounds.length === 1 ? rounds[0].id : '',
      criterionCode: '',
      title: checkIn.answers[question].slice(0, 200),
      dueDate: '',
    });
    setTimeout(() => document.getElementById('check-in-action-title')?.focus());
  }

  protected async createAction(): Promise<void> {
    const target = this.actionTarget();
    if (!target) {
      return;
    }
    const value = this.actionForm.getRawValue();
    const updated = await this.actionSubmission.submit(() =>
      this.api.checkInAction(target.checkIn.id, {
        question: target.question,
        roundId: value.roundId,
        criterionCode: value.criterionCode,
        title: value.title,
        dueDate: value.dueDate || null,
      }),
    );
    if (!updated) {
      return;
    }
    this.checkIns.update((list) => list?.map((c) => (c.id === updated.id ? updated : c)));
    this.actionTarget.set(null);
    this.feedback.set({
      kind: 'success',
      text: this.transloco.translate('teamWork.checkIns.actionCreated'),
    });
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
