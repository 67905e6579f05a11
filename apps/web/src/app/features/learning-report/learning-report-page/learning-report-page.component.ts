import {
  ACTION_STATUSES,
  DECISION_KINDS,
  DILEMMAS,
  NO_MODEL_KEY,
  parsePeriodKey,
  TEAM_SESSION_TYPES,
  type LearningReport,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { BarChartModule } from '@swimlane/ngx-charts';
import { catchError, of } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { BAR_SCHEME } from '../../../shared/ui/charts/chart-colors';
import { ChartPanelComponent } from '../../../shared/ui/charts/chart-panel/chart-panel.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { injectDashboardI18n } from '../../dashboard/dashboard-i18n';
import { TeamsApiService } from '../../teams/data-access/teams-api.service';
import { AggregatePanelComponent } from '../aggregate-panel/aggregate-panel.component';
import {
  LearningReportApiService,
  LearningReportQuery,
} from '../data-access/learning-report-api.service';
import { LearningEvidenceFormComponent } from '../learning-evidence-form/learning-evidence-form.component';
import {
  currentQuarterKey,
  periodChoices,
  periodLabel,
  todayIso,
} from '../learning-report-periods';

/** The value of the scope picker for the whole organisation. */
export const ORGANISATION_SCOPE = '';

const KNOWN = {
  dilemma: new Set<string>(DILEMMAS),
  decisionKind: new Set<string>(DECISION_KINDS),
  sessionType: new Set<string>(TEAM_SESSION_TYPES),
  actionStatus: new Set<string>(ACTION_STATUSES),
};

/**
 * "Leerverslag": what a team or the whole organisation did in professional decision-making and
 * team learning in a quarter or a year; counts only, and nothing resting on fewer than three
 * authors. The quality officer links it as evidence to vakmanschap criteria of an open round.
 */
@Component({
  selector: 'lk-learning-report-page',
  imports: [
    TranslocoPipe,
    RouterLink,
    BarChartModule,
    ChartPanelComponent,
    AggregatePanelComponent,
    LiveMessageComponent,
    LocalDatePipe,
    LearningEvidenceFormComponent,
  ],
  templateUrl: './learning-report-page.component.html',
  styleUrl: './learning-report-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearningReportPageComponent {
  private readonly api = inject(LearningReportApiService);
  private readonly teamsApi = inject(TeamsApiService);
  private readonly permissions = inject(PermissionsStore);
  protected readonly session = inject(SessionStore);
  protected readonly i18n = injectDashboardI18n();
  protected readonly scheme = BAR_SCHEME;

  private readonly today = todayIso();
  protected readonly periods = periodChoices(this.today);

  /**
   * The quality officer and the manager read every team's report and the organisation's; a
   * contributor only that of a team they lead (the API refuses the rest).
   */
  protected readonly readsAll = computed(
    () => this.permissions.can('learning-evidence.link') || this.permissions.isReadOnly(),
  );
  protected readonly canLink = computed(() => this.permissions.can('learning-evidence.link'));

  protected readonly teams = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.teamsApi.list(),
  });
  protected readonly teamChoices = computed(() => {
    const teams = this.teams.hasValue() ? this.teams.value() : [];
    return this.readsAll() ? teams : teams.filter((team) => team.myRole === 'lead');
  });

  protected readonly periodKey = signal(currentQuarterKey(this.today));
  private readonly chosenTeam = signal<string | null>(null);
  /** The chosen team; by default the organisation, or the first team a lead leads. */
  protected readonly teamId = computed(() => {
    const chosen = this.chosenTeam();
    if (chosen !== null) {
      return chosen;
    }
    return this.readsAll() ? ORGANISATION_SCOPE : (this.teamChoices()[0]?.id ?? null);
  });

  protected readonly query = computed<LearningReportQuery | undefined>(() => {
    const period = parsePeriodKey(this.periodKey());
    const team = this.teamId();
    if (!period || team === null) {
      return undefined;
    }
    return team === ORGANISATION_SCOPE
      ? { from: period.from, to: period.to }
      : { team, from: period.from, to: period.to };
  });

  protected readonly report = rxResource({
    params: () => {
      const query = this.query();
      return query ? { query, org: this.session.activeOrganisationId() } : undefined;
    },
    stream: ({ params }) => this.api.report(params.query),
  });
  protected readonly loadError = computed(() =>
    this.report.error() ? toUserMessage(this.report.error(), this.i18n.t) : null,
  );

  private readonly models = rxResource({
    stream: () => this.api.decisionModels().pipe(catchError(() => of([]))),
  });
  private readonly modelNames = computed(() => {
    const en = this.i18n.lang() === 'en';
    return new Map(
      (this.models.hasValue() ? this.models.value() : []).map((model) => [
        model.id,
        (en ? model.en?.name : undefined) ?? model.name,
      ]),
    );
  });

  /** The report, once it has loaded (and still while the next one loads). */
  protected readonly data = computed<LearningReport | null>(() =>
    this.report.hasValue() ? this.report.value() : null,
  );

  protected readonly periodTitle = computed(() =>
    periodLabel(this.periodKey(), this.i18n.t, this.i18n.lang()),
  );
  protected readonly scopeTitle = computed(() => {
    const scope = this.data()?.scope;
    return scope?.kind === 'team'
      ? this.i18n.t('learningReport.scope.team', { name: scope.teamName })
      : this.i18n.t('learningReport.scope.organisation');
  });

  protected readonly modelLabel = (key: string): string =>
    key === NO_MODEL_KEY
      ? this.i18n.t('learningReport.reflections.noModel')
      : (this.modelNames().get(key) ?? key);
  protected readonly dilemmaLabel = (key: string): string =>
    KNOWN.dilemma.has(key) ? this.i18n.t(`learningReport.dilemma.${key}`) : key;
  protected readonly decisionKindLabel = (key: string): string =>
    KNOWN.decisionKind.has(key) ? this.i18n.t(`learningReport.decisionKind.${key}`) : key;
  protected readonly checkInPeriodLabel = (key: string): string =>
    periodLabel(key, this.i18n.t, this.i18n.lang());
  protected sessionTypeLabel(key: string): string {
    return KNOWN.sessionType.has(key) ? this.i18n.t(`learningReport.sessionType.${key}`) : key;
  }
  protected statusLabel(key: string): string {
    return KNOWN.actionStatus.has(key) ? this.i18n.t(`actions.status.${key}`) : key;
  }

  protected readonly sessionBars = computed(() =>
    (this.data()?.sessions.byType ?? []).map((row) => ({
      name: this.sessionTypeLabel(row.sessionType),
      value: row.count,
    })),
  );
  protected readonly sessionSummary = computed(() => {
    const sessions = this.data()?.sessions;
    return sessions
      ? this.i18n.t('learningReport.sessions.summary', {
          count: sessions.total,
          present: sessions.totalPresent,
        })
      : '';
  });

  protected readonly actionBars = computed(() =>
    (this.data()?.actions.byStatus ?? []).map((row) => ({
      name: this.statusLabel(row.status),
      value: row.count,
    })),
  );
  protected readonly actionSummary = computed(() =>
    this.i18n.t('learningReport.actions.summary', { count: this.data()?.actions.total ?? 0 }),
  );

  protected readonly formatCount = (value: number) => String(value);
  protected readonly formatTick = (value: number) => (Number.isInteger(value) ? String(value) : '');

  protected chooseTeam(event: Event): void {
    this.chosenTeam.set((event.target as HTMLSelectElement).value);
  }

  protected choosePeriod(event: Event): void {
    this.periodKey.set((event.target as HTMLSelectElement).value);
  }
}
