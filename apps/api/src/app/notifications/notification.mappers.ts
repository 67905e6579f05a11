import { NotificationResponseDto } from './dto/notification-response.dto';
import { NotificationRow } from './notifications.repository';

export function mapNotification(row: NotificationRow): NotificationResponseDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    category: row.category,
    kind: row.kind,
    params: row.params,
    link: row.link,
    createdAt: new Date(row.createdAt).toISOString(),
    readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
  };
}
