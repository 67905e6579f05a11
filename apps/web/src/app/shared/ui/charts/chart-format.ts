import { formatNumber as formatLocalNumber, formatPercent, NO_FIGURE } from '@labelklaar/domain';

export { NO_FIGURE };

/** A percentage as the API gives it (0–100, one decimal), e.g. `42,5%` in Dutch (libs/domain format). */
export function formatScore(value: number | null, lang: string): string {
  return formatPercent(value, lang);
}

export function formatNumber(value: number, lang: string): string {
  return formatLocalNumber(value, lang);
}

/** Chart texts go through ngx-charts' tooltips as HTML; our labels are text. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
