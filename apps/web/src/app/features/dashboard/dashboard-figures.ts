/**
 * Chart series built from the API's figures. Nothing is recomputed here: every number comes as the
 * API computed it with `libs/domain`; these functions only reshape and label it for ngx-charts.
 */
import {
  CRITERION_STATUSES,
  CriterionStatus,
  DomainReadiness,
  formatDate,
  HeatmapRow,
  OrganisationTrend,
  SectorReadiness,
  StatusCounts,
  TrendPoint,
} from '@labelklaar/domain';

import { SERIES_COLORS, SERIES_DASHES, STATUS_COLORS } from '../../shared/ui/charts/chart-colors';
import type { Translate } from './dashboard-i18n';

export interface BarDatum {
  name: string;
  value: number;
}

export interface CustomColor {
  name: string;
  value: string;
}

export interface LineSeries {
  name: string;
  series: BarDatum[];
}

export interface HeatmapColumn {
  name: string;
  series: { name: string; value: number; extra: { code: string; level: number | null } }[];
}

/** One line of the trend: its label and how it is drawn (colour and dash, so never colour alone). */
export interface SeriesStyle {
  name: string;
  color: string;
  dash: string;
}

/** Domains without a score (nothing applicable) get no bar: zero would claim a result. */
export function domainBars(domains: DomainReadiness[]): BarDatum[] {
  return domains
    .filter((domain): domain is DomainReadiness & { score: number } => domain.score !== null)
    .map((domain) => ({ name: domain.title, value: domain.score }));
}

export function statusBars(counts: StatusCounts, t: Translate): BarDatum[] {
  return CRITERION_STATUSES.map((status) => ({
    name: statusLabel(status, t),
    value: counts[status],
  }));
}

export function statusColors(t: Translate): CustomColor[] {
  return CRITERION_STATUSES.map((status) => ({
    name: statusLabel(status, t),
    value: STATUS_COLORS[status],
  }));
}

export function statusLabel(status: CriterionStatus, t: Translate): string {
  return t(`rounds.criterionStatus.${status}`);
}

export const HEATMAP_COLUMNS = ['level', 'metLevel', 'targetLevel'] as const;
export type HeatmapColumnKey = (typeof HEATMAP_COLUMNS)[number];

/**
 * Columns current / met / target, one row per criterion (by code). A criterion without a level
 * shows as level 0, the lightest cell; the table and the tooltip say "not scored". ngx-charts
 * draws the first row at the bottom, so the rows go in reversed to read top-down in rubric order.
 */
export function heatmapColumns(rows: HeatmapRow[], t: Translate): HeatmapColumn[] {
  const topDown = [...rows].reverse();
  return HEATMAP_COLUMNS.map((key) => ({
    name: t(`dashboard.heatmap.columns.${key}`),
    series: topDown.map((row) => ({
      name: row.code,
      value: row[key] ?? 0,
      extra: { code: row.code, level: row[key] },
    })),
  }));
}

/** Highest level of the rubric's scales in the round, the top of the heatmap's colour scale. */
export function heatmapMax(rows: HeatmapRow[]): number {
  return rows.reduce((max, row) => Math.max(max, row.maxLevel), 1);
}

/**
 * Round labels for the x axis; two rounds with one title are told apart by their target date,
 * written out in the UI language (`3 december 2026`), never as an ISO date.
 */
export function roundLabels(rounds: TrendPoint[], lang = 'nl'): string[] {
  return rounds.map((round) =>
    rounds.filter((other) => other.title === round.title).length > 1
      ? `${round.title} (${formatDate(round.targetDate, lang)})`
      : round.title,
  );
}

/** Overall first, then each domain in the order of the latest round; gaps where a score is null. */
export function trendSeries(trend: OrganisationTrend, t: Translate, lang = 'nl'): LineSeries[] {
  const labels = roundLabels(trend.rounds, lang);
  const points = (score: (round: TrendPoint) => number | null | undefined) =>
    trend.rounds.flatMap((round, index) => {
      const value = score(round);
      return value === null || value === undefined ? [] : [{ name: labels[index], value }];
    });
  const overall = { name: t('dashboard.trend.overall'), series: points((r) => r.overall) };
  const domains = trendDomains(trend).map((domain) => ({
    name: domain.title,
    series: points((r) => r.domains.find((d) => d.code === domain.code)?.score),
  }));
  return [overall, ...domains];
}

export function trendDomains(trend: OrganisationTrend): { code: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const round of [...trend.rounds].reverse()) {
    for (const domain of round.domains) {
      if (!seen.has(domain.code)) {
        seen.set(domain.code, domain.title);
      }
    }
  }
  return [...seen].map(([code, title]) => ({ code, title }));
}

export function seriesStyles(series: LineSeries[]): SeriesStyle[] {
  return series.map((line, index) => ({
    name: line.name,
    color: SERIES_COLORS[index % SERIES_COLORS.length],
    dash: SERIES_DASHES[index % SERIES_DASHES.length],
  }));
}

/** A line needs two points; with fewer rounds the table tells the story. */
export function canDrawTrend(series: LineSeries[]): boolean {
  return series.some((line) => line.series.length > 1);
}

export function sectorMedianBars(sector: SectorReadiness): BarDatum[] {
  return sector.domains
    .filter((domain): domain is typeof domain & { median: number } => domain.median !== null)
    .map((domain) => ({ name: domain.title, value: domain.median }));
}
