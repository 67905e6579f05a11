import {
  CriterionResponse,
  ImprovementAction,
  Me,
  Member,
  MemberRole,
  RubricVersionDetail,
} from '@labelklaar/domain';

export function aMe(role: MemberRole = 'quality-officer', overrides: Partial<Me> = {}): Me {
  return {
    user: {
      id: 'user-1',
      email: 'kwaliteit@voorbeeld.nl',
      displayName: 'Karin de Vries',
      language: 'nl',
    },
    memberships: [{ organisationId: 'org-1', organisationName: 'Welzijn Voorbeeld', role }],
    activeOrganisationId: 'org-1',
    platformAdmin: false,
    ...overrides,
  };
}

export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'member-1',
    userId: 'user-1',
    email: 'kwaliteit@voorbeeld.nl',
    displayName: 'Karin de Vries',
    role: 'quality-officer',
    joinedAt: '2026-01-15T09:00:00.000Z',
    ...overrides,
  };
}

export function aRubricVersion(): RubricVersionDetail {
  return {
    id: 'sterk-sociaal-werk',
    version: '1.0.0',
    status: 'published',
    title: 'Kwaliteitslabel Sterk Sociaal Werk',
    effectiveDate: '2026-01-01',
    contentHash: 'sha256-test',
    evidenceKinds: [
      { key: 'policy-document', label: { nl: 'Beleidsdocument', en: 'Policy document' } },
      {
        key: 'register-extract',
        label: { nl: 'Uittreksel beroepsregister', en: 'Professional register extract' },
      },
    ],
    domains: [
      {
        code: 'VAK',
        title: 'Vakmanschap',
        description: 'Professioneel handelen van de organisatie.',
        criteria: [
          {
            code: 'VAK-03',
            title: 'Registratie van professionals',
            description: 'Sociaal werkers staan ingeschreven in het beroepsregister.',
            guidanceQuestions: [
              'Hoeveel sociaal werkers zijn geregistreerd?',
              'Hoe volg je herregistratie?',
            ],
            evidenceKinds: ['register-extract', 'policy-document'],
            weight: 2,
            required: true,
            allowNotApplicable: false,
            metLevel: 3,
            maturityScale: [
              { level: 1, name: 'Beginnend', descriptor: 'Registratie is niet in beeld.' },
              { level: 2, name: 'In ontwikkeling', descriptor: 'Een deel is geregistreerd.' },
              { level: 3, name: 'Op orde', descriptor: 'Alle sociaal werkers zijn geregistreerd.' },
              {
                level: 4,
                name: 'Voorbeeldig',
                descriptor: 'Registratie is geborgd in de HR-cyclus.',
              },
            ],
          },
        ],
      },
    ],
  };
}

export function aResponse(overrides: Partial<CriterionResponse> = {}): CriterionResponse {
  return {
    roundId: 'round-1',
    criterionCode: 'VAK-03',
    level: null,
    targetLevel: null,
    rationale: '',
    notApplicable: false,
    notApplicableReason: null,
    state: 'draft',
    owner: null,
    isCarriedOver: false,
    version: 1,
    updatedAt: '2026-03-01T10:00:00.000Z',
    updatedBy: null,
    evidence: [],
    review: null,
    ...overrides,
  };
}

export function anAction(overrides: Partial<ImprovementAction> = {}): ImprovementAction {
  return {
    id: 'action-1',
    roundId: 'round-1',
    criterionCode: 'VAK-03',
    title: 'Intervisie maandelijks inplannen',
    description: '',
    owner: { memberId: 'member-1', displayName: 'Karin de Vries' },
    dueDate: '2026-02-01',
    status: 'open',
    reflection: null,
    isOverdue: true,
    version: 1,
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-01-10T10:00:00.000Z',
    updatedBy: null,
    completedAt: null,
    ...overrides,
  };
}
