import { isoDayIn } from '@labelklaar/domain';

import { ValidatorFn } from '@angular/forms';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Refuses a day the domain rule `inPast` calls past (today in Amsterdam, as the API counts),
 * so the form says so before the API would; an empty or half-typed date is left to others.
 */
export function notInPast(inPast: (day: string, today: string) => boolean): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    if (typeof value !== 'string' || !ISO_DAY.test(value)) {
      return null;
    }
    return inPast(value, isoDayIn(new Date())) ? { dateInPast: true } : null;
  };
}
