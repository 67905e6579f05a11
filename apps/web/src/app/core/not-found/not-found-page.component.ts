import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'lk-not-found-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <section class="card card--narrow">
      <h1>{{ 'notFound.title' | transloco }}</h1>
      <p>{{ 'notFound.text' | transloco }}</p>
      <a class="button" routerLink="/">{{ 'notFound.homeLink' | transloco }}</a>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPageComponent {}
