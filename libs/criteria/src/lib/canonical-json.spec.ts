import type { RubricVersion } from '@labelklaar/domain';

import fc from 'fast-check';

import { canonicalJson, rubricContentHash } from './canonical-json';
import { loadRubricCatalog } from './rubric-catalog';

/** Rebuilds every object of a JSON value with its keys inserted in reverse order. */
function reverseKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(reverseKeyOrder);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, member]) => [key, reverseKeyOrder(member)]),
    );
  }
  return value;
}

/** Rebuilds objects with keys inserted in an order chosen by the given permutation seed. */
function shuffleKeyOrder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => shuffleKeyOrder(item, seed));
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]);
    return Object.fromEntries(
      rotated.map(([key, member]) => [key, shuffleKeyOrder(member, seed + 1)]),
    );
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('keeps array order, because the order of criteria and levels is content', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('leaves out undefined properties like JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('sorts keys by code unit, not by locale', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3 })).toBe('{"Z":3,"z":2,"é":1}');
  });

  it('does not depend on key insertion order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(10), (value, seed) => {
        const canonical = canonicalJson(value);
        expect(canonicalJson(reverseKeyOrder(value))).toBe(canonical);
        expect(canonicalJson(shuffleKeyOrder(value, seed))).toBe(canonical);
      }),
    );
  });

  it('parses back to a value equal to the input (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('rubricContentHash', () => {
  const [{ rubric }] = loadRubricCatalog();

  it('is a sha256 hex digest', () => {
    expect(rubricContentHash(rubric)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not change when keys are inserted in another order', () => {
    const reordered = reverseKeyOrder(rubric) as RubricVersion;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(rubric));
    expect(rubricContentHash(reordered)).toBe(rubricContentHash(rubric));
  });

  it('changes when any text changes', () => {
    const edited = structuredClone(rubric);
    edited.domains[2].criteria[2].maturityScale[0].descriptor += ' ';
    expect(rubricContentHash(edited)).not.toBe(rubricContentHash(rubric));
  });

  it('ignores status, so retiring a published version keeps its hash', () => {
    expect(rubricContentHash({ ...rubric, status: 'retired' })).toBe(rubricContentHash(rubric));
  });
});
