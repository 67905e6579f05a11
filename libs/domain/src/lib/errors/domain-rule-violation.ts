/** Kebab-case, because the code becomes the problem type URI `/problems/<code>`. */
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * A business rule refused a change or an input (for example removing the last quality officer).
 * The API maps it to an RFC 9457 problem; the web app translates it by `code`.
 */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';

  constructor(
    readonly code: string,
    readonly details?: Record<string, unknown>,
    message: string = code,
  ) {
    if (!KEBAB_CASE.test(code)) {
      // A malformed code would produce a broken problem type URI: fail at the throw site instead.
      throw new TypeError(`DomainRuleViolation code must be kebab-case, got "${code}"`);
    }
    super(message);
  }
}
