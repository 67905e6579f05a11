import {
  NotificationList,
  NotificationPreferences,
  NotificationUnreadCount,
  UnsubscribeResult,
  UpdateNotificationPreferences,
} from '@labelklaar/domain';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** The notification centre, the preferences and the unsubscribe link. */
@Injectable({ providedIn: 'root' })
export class NotificationsApiService {
  private readonly http = inject(HttpClient);

  list(before?: string): Observable<NotificationList> {
    const params = before ? new HttpParams().set('before', before) : undefined;
    return this.http.get<NotificationList>('/api/v1/me/notifications', { params });
  }

  markRead(ids: string[]): Observable<NotificationUnreadCount> {
    return this.http.post<NotificationUnreadCount>('/api/v1/me/notifications/read', { ids });
  }

  markAllRead(): Observable<NotificationUnreadCount> {
    return this.http.post<NotificationUnreadCount>('/api/v1/me/notifications/read', {
      all: true,
    });
  }

  preferences(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>('/api/v1/me/notification-preferences');
  }

  updatePreferences(body: UpdateNotificationPreferences): Observable<NotificationPreferences> {
    return this.http.put<NotificationPreferences>('/api/v1/me/notification-preferences', body);
  }

  describeUnsubscribe(token: string): Observable<UnsubscribeResult> {
    const params = new HttpParams().set('token', token);
    return this.http.get<UnsubscribeResult>('/api/v1/unsubscribe', { params });
  }

  unsubscribe(token: string): Observable<UnsubscribeResult> {
    return this.http.post<UnsubscribeResult>('/api/v1/unsubscribe', { token });
  }
}
