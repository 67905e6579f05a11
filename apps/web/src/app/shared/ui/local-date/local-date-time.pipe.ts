import { Pipe, PipeTransform } from '@angular/core';

import { isLanguage, LOCALE_BY_LANGUAGE } from '../../../core/i18n/language';

/** Formats an instant with date and time in the UI language: `{{ event.occurredAt | lkDateTime: lang() }}`. */
@Pipe({ name: 'lkDateTime' })
export class LocalDateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: string): string {
    if (!value) {
      return '';
    }
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      return value;
    }
    const locale = isLanguage(lang) ? LOCALE_BY_LANGUAGE[lang] : lang;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      date,
    );
  }
}
