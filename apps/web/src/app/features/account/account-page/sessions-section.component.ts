import { AccountSession, summariseUserAgent } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Observable } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { AccountApiService } from '../data-access/account-api.service';

interface SessionRow extends AccountSession {
  /** Translated in the template, so the text follows a change of language at once. */
  device: { key: string; params: Record<string, string> };
}

/** "Actieve sessies": where the account is logged in, ending one or every other. */
@Component({
  selector: 'lk-account-sessions-section',
  imports: [TranslocoPipe, LiveMessageComponent, LocalDateTimePipe],
  templateUrl: './sessions-section.component.html',
  styleUrl: './sessions-section.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsSectionComponent {
  private readonly api = inject(AccountApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  protected readonly sessions = rxResource({ stream: () => this.api.sessions() });
  protected readonly rows = computed<SessionRow[]>(() => {
    const sessions = this.sessions.hasValue() ? this.sessions.value() : [];
    return sessions.map((session) => ({ ...session, device: this.deviceOf(session) }));
  });
  protected readonly hasOthers = computed(() => this.rows().some((row) => !row.current));
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected end(row: SessionRow): Promise<void> {
    return this.run(this.api.endSession(row.id), 'accountPage.sessions.ended');
  }

  protected endOthers(): Promise<void> {
    return this.run(this.api.endOtherSessions(), 'accountPage.sessions.endedOthers');
  }

  private async run(request: Observable<void>, doneKey: string): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.message.set(null);
    this.error.set(null);
    try {
      await firstValueFrom(request);
      this.message.set(this.transloco.translate(doneKey));
      this.sessions.reload();
    } catch (error) {
      this.error.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    } finally {
      this.busy.set(false);
    }
  }

  private deviceOf(session: AccountSession): SessionRow['device'] {
    const { browser, system } = summariseUserAgent(session.userAgent);
    if (browser && system) {
      return { key: 'accountPage.sessions.browserOn', params: { browser, system } };
    }
    const name = browser ?? system;
    return name
      ? { key: 'accountPage.sessions.deviceName', params: { name } }
      : { key: 'accountPage.sessions.unknownDevice', params: {} };
  }
}
