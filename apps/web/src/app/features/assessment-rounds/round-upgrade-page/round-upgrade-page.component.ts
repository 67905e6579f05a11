import { RoundUpgradeCriterion } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';

/**
 * The preview of a round's upgrade to a newer rubric version: per criterion what happens to its
 * answer, a choice of earlier answer for each merged criterion, and the upgrade itself.
 */
@Component({
  selector: 'lk-round-upgrade-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent],
  templateUrl: './round-upgrade-page.component.html',
  styleUrl: './round-upgrade-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundUpgradePageComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);

  readonly roundId = input.required<string>();

  protected readonly round = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.roundsApi.get(params.id),
  });
  protected readonly target = computed(() =>
    this.round.hasValue() ? this.round.value().newerVersion : null,
  );
  protected readonly preview = rxResource({
    params: () => {
      const to = this.target();
      return to ? { id: this.roundId(), to } : undefined;
    },
    stream: ({ params }) => this.roundsApi.upgradePreview(params.id, params.to),
  });
  /** Merged criterion → the earlier criterion whose answer it takes; the first one by default. */
  protected readonly choices = signal<Record<string, string>>({});
  protected readonly canUpgrade = computed(() => this.permissions.can('round.upgrade'));
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly loadError = computed(() =>
    this.preview.error() ? this.message(this.preview.error()) : null,
  );

  protected chosen(item: RoundUpgradeCriterion): string | undefined {
    return this.choices()[item.code] ?? item.candidates[0]?.criterionCode;
  }

  protected choose(code: string, source: string): void {
    this.choices.update((choices) => ({ ...choices, [code]: source }));
  }

  /** An unanswered criterion has nothing to take over, whatever its kind. */
  protected outcomeKey(item: RoundUpgradeCriterion): string {
    const unanswered = item.answer === null && item.outcome !== 'choose' && item.outcome !== 'new';
    return `rounds.upgrade.outcome.${unanswered ? 'unanswered' : item.outcome}`;
  }

  protected async upgrade(): Promise<void> {
    const preview = this.preview.hasValue() ? this.preview.value() : null;
    if (!preview) {
      return;
    }
    const confirmed = await this.confirmService.confirm({
      title: this.transloco.translate('rounds.upgrade.confirmTitle', { version: preview.to }),
      message: this.transloco.translate('rounds.upgrade.confirmMessage'),
      confirmLabel: this.transloco.translate('rounds.upgrade.button', { version: preview.to }),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
    if (!confirmed) {
      return;
    }
    const choices = Object.fromEntries(
      preview.criteria
        .filter((item) => item.outcome === 'choose')
        .flatMap((item) => {
          const source = this.chosen(item);
          return source ? [[item.code, source]] : [];
        }),
    );
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.roundsApi.upgrade(this.roundId(), preview.to, choices));
      await this.router.navigate(['/rounds', this.roundId()], { queryParams: { upgraded: 1 } });
    } catch (error) {
      this.error.set(this.message(error));
    } finally {
      this.busy.set(false);
    }
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
