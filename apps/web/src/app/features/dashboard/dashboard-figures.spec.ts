import { escapeHtml, formatScore } from '../../shared/ui/charts/chart-format';
import {
  canDrawTrend,
  domainBars,
  heatmapColumns,
  heatmapMax,
  roundLabels,
  seriesStyles,
  statusBars,
  trendSeries,
} from './dashboard-figures';
import { aReadinessReport, aTrend } from './dashboard.fixtures';

const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;

describe('dashboard figures', () => {
  it('draws a bar per domain with a score and none where nothing applies', () => {
    expect(domainBars(aReadinessReport().domains)).toEqual([
      { name: 'Maatschappelijke opdracht', value: 60 },
    ]);
  });

  it('counts every status, in the order of the rules, labelled', () => {
    const bars = statusBars(aReadinessReport().statusCounts, t);
    expect(bars.map((bar) => bar.name)).toEqual([
      'rounds.criterionStatus.met',
      'rounds.criterionStatus.gap',
      'rounds.criterionStatus.not-scored',
      'rounds.criterionStatus.not-applicable',
      'rounds.criterionStatus.evidence-missing',
      'rounds.criterionStatus.evidence-expired',
    ]);
    expect(bars.map((bar) => bar.value)).toEqual([1, 1, 0, 1, 0, 0]);
  });

  it('lays out the heatmap as current, met and target columns with a row per criterion', () => {
    const rows = aReadinessReport().criteria;
    const columns = heatmapColumns(rows, t);
    expect(columns.map((column) => column.name)).toEqual([
      'dashboard.heatmap.columns.level',
      'dashboard.heatmap.columns.metLevel',
      'dashboard.heatmap.columns.targetLevel',
    ]);
    // Bottom row first: ngx-charts stacks rows upwards.
    expect(columns[0].series.map((cell) => [cell.name, cell.value, cell.extra.level])).toEqual([
      ['IMP-01', 0, null],
      ['OPD-02', 2, 2],
      ['OPD-01', 3, 3],
    ]);
    expect(columns[2].series.map((cell) => cell.value)).toEqual([3, 3, 4]);
    expect(heatmapMax(rows)).toBe(4);
  });

  it('follows overall and each domain across rounds, leaving out scores that are null', () => {
    const series = trendSeries(aTrend(), t);
    expect(series).toEqual([
      {
        name: 'dashboard.trend.overall',
        series: [
          { name: 'Zelfevaluatie 2025', value: 30 },
          { name: 'Zelfevaluatie 2027', value: 42.5 },
        ],
      },
      {
        name: 'Maatschappelijke opdracht',
        series: [
          { name: 'Zelfevaluatie 2025', value: 40 },
          { name: 'Zelfevaluatie 2027', value: 60 },
        ],
      },
      { name: 'Impact en resultaten', series: [{ name: 'Zelfevaluatie 2027', value: 20 }] },
    ]);
    expect(canDrawTrend(series)).toBe(true);
  });

  it('needs two rounds to draw a line', () => {
    const trend = aTrend();
    expect(canDrawTrend(trendSeries({ rounds: trend.rounds.slice(1) }, t))).toBe(false);
    expect(canDrawTrend(trendSeries({ rounds: [] }, t))).toBe(false);
  });

  it('tells rounds with the same title apart by their target date', () => {
    const [first, second] = aTrend().rounds;
    expect(roundLabels([first, { ...second, title: first.title }])).toEqual([
      'Zelfevaluatie 2025 (1 maart 2025)',
      'Zelfevaluatie 2025 (1 maart 2027)',
    ]);
  });

  it('gives every line its own colour and dash pattern', () => {
    const styles = seriesStyles(trendSeries(aTrend(), t));
    expect(new Set(styles.map((style) => style.color)).size).toBe(3);
    expect(new Set(styles.map((style) => style.dash)).size).toBe(3);
  });

  it('formats scores in the UI language and shows a dash where there is none', () => {
    expect(formatScore(42.5, 'nl')).toBe('42,5%');
    expect(formatScore(42.5, 'en')).toBe('42.5%');
    expect(formatScore(null, 'nl')).toBe('—');
  });

  it('escapes text going into chart tooltips', () => {
    expect(escapeHtml('<b>"A" & \'B\'</b>')).toBe(
      '&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;',
    );
  });
});
