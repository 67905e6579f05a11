import { formatDate } from '@labelklaar/domain';

import { Pipe, PipeTransform } from '@angular/core';

/**
 * Formats an ISO date in the UI language: `{{ member.joinedAt | lkDate: lang() }}` →
 * `3 december 2026`. The formatting pipes (lkDate, lkDateTime, lkScore) all go through
 * the one formatter in libs/domain (common/format.ts) that the exports use too.
 */
@Pipe({ name: 'lkDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: string): string {
    return formatDate(value, lang);
  }
}
