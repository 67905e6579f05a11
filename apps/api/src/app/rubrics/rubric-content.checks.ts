import { validateRubricContent, type RuleViolation } from '@labelklaar/criteria/rules';
import { RubricVersion } from '@labelklaar/domain';

/** `major.minor.patch` only, as the schema asks. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function parseSemver(version: string): [number, number, number] | undefined {
  const match = SEMVER.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Ascending; a malformed version sorts first. */
export function compareSemver(a: string, b: string): number {
  const left = parseSemver(a) ?? [-1, -1, -1];
  const right = parseSemver(b) ?? [-1, -1, -1];
  return left[0] - right[0] || left[1] - right[1] || left[2] - right[2];
}

export function nextMinor(version: string | undefined): string {
  const parsed = version === undefined ? undefined : parseSemver(version);
  return parsed ? `${parsed[0]}.${parsed[1] + 1}.0` : '1.0.0';
}

const RUBRIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isRubricId = (value: string) => value.length <= 100 && RUBRIC_ID.test(value);

/** The stored (published or retired) versions of the rubric a draft or an import belongs to. */
export interface StoredVersions {
  versions: readonly RubricVersion[];
  evidenceKinds: readonly string[];
}

const field = (content: unknown, key: string): unknown =>
  content !== null && typeof content === 'object' && !Array.isArray(content)
    ? (content as Record<string, unknown>)[key]
    : undefined;

/** The version named by the content's previousVersion, when stored. */
export function previousOf(content: unknown, stored: StoredVersions): RubricVersion | undefined {
  const previous = field(content, 'previousVersion');
  return stored.versions.find((version) => version.version === previous);
}

/**
 * Every broken rule of a draft or an import: the loader's rules (schema, cross-field, mapping to
 * the previous version), and what only the product knows: the id belongs to this rubric, the
 * version is not taken, the previous version is stored and older, and a rubric with versions
 * names the version it continues.
 */
export function checkRubricContent(
  content: unknown,
  stored: StoredVersions,
  rubricId?: string,
): RuleViolation[] {
  const previous = previousOf(content, stored);
  const violations = validateRubricContent(content, {
    evidenceKinds: stored.evidenceKinds,
    previous,
  });
  const id = field(content, 'id');
  const version = field(content, 'version');
  const previousVersion = field(content, 'previousVersion');
  if (rubricId !== undefined && typeof id === 'string' && id !== rubricId) {
    violations.push({
      location: 'id',
      rule: 'rubric-id-mismatch',
      detail: `id ${id} is not the rubric ${rubricId} this draft belongs to`,
    });
  }
  if (typeof version === 'string' && stored.versions.some((item) => item.version === version)) {
    violations.push({
      location: 'version',
      rule: 'version-exists',
      detail: `version ${version} is published already; a published version never changes, choose a new number`,
    });
  }
  if (typeof previousVersion === 'string' && previous === undefined) {
    violations.push({
      location: 'previousVersion',
      rule: 'unknown-previous-version',
      detail: `previousVersion ${previousVersion} is not a published version of this rubric`,
    });
  }
  if (
    typeof version === 'string' &&
    typeof previousVersion === 'string' &&
    compareSemver(previousVersion, version) >= 0
  ) {
    violations.push({
      location: 'version',
      rule: 'version-not-after-previous',
      detail: `version ${version} must come after previousVersion ${previousVersion}`,
    });
  }
  const earlier =
    typeof version === 'string'
      ? stored.versions
          .filter((item) => compareSemver(item.version, version) < 0)
          .sort((a, b) => compareSemver(b.version, a.version))
      : [];
  if (previousVersion === undefined && earlier.length > 0) {
    violations.push({
      location: 'previousVersion',
      rule: 'previous-version-required',
      detail: `this rubric has earlier versions: name the one this version continues (latest: ${earlier[0]?.version ?? ''}) and map to it`,
    });
  }
  return violations;
}
