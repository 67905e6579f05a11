import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { RUBRIC_CONTENT_LANG } from '../rubric-content';
import { FieldRow } from './rubric-compare.view';

/** One criterion's changed fields, the earlier and the later version side by side. */
@Component({
  selector: 'lk-field-changes-table',
  imports: [TranslocoPipe],
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-labelledby]="labelledBy()">
      <table
        class="table table--stacked field-changes"
        role="table"
        [attr.aria-labelledby]="labelledBy()"
      >
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{{ 'rubrics.compare.field' | transloco }}</th>
            <th scope="col" role="columnheader">
              {{ 'rubrics.compare.version' | transloco: { version: from() } }}
            </th>
            <th scope="col" role="columnheader">
              {{ 'rubrics.compare.version' | transloco: { version: to() } }}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          @for (field of fields(); track $index) {
            <tr role="row">
              <th scope="row" role="rowheader">{{ field.label }}</th>
              <td
                role="cell"
                [attr.lang]="lang()"
                [attr.data-label]="'rubrics.compare.version' | transloco: { version: from() }"
              >
                <span class="prewrap">{{ field.from }}</span>
              </td>
              <td
                role="cell"
                [attr.lang]="lang()"
                [attr.data-label]="'rubrics.compare.version' | transloco: { version: to() }"
              >
                <span class="prewrap">{{ field.to }}</span>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .field-changes th[scope='row'] {
      width: 22%;
    }
    .field-changes td {
      width: 39%;
      vertical-align: top;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldChangesTableComponent {
  readonly fields = input.required<FieldRow[]>();
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  readonly labelledBy = input.required<string>();
  /** The language of the values: the rubric's Dutch, or English for `en.*` fields. */
  readonly lang = input<string>(RUBRIC_CONTENT_LANG);
}
