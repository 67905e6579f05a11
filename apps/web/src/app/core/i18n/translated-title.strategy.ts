import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, map, switchMap } from 'rxjs';

/** Route titles are translation keys; the document title follows the active language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly pageKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    combineLatest([this.pageKey, this.transloco.langChanges$])
      .pipe(switchMap(([key, lang]) => this.transloco.load(lang).pipe(map(() => this.format(key)))))
      .subscribe((text) => this.title.setTitle(text));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.next(this.buildTitle(snapshot));
  }

  private format(key: string | undefined): string {
    const appName = this.transloco.translate('common.appName');
    if (!key) {
      return appName;
    }
    return this.transloco.translate('shell.pageTitle', {
      page: this.transloco.translate(key),
      appName,
    });
  }
}
