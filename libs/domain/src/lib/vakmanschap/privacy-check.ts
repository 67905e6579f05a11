/**
 * Reflections are about work with people and must never identify a client (AVG). Every free-text
 * field is checked before it is stored; a finding names the field, what kind of personal data it
 * looks like and where, so the writer knows exactly what to remove. Nothing is guessed from names:
 * the checks look for the identifiers that single a person out on their own.
 */
export type PersonalDataKind =
  'bsn' | 'email' | 'phone' | 'postcode-house-number' | 'date-of-birth';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Offsets in the text (end exclusive), so a form can mark the spot. */
  start: number;
  end: number;
  /** The start and end of the match with the middle masked: enough to find it, not to copy it. */
  hint: string;
}

export interface FieldPersonalDataFinding extends PersonalDataFinding {
  field: string;
}

export interface PrivacyCheckOptions {
  /** The calendar year "now"; a full numeric date at least this many years old may be a birth date. */
  referenceYear: number;
}

/** Ten is the youngest age jongerenwerk works with: an older numeric date is treated as a birth date. */
const MIN_BIRTH_AGE_YEARS = 10;

// A BSN is written as nine digits, or grouped 3-3-3 / 4-2-3 with one kind of separator. Digits,
// decimal separators or a percent sign on either side mean it is part of another number.
const BSN =
  /(?<![\d.,-])(?:\d{9}|\d{3}([. ])\d{3}\1\d{3}|\d{4}([. ])\d{2}\2\d{3})(?![\d%]|[.,]\d)/g;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
// Dutch numbers: a trunk 0 (or +31 / 0031, optionally with "(0)") followed by nine digits, the
// first of which is never 0; single spaces, dots, dashes or a closing bracket may separate them.
const PHONE =
  /(?<![\w+])(?:(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?|\(?0)[1-9](?:[ .)-]{0,2}\d){8}(?![\d])/g;
// Postcodes are written with capitals (1234 AB) or glued lower case (1234ab); SA, SD and SS are
// never issued. Lower-case letters after a space are ordinary words ("2024 op 3 dagen").
const POSTCODE = String.raw`[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})`;
const HOUSE_NUMBER = String.raw`\d{1,5}(?:\s?[-]?\s?[a-zA-Z](?![\p{L}]))?`;
const POSTCODE_THEN_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d])${POSTCODE}(?![\p{L}])[\s,]*(?:(?:nr|no|huisnummer)\.?\s*)?${HOUSE_NUMBER}(?![\d])`,
  'gu',
);
const NUMBER_THEN_POSTCODE = new RegExp(
  String.raw`(?<![\p{L}\d])\d{1,5}[a-zA-Z]?,?\s+${POSTCODE}(?![\p{L}\d])`,
  'gu',
);

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|' +
  'january|february|march|may|june|july|august|october';
const ANY_DATE = String.raw`(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+(?:${MONTHS})\.?\s+\d{4}|\d{4})`;
const BIRTH_KEYWORD = String.raw`(?:geboren|geb\.|geboortedatum|geboortejaar|geb\.datum|born|birth\s*date|date\s+of\s+birth|birthday|verjaardag|d\.?o\.?b\.?|°)`;
const KEYWORD_DATE = new RegExp(
  String.raw`${BIRTH_KEYWORD}[\s:]*(?:(?:op|in|on|de|the|rond|around)\s+)?${ANY_DATE}(?![\d])`,
  'giu',
);
const NUMERIC_DATE =
  /(?<![\d.,/-])(?:(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))(?![\d]|[-/.]\d)/g;

export function isBsn(candidate: string): boolean {
  const digits = candidate.replace(/[. ]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) {
    return false;
  }
  // The eleven-test: weights 9..2 for the first eight digits, -1 for the last.
  const sum = [...digits].reduce(
    (total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index),
    0,
  );
  return sum % 11 === 0;
}

export function maskFragment(fragment: string): string {
  const visible = fragment.length <= 6 ? 1 : 2;
  return `${fragment.slice(0, visible)}…${fragment.slice(-visible)}`;
}

function matches(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  accept: (match: RegExpExecArray) => boolean = () => true,
): PersonalDataFinding[] {
  return [...text.matchAll(pattern)].filter(accept).map((match) => ({
    kind,
    start: match.index,
    end: match.index + match[0].length,
    hint: maskFragment(match[0]),
  }));
}

function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900;
}

function isOldNumericDate(match: RegExpExecArray, referenceYear: number): boolean {
  const [day, month, year] = match[3]
    ? [match[1], match[2], match[3]].map(Number)
    : [match[6], match[5], match[4]].map(Number);
  return isValidDay(year, month, day) && year <= referenceYear - MIN_BIRTH_AGE_YEARS;
}

/**
 * Drops a finding inside a longer one of the same kind (the two postcode patterns can meet). A
 * stretch that looks like two kinds (a BSN that could be a phone number) is reported as both: the
 * writer removes it either way, and a BSN is never hidden behind another finding.
 */
function withoutOverlaps(findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter(
    (finding, index) =>
      !sorted
        .slice(0, index)
        .some(
          (other) =>
            other.kind === finding.kind && other.start <= finding.start && other.end >= finding.end,
        ),
  );
}

/** Every stretch of `text` that looks like personal data of a client, in order of position. */
export function findPersonalData(
  text: string,
  options: PrivacyCheckOptions,
): PersonalDataFinding[] {
  return withoutOverlaps([
    ...matches(text, BSN, 'bsn', (match) => isBsn(match[0])),
    ...matches(text, EMAIL, 'email'),
    ...matches(text, PHONE, 'phone'),
    ...matches(text, POSTCODE_THEN_NUMBER, 'postcode-house-number'),
    ...matches(text, NUMBER_THEN_POSTCODE, 'postcode-house-number'),
    ...matches(text, KEYWORD_DATE, 'date-of-birth'),
    ...matches(text, NUMERIC_DATE, 'date-of-birth', (match) =>
      isOldNumericDate(match, options.referenceYear),
    ),
  ]);
}

/** One text field by its path (`steps[2]`, `promptAnswers[0].answer`); absent values are skipped. */
export interface TextField {
  field: string;
  value: string | null | undefined;
}

/** The findings of all fields, field by field; empty when everything may be stored. */
export function checkTextFields(
  fields: readonly TextField[],
  options: PrivacyCheckOptions,
): FieldPersonalDataFinding[] {
  return fields.flatMap(({ field, value }) =>
    value ? findPersonalData(value, options).map((finding) => ({ field, ...finding })) : [],
  );
}

/** Text fields of a list, named by position: `steps[0]`, `steps[1]`. */
export function listFields(field: string, values: readonly string[] | undefined): TextField[] {
  return (values ?? []).map((value, index) => ({ field: `${field}[${index}]`, value }));
}
