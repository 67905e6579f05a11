import {
  ACTION_REFLECTION_MAX_LENGTH,
  ACTION_STATUSES,
  ActionStatus,
  canChangeActionStatus,
  ImprovementAction,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';

export interface ActionStatusChange {
  action: ImprovementAction;
  status: ActionStatus;
  reflection: string | null;
}

/** One improvement action; with `canEdit` its status can change, done with a reflection. */
@Component({
  selector: 'lk-action-item',
  imports: [TextLimitComponent, TextLimitDirective, RouterLink, TranslocoPipe, LocalDatePipe],
  templateUrl: './action-item.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionItemComponent {
  readonly action = input.required<ImprovementAction>();
  readonly lang = input.required<string>();
  readonly canEdit = input(false);
  readonly showCriterion = input(false);
  readonly statusChanged = output<ActionStatusChange>();

  protected readonly reflectionMax = ACTION_REFLECTION_MAX_LENGTH;
  protected readonly chosen = signal<ActionStatus | null>(null);
  protected readonly reflection = signal<string | null>(null);
  protected readonly reflectionMissing = signal(false);
  /** Only the moves the improvement cycle allows (done can be reopened, cancelled picked up). */
  protected readonly statuses = computed(() =>
    ACTION_STATUSES.filter((status) => canChangeActionStatus(this.action().status, status)),
  );
  protected readonly status = computed(() => this.chosen() ?? this.action().status);
  protected readonly reflectionText = computed(
    () => this.reflection() ?? this.action().reflection ?? '',
  );

  protected choose(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value as ActionStatus);
    this.reflectionMissing.set(false);
  }

  protected write(event: Event): void {
    this.reflection.set((event.target as HTMLTextAreaElement).value);
  }

  protected save(): void {
    const status = this.status();
    const reflection = this.reflectionText().trim();
    if (status === 'done' && reflection === '') {
      this.reflectionMissing.set(true);
      return;
    }
    this.statusChanged.emit({ action: this.action(), status, reflection: reflection || null });
    this.chosen.set(null);
    this.reflection.set(null);
  }
}
