import { Membership } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Chooses the organisation to work in; the page data follows the choice. */
@Component({
  selector: 'lk-organisation-switcher',
  imports: [TranslocoPipe],
  template: `
    <label class="header-field__label" for="lk-organisation-switcher">
      {{ 'shell.organisationSwitcher.label' | transloco }}
    </label>
    <select
      id="lk-organisation-switcher"
      class="header-field__select"
      [disabled]="busy()"
      (change)="choose($event)"
    >
      @if (!activeOrganisationId()) {
        <option value="" selected disabled>
          {{ 'shell.organisationSwitcher.none' | transloco }}
        </option>
      }
      @for (membership of memberships(); track membership.organisationId) {
        <option
          [value]="membership.organisationId"
          [selected]="membership.organisationId === activeOrganisationId()"
        >
          {{ membership.organisationName }}
        </option>
      }
    </select>
  `,
  host: { class: 'header-field' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationSwitcherComponent {
  readonly memberships = input.required<Membership[]>();
  readonly activeOrganisationId = input<string | null>(null);
  readonly busy = input(false);
  readonly switched = output<string>();

  protected choose(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    if (id && id !== this.activeOrganisationId()) {
      this.switched.emit(id);
    }
  }
}
