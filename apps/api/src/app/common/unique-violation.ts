import { QueryFailedError } from 'typeorm';

/** True when PostgreSQL refused a write because of the named unique index or constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string; constraint?: string })
      : null;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
