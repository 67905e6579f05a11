import { AccountProfile } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { AccountApiService } from '../data-access/account-api.service';
import { DeleteAccountSectionComponent } from './delete-account-section.component';
import { EmailSectionComponent } from './email-section.component';
import { ProfileSectionComponent } from './profile-section.component';
import { SessionsSectionComponent } from './sessions-section.component';

/** "Mijn account": own details, password, e-mail address, sessions, and the way to notifications. */
@Component({
  selector: 'lk-account-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    EmailSectionComponent,
    ProfileSectionComponent,
    SessionsSectionComponent,
    DeleteAccountSectionComponent,
  ],
  templateUrl: './account-page.component.html',
  styleUrl: './account-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPageComponent {
  private readonly api = inject(AccountApiService);

  protected readonly profile = rxResource({ stream: () => this.api.profile() });

  protected updated(profile: AccountProfile): void {
    this.profile.set(profile);
  }
}
