import { isLanguage, LOCALE_BY_LANGUAGE } from '../../../core/i18n/language';

/** Shown where a figure cannot be computed (nothing applicable, nothing contributes). */
export const NO_FIGURE = '—';

function localeOf(lang: string): string {
  return isLanguage(lang) ? LOCALE_BY_LANGUAGE[lang] : lang;
}

/** A percentage as the API gives it (0–100, one decimal), e.g. `42,5%` in Dutch. */
export function formatScore(value: number | null, lang: string): string {
  if (value === null || !Number.isFinite(value)) {
    return NO_FIGURE;
  }
  const formatted = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(
    value,
  );
  return `${formatted}%`;
}

export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(value);
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
