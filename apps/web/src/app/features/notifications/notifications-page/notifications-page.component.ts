import { NotificationItem, notificationText } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';

import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { NotificationsApiService } from '../data-access/notifications-api.service';
import { NotificationsStore } from '../data-access/notifications.store';

interface ShownNotification {
  item: NotificationItem;
  title: string;
  body: string;
  isUnread: boolean;
}

/** The notification centre: newest first, a deep link each, mark read, mark all read. */
@Component({
  selector: 'lk-notifications-page',
  imports: [LocalDateTimePipe, RouterLink, TranslocoPipe],
  templateUrl: './notifications-page.component.html',
  styleUrl: './notifications-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPageComponent {
  private readonly api = inject(NotificationsApiService);
  private readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly language = toSignal(
    this.transloco.langChanges$.pipe(map((lang) => (lang === 'en' ? 'en' : 'nl'))),
    { initialValue: 'nl' as const },
  );
  protected readonly items = signal<NotificationItem[]>([]);
  protected readonly nextBefore = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly unread = this.store.unread;
  protected readonly shown = computed<ShownNotification[]>(() =>
    this.items().map((item) => ({
      item,
      ...notificationText(item.kind, this.language(), item.params),
      isUnread: item.readAt === null,
    })),
  );

  constructor() {
    this.load();
  }

  protected load(before?: string): void {
    this.api.list(before).subscribe((list) => {
      this.items.update((current) => (before ? [...current, ...list.items] : list.items));
      this.nextBefore.set(list.nextBefore);
      this.store.unread.set(list.unreadCount);
      this.loaded.set(true);
    });
  }

  protected open(shown: ShownNotification): void {
    if (shown.isUnread) {
      this.markRead([shown.item.id]);
    }
    void this.router.navigateByUrl(shown.item.link);
  }

  protected markRead(ids: string[]): void {
    this.api.markRead(ids).subscribe((result) => this.applyRead(ids, result.unreadCount));
  }

  protected markAllRead(): void {
    const ids = this.items().map((item) => item.id);
    this.api.markAllRead().subscribe((result) => this.applyRead(ids, result.unreadCount));
  }

  private applyRead(ids: string[], unreadCount: number): void {
    const now = new Date().toISOString();
    const read = new Set(ids);
    this.items.update((items) =>
      items.map((item) => (read.has(item.id) && !item.readAt ? { ...item, readAt: now } : item)),
    );
    this.store.unread.set(unreadCount);
  }
}
