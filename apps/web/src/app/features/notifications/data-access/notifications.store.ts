import { Injectable, signal } from '@angular/core';

/** The unread count, shared by the bell and the notification centre that changes it. */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  readonly unread = signal(0);
}
