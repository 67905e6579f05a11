import { Pipe, PipeTransform } from '@angular/core';

import { formatScore } from './chart-format';

/** A readiness percentage in the UI language: `{{ domain.score | lkScore: lang() }}` → `42,5%`. */
@Pipe({ name: 'lkScore' })
export class ScorePipe implements PipeTransform {
  transform(value: number | null | undefined, lang: string): string {
    return formatScore(value ?? null, lang);
  }
}
