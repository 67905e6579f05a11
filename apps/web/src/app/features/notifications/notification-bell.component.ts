import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, switchMap, timer } from 'rxjs';

import { NotificationsApiService } from './data-access/notifications-api.service';
import { NotificationsStore } from './data-access/notifications.store';

/** Polling once a minute is enough: nothing in the label's work is urgent to the second. */
const POLL_MS = 60_000;

/** The bell in the header: the unread count, a link to the notification centre. */
@Component({
  selector: 'lk-notification-bell',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <a
      class="header-button notification-bell"
      routerLink="/notifications"
      [attr.aria-label]="'notifications.bell.label' | transloco: { count: unread() }"
    >
      <svg
        aria-hidden="true"
        width="18"
        height="18"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      @if (unread() > 0) {
        <span class="notification-bell__count" aria-hidden="true">{{ unread() }}</span>
      }
    </a>
  `,
  styles: `
    .notification-bell {
      position: relative;
      display: inline-flex;
      align-items: center;
    }
    .notification-bell__count {
      position: absolute;
      top: -6px;
      right: -8px;
      min-width: 18px;
      padding: 0 4px;
      border-radius: 9px;
      background: #b3261e;
      color: #fff;
      font-size: 11px;
      line-height: 18px;
      text-align: center;
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBellComponent {
  private readonly api = inject(NotificationsApiService);
  private readonly store = inject(NotificationsStore);

  protected readonly unread = this.store.unread;

  constructor() {
    timer(0, POLL_MS)
      .pipe(
        switchMap(() =>
          this.api.list().pipe(
            map((list) => list.unreadCount),
            catchError(() => of(this.unread())),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((count) => this.unread.set(count));
  }
}
