import type { CriterionStatus } from '@labelklaar/domain';

import { ScaleType, type Color } from '@swimlane/ngx-charts';

/**
 * Okabe-Ito colours that stay apart for the common forms of colour blindness, limited to those
 * with at least 3:1 contrast against the white card (WCAG 1.4.11). Series never rely on colour
 * alone: lines also differ in dash pattern and bars carry their label.
 */
export const OKABE_ITO = {
  black: '#000000',
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
} as const;

/** Overall first, then the domains in rubric order. */
export const SERIES_COLORS = [
  OKABE_ITO.black,
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
];

/** SVG dash patterns matching `SERIES_COLORS`, for lines that must read in grey print too. */
export const SERIES_DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 4'];

const NEUTRAL = '#5f7185';

/** Good, bad or neutral; the status's label always goes with the colour. */
export const STATUS_COLORS: Record<CriterionStatus, string> = {
  met: OKABE_ITO.bluishGreen,
  gap: OKABE_ITO.vermillion,
  'evidence-missing': OKABE_ITO.vermillion,
  'evidence-expired': OKABE_ITO.vermillion,
  'not-scored': NEUTRAL,
  'not-applicable': NEUTRAL,
};

export function ordinalScheme(name: string, domain: string[]): Color {
  return { name, selectable: false, group: ScaleType.Ordinal, domain };
}

/**
 * Single-hue steps from light to dark (ColorBrewer Blues, the lightest made visible on white):
 * their order survives colour blindness and grey print.
 */
const BLUES = [
  '#e3eaf2',
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
];

/** One distinct colour per level 0…maxLevel, evenly spread over the blues. */
export function levelColors(maxLevel: number): string[] {
  const top = Math.max(1, Math.round(maxLevel));
  return Array.from(
    { length: top + 1 },
    (_, level) => BLUES[Math.round((level * (BLUES.length - 1)) / top)],
  );
}

/**
 * ngx-charts' linear colour scale puts n colours at 0, 1/n, … (n-1)/n of the value range; with
 * the range 0…maxLevel+1 each level lands exactly on its own colour.
 */
export function levelScheme(maxLevel: number): { scheme: Color; max: number } {
  const domain = levelColors(maxLevel);
  return {
    scheme: { name: 'levels', selectable: false, group: ScaleType.Linear, domain },
    max: domain.length,
  };
}

export const BAR_SCHEME = ordinalScheme('bars', [OKABE_ITO.blue]);
