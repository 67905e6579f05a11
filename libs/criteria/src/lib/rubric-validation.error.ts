/** One broken rule: where it broke (a path such as `domains[2].criteria[0].metLevel`) and why. */
export interface RuleViolation {
  location: string;
  rule: string;
  detail: string;
}

/**
 * A rubric, vocabulary or lock file broke a rule. `location` is a path into the file
 * (empty for the file as a whole); `rule` is a kebab-case name tests and tooling can match on.
 */
export class RubricValidationError extends Error {
  override readonly name = 'RubricValidationError';
  readonly detail: string;

  constructor(
    readonly file: string,
    readonly location: string,
    readonly rule: string,
    detail: string,
  ) {
    super(`${file} at ${location === '' ? '(root)' : location} breaks rule "${rule}": ${detail}`);
    this.detail = detail;
  }

  static from(file: string, violation: RuleViolation): RubricValidationError {
    return new RubricValidationError(file, violation.location, violation.rule, violation.detail);
  }
}
