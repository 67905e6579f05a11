import { canRemoveComment, COMMENT_MAX_LENGTH, CriterionComment, Member } from '@labelklaar/domain';

import { ViewportScroller } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { CriterionCommentsApiService } from '../data-access/criterion-comments-api.service';
import { MentionPicker } from './mention-picker';

/** Overleg: the internal thread on a criterion, with @mentions that notify the member. */
@Component({
  selector: 'lk-criterion-comments',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    TextLimitDirective,
    TextLimitComponent,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDateTimePipe,
  ],
  templateUrl: './criterion-comments.component.html',
  styleUrl: './criterion-comments.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionCommentsComponent {
  private readonly commentsApi = inject(CriterionCommentsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly scroller = inject(ViewportScroller);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionStore);

  readonly roundId = input.required<string>();
  readonly criterionCode = input.required<string>();
  readonly members = input<Member[]>([]);
  readonly canWrite = input(false);
  readonly lang = input.required<string>();
  /** A comment was posted or taken back: the round's history has a new event. */
  readonly commented = output<void>();

  private readonly field = viewChild<ElementRef<HTMLTextAreaElement>>('commentField');
  protected readonly textMax = COMMENT_MAX_LENGTH;
  protected readonly comments = rxResource({
    params: () => ({ roundId: this.roundId(), code: this.criterionCode() }),
    stream: ({ params }) => this.commentsApi.list(params.roundId, params.code),
  });
  protected readonly picker = new MentionPicker(this.members);
  protected readonly posted = signal<string | null>(null);
  protected readonly removeError = signal<string | null>(null);
  protected readonly form = new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(COMMENT_MAX_LENGTH)],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);

  constructor() {
    // A mention's link ends in #comments; the thread loads after the router tried to scroll.
    const scrolled = signal(false);
    effect(() => {
      if (this.comments.hasValue() && !scrolled() && this.route.snapshot.fragment === 'comments') {
        scrolled.set(true);
        afterNextRender(() => this.scroller.scrollToAnchor('comments'), {
          injector: this.injector,
        });
      }
    });
  }

  protected follow(): void {
    const element = this.field()?.nativeElement;
    if (element) {
      this.picker.follow(element.value, element.selectionStart);
    }
  }

  protected keydown(event: KeyboardEvent): void {
    if (!this.picker.isOpen()) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.picker.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      this.pick();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.picker.close();
    }
  }

  protected pick(member?: Member): void {
    const element = this.field()?.nativeElement;
    const next = element ? this.picker.pick(element.value, member) : null;
    if (!element || !next) {
      return;
    }
    this.form.controls.body.setValue(next.text);
    element.focus();
    element.setSelectionRange(next.caret, next.caret);
  }

  protected async post(): Promise<void> {
    this.posted.set(null);
    const body = this.form.controls.body.value;
    const created = await this.submission.submit(() =>
      this.commentsApi.add(this.roundId(), this.criterionCode(), {
        body,
        mentions: this.picker.mentionsIn(body),
      }),
    );
    if (created) {
      this.added(created);
    }
  }

  /** Only the author, shortly after posting (the API checks the same rule). */
  protected canRemove(comment: CriterionComment): boolean {
    const userId = this.session.me()?.user.id;
    return userId !== undefined && canRemoveComment(comment, userId, new Date());
  }

  protected async remove(comment: CriterionComment): Promise<void> {
    this.removeError.set(null);
    this.posted.set(null);
    try {
      await firstValueFrom(
        this.commentsApi.remove(this.roundId(), this.criterionCode(), comment.id),
      );
      this.comments.update((list) => list?.filter((c) => c.id !== comment.id));
      this.posted.set(this.transloco.translate('comments.removed'));
      this.commented.emit();
    } catch (error) {
      this.removeError.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    }
  }

  private added(comment: CriterionComment): void {
    this.form.reset();
    this.submission.reset();
    this.picker.reset();
    this.comments.update((list) => [...(list ?? []), comment]);
    this.posted.set(this.transloco.translate('comments.form.posted'));
    this.commented.emit();
  }
}
