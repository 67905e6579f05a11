/**
 * The rubric's own wording (titles, descriptions, scales) is written in Dutch only; marking it
 * keeps screen readers pronouncing it as Dutch while the interface is in English (WCAG 3.1.2).
 */
export const RUBRIC_CONTENT_LANG = 'nl';
