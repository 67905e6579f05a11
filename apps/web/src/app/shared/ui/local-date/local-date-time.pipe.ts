import { formatDateTime } from '@labelklaar/domain';

import { Pipe, PipeTransform } from '@angular/core';

/** Formats an instant with date and time in the UI language: `{{ event.occurredAt | lkDateTime: lang() }}`. */
@Pipe({ name: 'lkDateTime' })
export class LocalDateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: string): string {
    return formatDateTime(value, lang);
  }
}
