import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../i18n/language.service';

/** One button that offers the other language, labelled in that language (Dutch ⇄ English). */
@Component({
  selector: 'lk-language-switch',
  imports: [TranslocoPipe],
  template: `
    <button type="button" class="header-button" (click)="language.toggle()">
      <span [attr.lang]="language.other()">{{ 'shell.language.switchTo' | transloco }}</span>
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitchComponent {
  protected readonly language = inject(LanguageService);
}
