import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { DEFAULT_LANGUAGE, isLanguage, Language } from './language';

const STORAGE_KEY = 'labelklaar.language';

/** The active UI language: remembered in localStorage and mirrored on `<html lang>`. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  readonly active = computed<Language>(() => {
    const lang = this.transloco.activeLang();
    return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  });
  readonly other = computed<Language>(() => (this.active() === 'nl' ? 'en' : 'nl'));

  /** Activates the remembered language and waits for its translations, so the first paint has text. */
  async init(): Promise<void> {
    const lang = this.remembered() ?? DEFAULT_LANGUAGE;
    this.apply(lang);
    try {
      await firstValueFrom(this.transloco.load(lang));
    } catch {
      // Without translations the app still works with keys shown; the language switch can retry.
    }
  }

  use(lang: Language): void {
    this.apply(lang);
    this.remember(lang);
  }

  /**
   * The account's language at login, on a device where nobody chose one: a choice made here (the
   * switch, or the account page) stays. Not remembered, so a later change on the account counts.
   */
  adopt(lang: Language): void {
    if (!this.remembered() && lang !== this.active()) {
      this.apply(lang);
    }
  }

  toggle(): void {
    this.use(this.other());
  }

  private apply(lang: Language): void {
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
  }

  private remembered(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLanguage(stored) ? stored : null;
    } catch {
      return null;
    }
  }

  private remember(lang: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Storage can be blocked (private mode); the choice then lasts for this visit only.
    }
  }
}
