import {
  ACTION_DESCRIPTION_MAX_LENGTH,
  ACTION_TITLE_MAX_LENGTH,
  FindingResponse,
  LeerrapportFinding,
  RESPONSE_TEXT_MAX_LENGTH,
} from '@labelklaar/domain';

import { Dialog } from '@angular/cdk/dialog';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { LeerrapportApiService } from '../data-access/leerrapport-api.service';
import {
  FindingActionChoice,
  FindingActionDialogComponent,
  FindingActionDialogData,
} from '../finding-action-dialog/finding-action-dialog.component';
import { JudgementLabelComponent } from '../judgement-label/judgement-label.component';

/** What changed on a finding: the organisation's response, or the action made from it. */
export interface FindingChange {
  reviewId: string;
  criterionCode: string;
  response?: FindingResponse;
  actionId?: string;
}

/**
 * One reviewer's finding in the leerrapport, with the organisation's response (hoor en
 * wederhoor) and the button that turns it into a verbeteractie.
 */
@Component({
  selector: 'lk-leerrapport-finding',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDateTimePipe,
    JudgementLabelComponent,
  ],
  templateUrl: './leerrapport-finding.component.html',
  styleUrl: './leerrapport-finding.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeerrapportFindingComponent {
  private readonly leerrapportApi = inject(LeerrapportApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(Dialog);
  protected readonly language = inject(LanguageService);

  readonly criterionCode = input.required<string>();
  readonly finding = input.required<LeerrapportFinding>();
  readonly canRespond = input(false);
  readonly canCreateAction = input(false);
  readonly changed = output<FindingChange>();

  protected readonly responseMax = RESPONSE_TEXT_MAX_LENGTH;
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(RESPONSE_TEXT_MAX_LENGTH)],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly editing = signal(false);
  protected readonly creating = signal(false);
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  protected readonly fieldId = computed(
    () => `response-${this.finding().reviewId}-${this.criterionCode()}`,
  );

  protected edit(): void {
    this.form.setValue({ text: this.finding().response?.text ?? '' });
    this.submission.reset();
    this.editing.set(true);
  }

  protected async respond(): Promise<void> {
    const { reviewId } = this.finding();
    const text = this.form.getRawValue().text.trim();
    this.feedback.set(null);
    const saved = await this.submission.submit(() =>
      this.leerrapportApi.respond(reviewId, this.criterionCode(), text),
    );
    if (!saved) {
      return;
    }
    this.editing.set(false);
    const response = saved.response ?? undefined;
    this.changed.emit({ reviewId, criterionCode: this.criterionCode(), response });
    this.announce('success', 'reviews.leerrapport.responseSaved');
  }

  /** Asks in which open round, for whom and by when, then plans the action. */
  protected async createAction(): Promise<void> {
    const finding = this.finding();
    const code = this.criterionCode();
    this.feedback.set(null);
    const ref = this.dialog.open<FindingActionChoice | null, FindingActionDialogData>(
      FindingActionDialogComponent,
      {
        data: {
          criterionCode: code,
          title: this.transloco
            .translate('reviews.leerrapport.actionTitle', {
              code,
              organisation: finding.reviewerOrganisationName,
            })
            .slice(0, ACTION_TITLE_MAX_LENGTH),
        },
        ariaLabelledBy: 'lk-finding-action-title',
        ariaDescribedBy: 'lk-finding-action-message',
        autoFocus: 'first-tabbable',
        restoreFocus: true,
        panelClass: 'dialog-panel',
        backdropClass: 'dialog-backdrop',
      },
    );
    const choice = await firstValueFrom(ref.closed);
    if (!choice) {
      return;
    }
    this.creating.set(true);
    try {
      const action = await firstValueFrom(
        this.leerrapportApi.createAction(finding.reviewId, code, {
          ...choice,
          description: finding.finding.slice(0, ACTION_DESCRIPTION_MAX_LENGTH),
        }),
      );
      this.changed.emit({ reviewId: finding.reviewId, criterionCode: code, actionId: action.id });
      this.announce('success', 'reviews.leerrapport.actionCreated', { title: action.title });
    } catch (error) {
      const text = toUserMessage(error, (key) => this.transloco.translate(key));
      this.feedback.set({ kind: 'error', text });
    } finally {
      this.creating.set(false);
    }
  }

  private announce(kind: LiveMessageKind, key: string, params: Record<string, string> = {}): void {
    this.feedback.set({ kind, text: this.transloco.translate(key, params) });
  }
}
