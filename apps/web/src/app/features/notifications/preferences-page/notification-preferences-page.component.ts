import {
  NOTIFICATION_DELIVERIES,
  NotificationCategory,
  NotificationDelivery,
  NotificationPreference,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { NotificationsApiService } from '../data-access/notifications-api.service';

/** "Meldingen": per category at once, in the daily digest, or off; saved on every choice. */
@Component({
  selector: 'lk-notification-preferences-page',
  imports: [TranslocoPipe, LiveMessageComponent],
  templateUrl: './notification-preferences-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationPreferencesPageComponent {
  private readonly api = inject(NotificationsApiService);

  protected readonly deliveries = NOTIFICATION_DELIVERIES;
  protected readonly preferences = signal<NotificationPreference[]>([]);
  protected readonly saved = signal<string | null>(null);

  constructor() {
    this.api.preferences().subscribe((body) => this.preferences.set(body.preferences));
  }

  protected choose(category: NotificationCategory, delivery: NotificationDelivery): void {
    this.saved.set(null);
    this.api.updatePreferences({ preferences: [{ category, delivery }] }).subscribe((body) => {
      this.preferences.set(body.preferences);
      this.saved.set(`notifications.preferences.saved.${delivery}`);
    });
  }
}
