import { DecisionModel } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, forkJoin, of, switchMap } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { modelTexts } from '../../vakmanschap/model-texts';
import { DecisionModelsApiService } from '../data-access/decision-models-api.service';
import { draftName } from '../draft-content';

/**
 * "Besluitmodellen": every model the organisation can use, with when it suits, its steps and its
 * source; the label owner's and the quality officer's drafts below, to start, edit and publish.
 */
@Component({
  selector: 'lk-decision-models-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './decision-models-page.component.html',
  styleUrl: './decision-models-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionModelsPageComponent {
  private readonly api = inject(DecisionModelsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly permissions = inject(PermissionsStore);
  protected readonly author = computed(() => this.permissions.can('decision-model.author'));
  /** The label owner's staff write the library's models; a quality officer the organisation's. */
  protected readonly forLabel = computed(() => (this.session.me()?.memberships.length ?? 0) === 0);

  protected readonly models = rxResource({
    stream: () =>
      this.api
        .list()
        .pipe(
          switchMap((list) =>
            list.length ? forkJoin(list.map((model) => this.api.model(model.id))) : of([]),
          ),
        ),
  });
  protected readonly drafts = rxResource({
    params: () => (this.author() ? true : undefined),
    stream: () => this.api.drafts(),
  });
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.models.error() ?? this.drafts.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
  protected readonly draftName = draftName;

  protected texts(model: DecisionModel) {
    return modelTexts(model, this.language.active());
  }

  /** An empty draft, or a copy of a model, opened in the editor. */
  protected async startDraft(from?: string): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const draft = await firstValueFrom(this.api.createDraft(from));
      await this.router.navigate(['/decision-models/drafts', draft.id]);
    } catch (error) {
      this.actionError.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    } finally {
      this.busy.set(false);
    }
  }
}
