/** What the readiness check looks at; each is 'ok' or says why not. */
export type ReadinessCheck = 'database' | 'migrations' | 'storage';
export type CheckOutcome = 'ok' | 'unreachable' | 'pending' | 'unknown' | 'not-writable';

export type ReadinessChecks = Record<ReadinessCheck, CheckOutcome>;

/** The checks that are not ok, in a fixed order, for the problem's detail. */
export function failingChecks(checks: ReadinessChecks): ReadinessCheck[] {
  return (['database', 'migrations', 'storage'] as const).filter((name) => checks[name] !== 'ok');
}
