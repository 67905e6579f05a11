/** Kebab-case, because the code becomes the problem type URI `/problems/<code>`. */
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Why a rule refused:
 * - `invalid`: what was asked breaks a rule whatever the state (a level outside the scale);
 * - `conflict`: the current state refuses it (the round is submitted, the leerrapport issued);
 *   asking again later, or after someone else acted, may succeed;
 * - `not-permitted`: the rule reserves it for someone else (only the lead reviewer issues).
 * The API turns them into 422, 409 and 403.
 */
export type ViolationKind = 'invalid' | 'conflict' | 'not-permitted';

export interface ViolationOptions {
  kind?: ViolationKind;
  message?: string;
  /** Structured data for the client (lists of missing criteria, the linked action's id). */
  extensions?: Record<string, unknown>;
}

/**
 * A business rule refused a change or an input (for example removing the last quality officer).
 * The API maps it to an RFC 9457 problem; the web app translates it by `code`. `details` fill the
 * problem's message; `extensions` become members of the problem body.
 */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';
  readonly kind: ViolationKind;
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: string,
    readonly details?: Record<string, unknown>,
    options: string | ViolationOptions = {},
  ) {
    if (!KEBAB_CASE.test(code)) {
      // A malformed code would produce a broken problem type URI: fail at the throw site instead.
      throw new TypeError(`DomainRuleViolation code must be kebab-case, got "${code}"`);
    }
    const {
      kind = 'invalid',
      message = code,
      extensions = {},
    } = typeof options === 'string' ? { message: options } : options;
    super(message);
    this.kind = kind;
    this.extensions = extensions;
  }
}

/** The current state refuses: a conflict (409), with what fills the message and body. */
export function stateConflict(
  code: string,
  details?: Record<string, unknown>,
  extensions?: Record<string, unknown>,
): DomainRuleViolation {
  return new DomainRuleViolation(code, details, { kind: 'conflict', extensions });
}
