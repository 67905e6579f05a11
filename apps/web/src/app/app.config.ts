import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';

import { appRoutes } from './app.routes';
import { acceptLanguageInterceptor } from './core/http/accept-language.interceptor';
import { problemInterceptor } from './core/http/problem.interceptor';
import { LanguageService } from './core/i18n/language.service';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';
import { provideI18n } from './core/i18n/transloco.providers';
import { sessionExpiredInterceptor } from './core/session/session-expired.interceptor';
import { SessionStore } from './core/session/session.store';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(
      withInterceptors([acceptLanguageInterceptor, sessionExpiredInterceptor, problemInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideI18n(),
    // ngx-charts (the lazy dashboard routes) still animates with @angular/animations. The renderer
    // must sit at the root, where change detection flushes it; the async variant loads the engine
    // only when a chart first renders, and 'noop' keeps charts still.
    provideAnimationsAsync('noop'),
    // Translations and the session load together, so the first paint shows text and the right menu.
    provideAppInitializer(() =>
      Promise.all([inject(LanguageService).init(), inject(SessionStore).ensureLoaded()]),
    ),
  ],
};
