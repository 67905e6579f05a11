import {
  ACTOR_KINDS,
  actorsAllowed,
  isAllowed,
  isReadOnlyRole,
  memberRolesAllowed,
  PERMISSION_NAMES,
  seesRounds,
} from './permissions';

describe('the permission table', () => {
  it('lets at least one kind of actor do every action, and names only known actors', () => {
    for (const permission of PERMISSION_NAMES) {
      const actors = actorsAllowed(permission);
      expect(actors.length).toBeGreaterThan(0);
      expect(actors.every((actor) => (ACTOR_KINDS as readonly string[]).includes(actor))).toBe(
        true,
      );
    }
  });

  it('gives the platform admin (the label owner) the sector view and the norm set, nothing of any organisation', () => {
    const forAdmins = PERMISSION_NAMES.filter((permission) =>
      isAllowed('platform-admin', permission),
    );
    expect(forAdmins).toEqual([
      'sector.read',
      'rubrics.library',
      'rubric.author',
      'rubric.publish',
      'rubric.retire',
      'decision-models.read',
      'decision-model.author',
      'decision-model.publish',
    ]);
    // Decision models are no organisation's content: the label owner keeps the library, a quality
    // officer the organisation's own models (the server derives whose from the session).
    expect(forAdmins.filter((permission) => isAllowed('quality-officer', permission))).toEqual([
      'decision-models.read',
      'decision-model.author',
      'decision-model.publish',
    ]);
  });

  it('lets a reviewer only read, never change', () => {
    const forReviewers = PERMISSION_NAMES.filter((permission) => isAllowed('reviewer', permission));
    expect(forReviewers.length).toBeGreaterThan(0);
    const writes = forReviewers.filter(
      (permission) =>
        !/\.read$|\.readiness$|\.export$/.test(permission) && !permission.startsWith('review.'),
    );
    // Besides writing their own review, the (lead) reviewer merges the reviews into the leerrapport.
    expect(writes).toEqual(['leerrapport.issue']);
  });

  it('keeps managers to reading, and member management to the quality officer', () => {
    expect(memberRolesAllowed('members.manage')).toEqual(['quality-officer']);
    expect(memberRolesAllowed('round.submit')).toEqual(['quality-officer']);
    expect(isAllowed('manager', 'response.edit')).toBe(false);
    expect(isAllowed('manager', 'round.read')).toBe(true);
    expect(memberRolesAllowed('sector.read')).toEqual([]);
  });
});

describe('isReadOnlyRole', () => {
  it.each([
    ['quality-officer', false],
    ['contributor', false],
    ['manager', true],
    ['professional', false],
  ] as const)('a %s only reads: %s', (role, expected) => {
    expect(isReadOnlyRole(role)).toBe(expected);
  });
});

describe('the professional (sociaal werker)', () => {
  const forProfessionals = PERMISSION_NAMES.filter((permission) =>
    isAllowed('professional', permission),
  );

  it('reflects, takes part in team work and reads the decision models', () => {
    for (const permission of [
      'reflections.write',
      'reflections.read',
      'team-sessions.write',
      'team-agreements.read',
      'check-ins.answer',
      'teams.read',
      'decision-models.read',
    ] as const) {
      expect([permission, isAllowed('professional', permission)]).toEqual([permission, true]);
    }
  });

  it('sees no rounds, dashboards, evidence, members or reports', () => {
    const selfAssessment = forProfessionals.filter((permission) =>
      /^(round|rounds|response|evidence|actions?|criteria|review|leerrapport|members|search|sector|organisation\.trend|learning-report|learning-evidence|peer-group)/.test(
        permission,
      ),
    );
    expect(selfAssessment).toEqual([]);
    expect(seesRounds('professional')).toBe(false);
    expect(seesRounds('manager')).toBe(true);
    expect(isAllowed('professional', 'teams.manage')).toBe(false);
  });
});
