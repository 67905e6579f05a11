import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { RubricVersion } from '../rubric/rubric.types';

export interface ResponseToConfirm {
  criterionCode: string;
  isCarriedOver: boolean;
}

/**
 * "Klopt nog": an answer carried over from the last round (or through an upgrade) is confirmed as
 * it stands, without retyping it. Confirming an answer that is no longer carried over changes
 * nothing, so a second click, or a colleague who confirmed first, is harmless.
 */
export function needsConfirmation(response: ResponseToConfirm): boolean {
  return response.isCarriedOver;
}

/**
 * The carried-over answers of one domain of the rubric, in rubric order: what "confirm all in
 * this domain" confirms. A domain the round's rubric does not have is refused.
 */
export function carriedOverInDomain(
  rubric: RubricVersion,
  domainCode: string,
  responses: readonly ResponseToConfirm[],
): string[] {
  const domain = rubric.domains.find((candidate) => candidate.code === domainCode);
  if (!domain) {
    throw new DomainRuleViolation(
      'unknown-domain',
      { domain: domainCode },
      { message: `The rubric of this round has no domain ${domainCode}` },
    );
  }
  const carried = new Set(
    responses.filter(needsConfirmation).map((response) => response.criterionCode),
  );
  return domain.criteria.map((criterion) => criterion.code).filter((code) => carried.has(code));
}
