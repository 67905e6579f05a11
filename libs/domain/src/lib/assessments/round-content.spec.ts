import fc from 'fast-check';

import { canonicalJson } from '../common/canonical-json';
import { canonicalRoundContent, roundContentHashInput, type RoundContent } from './round-content';

const content: Omit<RoundContent, 'format'> = {
  organisation: { id: 'org-1', name: 'Stichting Voorbeeld Welzijn' },
  round: {
    id: 'round-1',
    title: 'Zelfevaluatie 2026',
    route: 'external-audit',
    targetDate: '2026-10-01',
    selfEvaluationDeadline: '2026-08-20',
    ambitions: 'Meer impact',
    bottlenecks: 'Registratie',
    participation: [
      { group: 'staff', method: 'session', date: '2026-05-01', note: '' },
      { group: 'clients', method: 'interview', date: '2026-04-01', note: 'drie gesprekken' },
    ],
    submittedAt: '2026-08-19T10:00:00.000Z',
    submittedBy: { userId: 'u-1', displayName: 'Karin' },
  },
  rubric: { id: 'sterk-sociaal-werk', version: '1.0.0', contentHash: 'abc' },
  responses: [
    {
      criterionCode: 'VAK-01',
      level: 3,
      targetLevel: 4,
      rationale: 'é "quoted"',
      notApplicable: false,
      notApplicableReason: null,
      state: 'draft',
      owner: null,
      evidenceIds: ['e2', 'e1'],
    },
    {
      criterionCode: 'OPD-01',
      level: 2,
      targetLevel: null,
      rationale: '',
      notApplicable: false,
      notApplicableReason: null,
      state: 'ready-for-review',
      owner: 'Tessa',
      evidenceIds: [],
    },
  ],
  evidence: [
    {
      id: 'e2',
      source: 'link',
      title: 'Site',
      evidenceKind: 'overig',
      documentDate: '2026-01-01',
      validUntil: null,
      url: 'https://x.nl',
      fileName: null,
      mediaType: null,
      sizeBytes: null,
      sha256: null,
    },
    {
      id: 'e1',
      source: 'file',
      title: 'Plan',
      evidenceKind: 'beleidsplan',
      documentDate: '2026-01-01',
      validUntil: '2027-01-01',
      url: null,
      fileName: 'plan.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 10,
      sha256: 'f'.repeat(64),
    },
  ],
  actions: [],
};

describe('canonicalRoundContent', () => {
  it('orders responses, evidence, links and participation', () => {
    const result = canonicalRoundContent(content);
    expect(result.format).toBe('labelklaar-round/1');
    expect(result.responses.map((r) => r.criterionCode)).toEqual(['OPD-01', 'VAK-01']);
    expect(result.responses[1]?.evidenceIds).toEqual(['e1', 'e2']);
    expect(result.evidence.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(result.round.participation.map((p) => p.group)).toEqual(['clients', 'staff']);
  });

  it('gives the same hash input whatever order the lists arrive in', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (flipResponses, flipEvidence) => {
        const shuffled = {
          ...content,
          responses: flipResponses ? [...content.responses].reverse() : content.responses,
          evidence: flipEvidence ? [...content.evidence].reverse() : content.evidence,
        };
        expect(roundContentHashInput(canonicalRoundContent(shuffled))).toBe(
          roundContentHashInput(canonicalRoundContent(content)),
        );
      }),
    );
  });

  it('changes the hash input when any answer changes', () => {
    const changed = {
      ...content,
      responses: [{ ...content.responses[0], level: 4 }, content.responses[1]],
    } as typeof content;
    expect(roundContentHashInput(canonicalRoundContent(changed))).not.toBe(
      roundContentHashInput(canonicalRoundContent(content)),
    );
  });
});

describe('canonicalJson', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: [true, null, 'x'], c: undefined }, '{"a":[true,null,"x"],"b":1}'],
    [{ é: 1, Z: 2, a: 3 }, '{"Z":2,"a":3,"é":1}'],
    ['line\nbreak "q"', '"line\\nbreak \\"q\\""'],
    [[{ y: 1, x: { d: 1, c: 2 } }], '[{"x":{"c":2,"d":1},"y":1}]'],
  ])('%p → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value))),
      ),
    );
  });
});
