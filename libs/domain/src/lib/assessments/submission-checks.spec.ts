import { criterion, rubric } from '../readiness/readiness.fixtures';
import type { AuditBlocker } from '../readiness/readiness.types';
import {
  finishChecks,
  submissionChecks,
  withMessages,
  type ActionForSubmit,
  type SubmissionCheckInput,
} from './submission-checks';
import type { ResponseForSubmit } from './submit-rules';

const sample = rubric([
  { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02')] },
  { code: 'VAK', criteria: [criterion('VAK-01')] },
]);

const answered = (code: string, extra: Partial<ResponseForSubmit> = {}): ResponseForSubmit => ({
  criterionCode: code,
  level: 2,
  notApplicable: false,
  isCarriedOver: false,
  ...extra,
});

const blocker = (code: string): AuditBlocker => ({
  code,
  title: `Titel ${code}`,
  domainCode: 'OPD',
  weight: 1,
  status: 'gap',
});

const action = (id: string, extra: Partial<ActionForSubmit> = {}): ActionForSubmit => ({
  id,
  title: `Actie ${id}`,
  criterionCode: 'OPD-01',
  status: 'open',
  dueDate: '2026-12-01',
  ...extra,
});

const input = (extra: Partial<SubmissionCheckInput> = {}): SubmissionCheckInput => ({
  rubric: sample,
  route: 'internal',
  responses: ['OPD-01', 'OPD-02', 'VAK-01'].map((code) => answered(code)),
  blockers: [],
  actions: [],
  today: '2026-12-04',
  ...extra,
});

describe('submissionChecks', () => {
  it('passes a complete internal round with no checks at all', () => {
    expect(submissionChecks(input())).toEqual({ canSubmit: true, checks: [] });
  });

  it('lists unanswered and unconfirmed criteria once each, with their titles, and blocks', () => {
    const result = submissionChecks(
      input({
        responses: [
          answered('OPD-01', { level: null }),
          answered('VAK-01', { isCarriedOver: true }),
        ],
      }),
    );
    expect(result.canSubmit).toBe(false);
    expect(result.checks.map((c) => [c.code, c.severity, c.items.map((i) => i.ref)])).toEqual([
      ['unanswered', 'blocking', ['OPD-01', 'OPD-02']],
      ['unconfirmed', 'blocking', ['VAK-01']],
    ]);
    expect(result.checks[0].items[0]).toEqual({
      ref: 'OPD-01',
      label: sample.domains[0].criteria[0].title,
      criterionCode: 'OPD-01',
    });
  });

  it('leaves out a check without items (no empty category)', () => {
    const result = submissionChecks(
      input({
        responses: [answered('OPD-01'), answered('OPD-02'), answered('VAK-01', { level: null })],
      }),
    );
    expect(result.checks.map((c) => c.code)).toEqual(['unanswered']);
  });

  it('does not warn about audit matters on an internal or peer-review round', () => {
    for (const route of ['internal', 'peer-review'] as const) {
      const result = submissionChecks(
        input({ route, blockers: [blocker('OPD-01')], actions: [action('a1')] }),
      );
      expect(result).toEqual({ canSubmit: true, checks: [] });
    }
  });

  it('warns an external audit about required criteria not met and overdue actions, without blocking', () => {
    const result = submissionChecks(
      input({
        route: 'external-audit',
        blockers: [blocker('VAK-01')],
        actions: [
          action('late'),
          action('due-today', { dueDate: '2026-12-04' }),
          action('done', { status: 'done' }),
          action('no-date', { dueDate: null }),
        ],
      }),
    );
    expect(result.canSubmit).toBe(true);
    expect(result.checks.map((c) => [c.code, c.severity, c.items.map((i) => i.ref)])).toEqual([
      ['required-not-met', 'warning', ['VAK-01']],
      ['actions-overdue', 'warning', ['late']],
    ]);
    expect(result.checks[1].items[0]).toEqual({
      ref: 'late',
      label: 'Actie late',
      criterionCode: 'OPD-01',
    });
  });

  it('does not name an unanswered criterion twice, as unanswered and as not met', () => {
    const result = submissionChecks(
      input({
        route: 'external-audit',
        responses: [answered('OPD-01', { level: null }), answered('OPD-02'), answered('VAK-01')],
        blockers: [blocker('OPD-01'), blocker('OPD-02')],
      }),
    );
    expect(result.checks.map((c) => [c.code, c.items.map((i) => i.ref)])).toEqual([
      ['unanswered', ['OPD-01']],
      ['required-not-met', ['OPD-02']],
    ]);
  });

  it('blocks on a missing vaststelling only where the organisation requires one', () => {
    const missing = submissionChecks(input({ signOff: { required: true, signedOff: false } }));
    expect(missing).toEqual({
      canSubmit: false,
      checks: [{ code: 'sign-off-missing', severity: 'blocking', message: '', items: [] }],
    });
    expect(submissionChecks(input({ signOff: { required: true, signedOff: true } }))).toEqual({
      canSubmit: true,
      checks: [],
    });
    expect(submissionChecks(input({ signOff: { required: false, signedOff: false } }))).toEqual({
      canSubmit: true,
      checks: [],
    });
  });

  it('takes checks of the caller, such as one without items, and words every check', () => {
    const own = {
      code: 'sign-off-required',
      severity: 'blocking' as const,
      message: '',
      items: [],
    };
    const result = withMessages(finishChecks([own]), (c) => `msg:${c.code}`);
    expect(result).toEqual({
      canSubmit: false,
      checks: [{ ...own, message: 'msg:sign-off-required' }],
    });
  });
});
