import type { OrganisationTrend, RoundReadinessReport, StatusCounts } from '@labelklaar/domain';

const counts = (values: Partial<StatusCounts> = {}): StatusCounts => ({
  met: 0,
  gap: 0,
  'not-scored': 0,
  'not-applicable': 0,
  'evidence-missing': 0,
  'evidence-expired': 0,
  ...values,
});

const REPORT: RoundReadinessReport = {
  round: {
    id: 'round-1',
    title: 'Zelfevaluatie 2027',
    status: 'draft',
    targetDate: '2027-03-01',
    rubricId: 'sterk-sociaal-werk',
    rubricVersion: '1.0.0',
    contentHash: null,
  },
  referenceDate: '2026-11-24',
  daysToTarget: 97,
  targetScore: 100,
  overall: {
    score: 42.5,
    counts: counts({ met: 1, gap: 1, 'not-scored': 1 }),
    metWeight: 3,
    applicableWeight: 7,
  },
  domains: [
    {
      code: 'OPD',
      title: 'Maatschappelijke opdracht',
      score: 60,
      counts: counts({ met: 1, gap: 1 }),
      metWeight: 3,
      applicableWeight: 5,
    },
    {
      code: 'IMP',
      title: 'Impact en resultaten',
      score: null,
      counts: counts({ 'not-applicable': 1 }),
      metWeight: 0,
      applicableWeight: 0,
    },
  ],
  criteria: [
    {
      code: 'OPD-01',
      title: 'Opdracht helder',
      domainCode: 'OPD',
      weight: 3,
      required: true,
      status: 'met',
      level: 3,
      metLevel: 3,
      targetLevel: 4,
      maxLevel: 4,
    },
    {
      code: 'OPD-02',
      title: 'Wijkanalyse',
      domainCode: 'OPD',
      weight: 2,
      required: true,
      status: 'gap',
      level: 2,
      metLevel: 3,
      targetLevel: 3,
      maxLevel: 4,
    },
    {
      code: 'IMP-01',
      title: 'Doelen',
      domainCode: 'IMP',
      weight: 2,
      required: false,
      status: 'not-applicable',
      level: null,
      metLevel: 3,
      targetLevel: 3,
      maxLevel: 4,
    },
  ],
  statusCounts: counts({ met: 1, gap: 1, 'not-applicable': 1 }),
  blockers: [{ code: 'OPD-02', title: 'Wijkanalyse', domainCode: 'OPD', weight: 2, status: 'gap' }],
  expiringBeforeTarget: [
    {
      evidenceId: 'ev-1',
      title: 'Subsidiebeschikking',
      kind: 'opdrachtafspraken',
      validUntil: '2027-01-01',
      criterionCodes: ['OPD-03'],
    },
  ],
  actions: {
    open: 3,
    overdue: 1,
    done: 2,
    byOwner: [
      { owner: { memberId: 'm-1', displayName: 'Tessa Teamleider' }, open: 2, overdue: 1 },
      { owner: null, open: 1, overdue: 0 },
    ],
  },
};

/** A report as the API answers it: two domains, three criteria, one blocker. */
export function aReadinessReport(
  overrides: Partial<RoundReadinessReport> = {},
): RoundReadinessReport {
  return { ...(JSON.parse(JSON.stringify(REPORT)) as RoundReadinessReport), ...overrides };
}

/** Two rounds, oldest first; the first has no impact score yet. */
export function aTrend(): OrganisationTrend {
  return {
    rounds: [
      {
        roundId: 'round-0',
        title: 'Zelfevaluatie 2025',
        status: 'submitted',
        targetDate: '2025-03-01',
        submittedAt: '2025-02-01T10:00:00.000Z',
        overall: 30,
        domains: [
          { code: 'OPD', title: 'Maatschappelijke opdracht', score: 40 },
          { code: 'IMP', title: 'Impact en resultaten', score: null },
        ],
      },
      {
        roundId: 'round-1',
        title: 'Zelfevaluatie 2027',
        status: 'draft',
        targetDate: '2027-03-01',
        submittedAt: null,
        overall: 42.5,
        domains: [
          { code: 'OPD', title: 'Maatschappelijke opdracht', score: 60 },
          { code: 'IMP', title: 'Impact en resultaten', score: 20 },
        ],
      },
    ],
  };
}
