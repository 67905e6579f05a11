import { checkTextFields, isoDayIn, PersonalDataKind, TextField } from '@labelklaar/domain';

import { FieldError, ProblemException } from './problems/problem.exception';

const CODES: Record<PersonalDataKind, string> = {
  bsn: 'containsBsn',
  email: 'containsEmail',
  phone: 'containsPhone',
  'postcode-house-number': 'containsPostcodeHouseNumber',
  'date-of-birth': 'containsDateOfBirth',
};

/**
 * Refuses text that identifies a client before anything is written (AVG): a 422 problem naming
 * each field and what to remove. The masked hint lets the writer find the spot without the
 * response repeating the personal data in full.
 */
export function assertAnonymised(fields: readonly TextField[], now: Date): void {
  const referenceYear = Number(isoDayIn(now).slice(0, 4));
  const findings = checkTextFields(fields, { referenceYear });
  if (findings.length === 0) {
    return;
  }
  const fieldErrors: FieldError[] = findings.map((finding) => ({
    field: finding.field,
    code: CODES[finding.kind],
    params: { 0: finding.hint },
  }));
  throw new ProblemException(422, 'personal-data-in-text', {}, fieldErrors, {
    findings: findings.map(({ field, kind, start, end }) => ({ field, kind, start, end })),
  });
}
