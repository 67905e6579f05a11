import {
  ACTION_TITLE_MAX_LENGTH,
  isDueDateInPast,
  isoDayIn,
  isRoundOpen,
  possibleOwners,
} from '@labelklaar/domain';

import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';

import { AssessmentRoundsApiService } from '../../assessment-rounds/data-access/assessment-rounds-api.service';
import { MembersApiService } from '../../members/data-access/members-api.service';

export interface FindingActionDialogData {
  criterionCode: string;
  title: string;
}

/** What the dialog answers: where, for whom and by when the action is planned. */
export interface FindingActionChoice {
  roundId: string;
  title: string;
  ownerMemberId: string | null;
  dueDate: string | null;
}

/**
 * Turning a finding into a verbeteractie asks in which open round, for whom and by when; a due
 * date in the past is refused here as the API refuses it.
 */
@Component({
  selector: 'lk-finding-action-dialog',
  imports: [TranslocoPipe],
  templateUrl: './finding-action-dialog.component.html',
  host: { class: 'dialog' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FindingActionDialogComponent {
  private readonly dialogRef = inject<DialogRef<FindingActionChoice | null>>(DialogRef);
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly membersApi = inject(MembersApiService);
  protected readonly data = inject<FindingActionDialogData>(DIALOG_DATA);
  protected readonly today = isoDayIn(new Date());
  protected readonly titleMax = ACTION_TITLE_MAX_LENGTH;

  protected readonly rounds = rxResource({ stream: () => this.roundsApi.list() });
  protected readonly members = rxResource({ stream: () => this.membersApi.list() });
  protected readonly openRounds = computed(() =>
    this.rounds.hasValue() ? this.rounds.value().filter((round) => isRoundOpen(round.status)) : [],
  );
  protected readonly owners = computed(() =>
    this.members.hasValue() ? possibleOwners(this.members.value()) : [],
  );

  protected readonly title = signal(this.data.title);
  protected readonly roundId = signal('');
  protected readonly ownerId = signal('');
  protected readonly dueDate = signal('');
  protected readonly errors = signal<{ round?: string; dueDate?: string; title?: string }>({});

  /** The newest open round is the likely one; the person still chooses. */
  protected readonly chosenRound = computed(() => this.roundId() || this.openRounds()[0]?.id || '');

  /** The date is read from the field itself: a date picker does not always send input events. */
  protected submit(event: Event, dueDate: string): void {
    event.preventDefault();
    this.dueDate.set(dueDate);
    const errors: { round?: string; dueDate?: string; title?: string } = {};
    if (!this.chosenRound()) {
      errors.round = 'roundReview.findingAction.roundRequired';
    }
    if (!this.title().trim()) {
      errors.title = 'roundReview.findingAction.titleRequired';
    }
    if (!this.dueDate()) {
      errors.dueDate = 'roundReview.findingAction.dueDateRequired';
    } else if (isDueDateInPast(this.dueDate(), this.today)) {
      errors.dueDate = 'roundReview.findingAction.dueDatePast';
    }
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) {
      return;
    }
    this.dialogRef.close({
      roundId: this.chosenRound(),
      title: this.title().trim(),
      ownerMemberId: this.ownerId() || null,
      dueDate: this.dueDate(),
    });
  }

  protected dueChanged(value: string): void {
    this.dueDate.set(value);
    this.errors.update((errors) => ({ ...errors, dueDate: undefined }));
  }

  protected cancel(): void {
    this.dialogRef.close(null);
  }
}
