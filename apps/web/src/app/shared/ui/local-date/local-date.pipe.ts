import { Pipe, PipeTransform } from '@angular/core';

import { isLanguage, LOCALE_BY_LANGUAGE } from '../../../core/i18n/language';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats an ISO date in the UI language: `{{ member.joinedAt | lkDate: lang() }}`. */
@Pipe({ name: 'lkDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: string): string {
    if (!value) {
      return '';
    }
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      return value;
    }
    const locale = isLanguage(lang) ? LOCALE_BY_LANGUAGE[lang] : lang;
    // A calendar date (2026-01-01) is midnight UTC; formatting it in UTC keeps the same day everywhere.
    const timeZone = DATE_ONLY.test(value) ? 'UTC' : undefined;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
  }
}
