import { Pipe, PipeTransform } from '@angular/core';

/**
 * An invitation's `expiresAt` is the instant its last day ends (midnight after it). Shown as a
 * date, that instant would read as the day after; one millisecond earlier is the last day itself.
 * `{{ review.expiresAt | lkLastDay | lkDate: lang }}`.
 */
@Pipe({ name: 'lkLastDay' })
export class LastDayPipe implements PipeTransform {
  transform(expiresAt: string | null | undefined): string | null {
    if (!expiresAt) {
      return null;
    }
    const instant = Date.parse(expiresAt);
    return Number.isNaN(instant) ? expiresAt : new Date(instant - 1).toISOString();
  }
}
