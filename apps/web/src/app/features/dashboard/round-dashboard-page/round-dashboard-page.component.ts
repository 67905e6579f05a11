import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  ViewEncapsulation,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { ActionOwnersComponent } from '../action-owners/action-owners.component';
import { AuditBlockersComponent } from '../audit-blockers/audit-blockers.component';
import { CriteriaHeatmapComponent } from '../criteria-heatmap/criteria-heatmap.component';
import { DashboardNavComponent } from '../dashboard-nav/dashboard-nav.component';
import { RoundDashboardApiService } from '../data-access/round-dashboard-api.service';
import { DomainReadinessChartComponent } from '../domain-readiness-chart/domain-readiness-chart.component';
import { ExpiringEvidenceComponent } from '../expiring-evidence/expiring-evidence.component';
import { ExportLinksComponent } from '../export-links/export-links.component';
import { ReadinessOverviewComponent } from '../readiness-overview/readiness-overview.component';
import { StatusCountsChartComponent } from '../status-counts-chart/status-counts-chart.component';

/** The readiness dashboard of one round: every member's view, the manager's home. */
@Component({
  selector: 'lk-round-dashboard-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    LocalDatePipe,
    ActionOwnersComponent,
    AuditBlockersComponent,
    CriteriaHeatmapComponent,
    DashboardNavComponent,
    DomainReadinessChartComponent,
    ExpiringEvidenceComponent,
    ExportLinksComponent,
    ReadinessOverviewComponent,
    StatusCountsChartComponent,
  ],
  templateUrl: './round-dashboard-page.component.html',
  styleUrl: '../dashboard-print.scss',
  // The print rules reach the shell around the page (header, footer), hence no encapsulation;
  // Angular removes them again when the page is left.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundDashboardPageComponent {
  private readonly api = inject(RoundDashboardApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  readonly roundId = input.required<string>();

  protected readonly report = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.api.readiness(params.id),
  });
  private readonly rubric = rxResource({
    params: () => {
      const round = this.report.hasValue() ? this.report.value().round : null;
      return round ? { id: round.rubricId, version: round.rubricVersion } : undefined;
    },
    stream: ({ params }) => this.rubricsApi.version(params.id, params.version),
  });
  protected readonly kindLabels = computed(() => {
    const lang = this.language.active();
    const kinds = this.rubric.hasValue() ? this.rubric.value().evidenceKinds : [];
    return new Map(kinds.map((kind) => [kind.key, kind.label[lang]]));
  });
  protected readonly error = computed(() => {
    const error = this.report.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
