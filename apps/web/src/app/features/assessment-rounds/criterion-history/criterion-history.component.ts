import { ACTION_STATUSES, formatDate, JsonValue, RoundEvent } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const MAX_TEXT = 120;

/** Fields a reader understands; ids and other technical fields stay out of the history view. */
export const HISTORY_FIELDS = [
  'title',
  'level',
  'targetLevel',
  'rationale',
  'notApplicable',
  'notApplicableReason',
  'state',
  'ownerName',
  'source',
  'evidenceKind',
  'documentDate',
  'validUntil',
  'status',
  'description',
  'dueDate',
  'reflection',
  'ambitions',
  'bottlenecks',
  'targetDate',
  'contentHash',
  // A new version of linked evidence
  'revision',
  'fileName',
  'url',
] as const;
const SHOWN = new Set<string>(HISTORY_FIELDS);
/** Calendar days, shown in words like everywhere else ("26 november 2026"). */
const DATE_FIELDS = new Set<string>(['documentDate', 'validUntil', 'dueDate', 'targetDate']);

export type Translate = (key: string) => string;

function show(
  field: string,
  value: JsonValue | undefined,
  translate: Translate,
  lang: string,
): string {
  if (value === undefined || value === null || value === '') {
    return '—';
  }
  if (typeof value === 'string' && DATE_FIELDS.has(field)) {
    return formatDate(value, lang);
  }
  if (typeof value === 'boolean') {
    return translate(value ? 'common.yes' : 'common.no');
  }
  const key = typeof value === 'string' ? valueKey(field, value) : null;
  if (key) {
    return translate(key);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Coded values read as words: a state, a status, a kind of source. */
function valueKey(field: string, value: string): string | null {
  if (field === 'state') {
    return `rounds.state.${value}`;
  }
  if (field === 'source') {
    return `evidence.source.${value}`;
  }
  if (field === 'status') {
    return (ACTION_STATUSES as readonly string[]).includes(value)
      ? `actions.status.${value}`
      : `rounds.status.${value}`;
  }
  return null;
}

/** What an event changed: every readable field whose shown value differs before and after. */
export function changesOf(event: RoundEvent, translate: Translate, lang = 'nl'): FieldChange[] {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => SHOWN.has(field))
    .map((field) => ({
      field: translate(`rounds.history.fields.${field}`),
      before: show(field, before[field], translate, lang),
      after: show(field, after[field], translate, lang),
    }))
    .filter((change) => change.before !== change.after);
}

/** The criterion's audit trail, newest first: who, when, what, before and after. */
@Component({
  selector: 'lk-criterion-history',
  imports: [TranslocoPipe, LocalDateTimePipe],
  template: `
    @if (entries().length === 0) {
      <p class="muted">{{ 'rounds.history.none' | transloco }}</p>
    } @else {
      <ol class="item-list">
        @for (entry of entries(); track entry.event.id) {
          <li class="item">
            <p class="item__meta">
              <time [attr.datetime]="entry.event.occurredAt">{{
                entry.event.occurredAt | lkDateTime: lang()
              }}</time>
              <span>{{
                entry.event.actor?.displayName ?? ('rounds.history.system' | transloco)
              }}</span>
            </p>
            <p class="history__type">
              {{ 'rounds.history.types.' + entry.event.type | transloco }}
            </p>
            @if (entry.changes.length > 0) {
              <ul class="history__changes">
                @for (change of entry.changes; track change.field) {
                  <li>
                    <strong>{{ change.field }}</strong>: {{ change.before }} → {{ change.after }}
                  </li>
                }
              </ul>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .history__type {
      margin: 0.25rem 0;
      font-weight: 600;
    }
    .history__changes {
      margin: 0;
      padding-inline-start: 1.25rem;
      font-size: 0.925rem;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionHistoryComponent {
  private readonly transloco = inject(TranslocoService);

  readonly events = input.required<RoundEvent[]>();
  readonly lang = input.required<string>();

  protected readonly entries = computed(() => {
    // Read the language so the labels and dates follow a switch.
    const lang = this.lang();
    const translate: Translate = (key) => this.transloco.translate(key);
    return [...this.events()].reverse().map((event) => ({
      event,
      changes: changesOf(event, translate, lang),
    }));
  });
}
