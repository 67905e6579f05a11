import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';

import { LanguageService } from '../../core/i18n/language.service';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Translates in TypeScript and, read in a `computed`, recomputes once another language has loaded. */
export interface DashboardI18n {
  t: Translate;
  lang: () => string;
}

export function injectDashboardI18n(): DashboardI18n {
  const transloco = inject(TranslocoService);
  const language = inject(LanguageService);
  const loaded = toSignal(transloco.selectTranslation(), { initialValue: null });
  return {
    t: (key, params) => {
      loaded();
      return transloco.translate(key, params);
    },
    lang: () => {
      loaded();
      return language.active();
    },
  };
}
