import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { modelTexts } from '../../vakmanschap/model-texts';
import { DecisionModelsApiService } from '../data-access/decision-models-api.service';

/** One decision model: when it suits, its steps as prompts, an example case and its source. */
@Component({
  selector: 'lk-decision-model-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent],
  templateUrl: './decision-model-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionModelPageComponent {
  private readonly api = inject(DecisionModelsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly permissions = inject(PermissionsStore);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  readonly modelId = input.required<string>();

  protected readonly model = rxResource({
    params: () => this.modelId(),
    stream: ({ params }) => this.api.model(params),
  });
  protected readonly texts = computed(() => {
    const model = this.model.value();
    return model ? modelTexts(model, this.language.active()) : null;
  });
  protected readonly author = computed(() => this.permissions.can('decision-model.author'));
  /** The label owner's staff make a new version of it; a quality officer a model of their own. */
  protected readonly forLabel = computed(() => (this.session.me()?.memberships.length ?? 0) === 0);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notFound = computed(() => {
    const error = this.model.error() as { status?: number } | undefined;
    return error?.status === 404;
  });
  protected readonly error = computed(() => {
    const error = this.model.error();
    return error && !this.notFound()
      ? toUserMessage(error, (key) => this.transloco.translate(key))
      : this.actionError();
  });

  protected async copy(): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const draft = await firstValueFrom(this.api.createDraft(this.modelId()));
      await this.router.navigate(['/decision-models/drafts', draft.id]);
    } catch (error) {
      this.actionError.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    } finally {
      this.busy.set(false);
    }
  }
}
