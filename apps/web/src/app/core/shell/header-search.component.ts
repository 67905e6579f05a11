import { SEARCH_QUERY_MAX_LENGTH } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The search field in the header: criteria and evidence of the active organisation. */
@Component({
  selector: 'lk-header-search',
  imports: [ReactiveFormsModule, TranslocoPipe],
  template: `
    <form class="header-search" role="search" action="/search" (submit)="go($event)">
      <label class="visually-hidden" for="header-search-input">{{
        'search.header.label' | transloco
      }}</label>
      <input
        id="header-search-input"
        class="header-search__input"
        type="search"
        name="q"
        enterkeyhint="search"
        autocomplete="off"
        [attr.maxlength]="max"
        [placeholder]="'search.header.placeholder' | transloco"
        [formControl]="query"
      />
      <button type="submit" class="header-button header-search__button">
        {{ 'search.header.submit' | transloco }}
      </button>
    </form>
  `,
  styles: `
    :host {
      display: flex;
      min-width: 0;
    }
    .header-search {
      display: flex;
      gap: 0.25rem;
      align-items: center;
      min-width: 0;
    }
    .header-search__input {
      width: 14rem;
      min-width: 0;
      padding: 0.4rem 0.6rem;
      border: 1px solid rgb(255 255 255 / 45%);
      border-radius: 0.375rem;
      background: rgb(255 255 255 / 10%);
      color: inherit;
      font: inherit;
    }
    .header-search__input::placeholder {
      color: rgb(255 255 255 / 75%);
    }
    @media (max-width: 40rem) {
      :host,
      .header-search {
        flex: 1 1 100%;
      }
      .header-search__input {
        flex: 1;
        width: auto;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeaderSearchComponent {
  private readonly router = inject(Router);
  protected readonly max = SEARCH_QUERY_MAX_LENGTH;
  protected readonly query = new FormControl('', { nonNullable: true });

  protected go(event: Event): void {
    event.preventDefault();
    const q = this.query.value.trim();
    void this.router.navigate(['/search'], { queryParams: q ? { q } : {} });
  }
}
