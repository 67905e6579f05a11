import { ModuleWithProviders } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../public/i18n/en.json';
import nl from '../../public/i18n/nl.json';

/** The real translation files, preloaded, so specs find elements by their Dutch labels. */
export function translocoTesting(
  defaultLang: 'nl' | 'en' = 'nl',
): ModuleWithProviders<TranslocoTestingModule> {
  return TranslocoTestingModule.forRoot({
    langs: { nl, en },
    translocoConfig: { availableLangs: ['nl', 'en'], defaultLang, reRenderOnLangChange: true },
    preloadLangs: true,
  });
}
