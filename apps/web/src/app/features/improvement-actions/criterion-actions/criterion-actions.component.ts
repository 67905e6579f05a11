import {
  ACTION_DESCRIPTION_MAX_LENGTH,
  ACTION_TITLE_MAX_LENGTH,
  ImprovementAction,
  isDueDateInPast,
  isoDayIn,
  Member,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { notInPast } from '../../../shared/forms/date-validators';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { ActionItemComponent, ActionStatusChange } from '../action-item/action-item.component';
import { ImprovementActionsApiService } from '../data-access/improvement-actions-api.service';

/** The improvement actions of one criterion in a round, and a form to plan a new one. */
@Component({
  selector: 'lk-criterion-actions',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    ActionItemComponent,
  ],
  templateUrl: './criterion-actions.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionActionsComponent {
  private readonly actionsApi = inject(ImprovementActionsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly roundId = input.required<string>();
  readonly criterionCode = input.required<string>();
  readonly owners = input<Member[]>([]);
  readonly canEdit = input(false);

  protected readonly titleMax = ACTION_TITLE_MAX_LENGTH;
  protected readonly descriptionMax = ACTION_DESCRIPTION_MAX_LENGTH;
  protected readonly actions = rxResource({
    params: () => ({ roundId: this.roundId(), criterionCode: this.criterionCode() }),
    stream: ({ params }) => this.actionsApi.list(params),
  });
  protected readonly list = computed(() => (this.actions.hasValue() ? this.actions.value() : []));
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(ACTION_TITLE_MAX_LENGTH)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(ACTION_DESCRIPTION_MAX_LENGTH)],
    }),
    ownerId: new FormControl('', { nonNullable: true }),
    dueDate: new FormControl('', { nonNullable: true, validators: [notInPast(isDueDateInPast)] }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  /** The browser's date picker offers no day before today; the API refuses one as well. */
  protected readonly today = isoDayIn(new Date());

  protected async create(): Promise<void> {
    const value = this.form.getRawValue();
    const created = await this.submission.submit(() =>
      this.actionsApi.create(this.roundId(), {
        criterionCode: this.criterionCode(),
        title: value.title.trim(),
        description: value.description,
        ownerId: value.ownerId || null,
        dueDate: value.dueDate || null,
      }),
    );
    if (created) {
      this.form.reset();
      this.submission.reset();
      this.actions.update((list) => [...(list ?? []), created]);
      this.say('success', 'actions.criterion.created', { title: created.title });
    }
  }

  protected async changeStatus({ action, status, reflection }: ActionStatusChange): Promise<void> {
    this.feedback.set(null);
    try {
      const updated = await firstValueFrom(
        this.actionsApi.update(action.id, { version: action.version, status, reflection }),
      );
      this.replace(updated);
      this.say('success', 'actions.item.saved', {
        title: updated.title,
        status: this.transloco.translate(`actions.status.${updated.status}`),
      });
    } catch (error) {
      const text = toUserMessage(error, (key) => this.transloco.translate(key));
      this.feedback.set({ kind: 'error', text });
      this.actions.reload();
    }
  }

  private replace(updated: ImprovementAction): void {
    this.actions.update((list) => list?.map((a) => (a.id === updated.id ? updated : a)));
  }

  private say(kind: LiveMessageKind, key: string, params: Record<string, unknown>): void {
    this.feedback.set({ kind, text: this.transloco.translate(key, params) });
  }
}
