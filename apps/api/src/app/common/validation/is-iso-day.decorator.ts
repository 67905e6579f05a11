import { ValidateBy, ValidationOptions } from 'class-validator';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar day `YYYY-MM-DD` that exists (no 31 April); a time would shift with the time zone. */
export function isIsoDay(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) {
    return false;
  }
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export function IsIsoDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isIsoDay', validator: { validate: isIsoDay } }, options);
}
