const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Orders `major.minor.patch` numerically; anything else sorts after, by plain string order. */
export function compareSemver(a: string, b: string): number {
  const left = parseSemver(a);
  const right = parseSemver(b);
  if (left === undefined || right === undefined) {
    return Number(left === undefined) - Number(right === undefined) || compareStrings(a, b);
  }
  return left[0] - right[0] || left[1] - right[1] || left[2] - right[2];
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parseSemver(version: string): [number, number, number] | undefined {
  const match = SEMVER.exec(version);
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3])];
}
