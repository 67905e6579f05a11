import { periodOf, type AssessmentRound, type LearningReport } from '@labelklaar/domain';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import { aMe, aRubricVersion } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SessionStore } from '../../../core/session/session.store';
import { todayIso } from '../learning-report-periods';
import { LearningReportPageComponent } from './learning-report-page.component';

const QUARTER = periodOf(todayIso(), 'quarter');

function aReport(overrides: Partial<LearningReport> = {}): LearningReport {
  return {
    scope: { kind: 'organisation' },
    period: { from: QUARTER.from, to: QUARTER.to, key: QUARTER.key, label: 'kwartaal' },
    minAuthors: 3,
    reflections: {
      byModel: {
        isShown: true,
        total: 7,
        buckets: [
          { key: 'model-a', count: 5 },
          { key: 'none', count: 2 },
        ],
        hiddenBuckets: 0,
      },
      byDilemma: { isShown: false, total: null, buckets: [], hiddenBuckets: 0 },
      byDecisionKind: {
        isShown: true,
        total: 7,
        buckets: [{ key: 'safety-step', count: 4 }],
        hiddenBuckets: 2,
      },
    },
    sessions: {
      total: 3,
      totalPresent: 21,
      byType: [
        { sessionType: 'casuistiekbespreking', count: 2, totalPresent: 14 },
        { sessionType: 'intervisie', count: 0, totalPresent: 0 },
        { sessionType: 'moreel-beraad', count: 1, totalPresent: 7 },
        { sessionType: 'leerkring', count: 0, totalPresent: 0 },
        { sessionType: 'inhoudelijk-teamoverleg', count: 0, totalPresent: 0 },
      ],
    },
    agreements: { made: 2, reviewed: 1 },
    checkIns: {
      periodKeys: [QUARTER.key],
      byPeriod: {
        isShown: true,
        total: 7,
        buckets: [
          { key: '2026-10', count: 3 },
          { key: '2026-11', count: 4 },
        ],
        hiddenBuckets: 0,
      },
    },
    actions: {
      total: 1,
      byStatus: [
        { status: 'open', count: 1 },
        { status: 'in-progress', count: 0 },
        { status: 'done', count: 0 },
        { status: 'cancelled', count: 0 },
      ],
      items: [
        {
          id: 'action-1',
          roundId: 'round-1',
          criterionCode: 'VAK-03',
          title: 'Vaker intervisie plannen',
          status: 'open',
          dueDate: '2027-02-01',
          question: 'not-yet-well',
        },
      ],
    },
    ...overrides,
  };
}

const OPEN_ROUND = {
  id: 'round-1',
  title: 'Zelfevaluatie 2027',
  rubricId: 'sterk-sociaal-werk',
  rubricVersion: '1.0.0',
  status: 'draft',
} as AssessmentRound;

describe('LearningReportPageComponent', () => {
  let fixture: ComponentFixture<LearningReportPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function open(role: 'quality-officer' | 'manager'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LearningReportPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideNoopAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe(role));
    fixture = TestBed.createComponent(LearningReportPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/v1/teams').flush([
      {
        id: 'team-1',
        name: 'Wijkteam Noord',
        description: '',
        memberCount: 5,
        leads: [],
        myRole: null,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    http.expectOne('/api/v1/decision-models').flush([{ id: 'model-a', name: 'Zes stappen' }]);
    http
      .expectOne(
        (request) =>
          request.url === '/api/v1/learning-report' &&
          request.params.get('from') === QUARTER.from &&
          request.params.get('to') === QUARTER.to &&
          !request.params.has('team'),
      )
      .flush(aReport());
    if (role === 'quality-officer') {
      // The evidence form below the report loads the open rounds and the round's rubric.
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
      http.expectOne('/api/v1/rounds').flush([OPEN_ROUND]);
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
      http.expectOne('/api/v1/rubrics/sterk-sociaal-werk/versions/1.0.0').flush(aRubricVersion());
    }
    await settle(fixture);
  }

  afterEach(() => http.verify());

  const region = (name: string) =>
    Array.from(host.querySelectorAll('section')).find(
      (section) =>
        host.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent?.trim() ===
        name,
    );

  it('opens on the current quarter of the whole organisation and shows model names, with a table view', async () => {
    await open('manager');
    const period = host.querySelector<HTMLSelectElement>('#learning-report-period');
    expect(period?.value).toBe(QUARTER.key);
    expect(host.querySelector<HTMLSelectElement>('#learning-report-team')?.value).toBe('');
    expect(host.textContent).toContain('Hele organisatie');

    const byModel = region('Reflecties per beslismodel');
    expect(byModel?.querySelector('.chart-panel__chart')).not.toBeNull();
    expect(byModel?.textContent).toContain('7 in totaal. Het meest: Zes stappen (5).');
    byModel?.querySelector<HTMLButtonElement>('button')?.click();
    await fixture.whenStable();
    const rows = Array.from(byModel?.querySelectorAll('tbody tr') ?? []).map((row) =>
      Array.from(row.children)
        .map((cell) => cell.textContent?.trim())
        .join(' '),
    );
    expect(rows).toEqual(['Zes stappen 5', 'Zonder beslismodel 2']);
    expect(byModel?.querySelector('caption')?.textContent).toContain(
      'Aantal reflecties per beslismodel',
    );
    // The manager reads; only the quality officer links evidence.
    expect(region('Als bewijs koppelen aan de open ronde')).toBeUndefined();
  });

  it('says plainly when an aggregate or some of its categories rest on too few authors', async () => {
    await open('manager');
    const byDilemma = region('Reflecties per dilemma');
    expect(byDilemma?.textContent).toContain(
      'Te weinig verschillende auteurs (minder dan 3) om dit te tonen.',
    );
    expect(byDilemma?.querySelector('table')).toBeNull();
    const byKind = region('Reflecties per soort besluit');
    expect(byKind?.textContent).toContain('Een stap voor veiligheid');
    expect(byKind?.textContent).toContain(
      '2 categorie(ën) niet getoond: te weinig verschillende auteurs (minder dan 3).',
    );
  });

  it('names check-in periods in words and summarises the largest, not the first', async () => {
    await open('manager');
    const checkIns = region('Prikkelende vragen beantwoord');
    expect(checkIns?.textContent).toContain('7 in totaal. Het meest: november 2026 (4).');
    expect(checkIns?.querySelector('tbody th')?.textContent).toContain('oktober 2026');
  });

  it('shows sessions with attendance, agreements and the actions from learning', async () => {
    await open('manager');
    const sessions = region('Teambijeenkomsten per soort');
    expect(sessions?.textContent).toContain('3 bijeenkomst(en), samen 21 aanwezigen.');
    expect(sessions?.textContent).toContain('Casuïstiekbespreking');
    expect(region('Teamafspraken')?.textContent).toContain(
      '2 afspraak/afspraken gemaakt en 1 herzien',
    );
    const actions = region('Verbeteracties uit het leren');
    const link = actions?.querySelector<HTMLAnchorElement>(
      'a[href="/rounds/round-1/criteria/VAK-03"]',
    );
    expect(link?.textContent).toContain('VAK-03');
    expect(actions?.textContent).toContain('1 februari 2027');
  });

  it('loads another team and period when chosen', async () => {
    await open('manager');
    const team = host.querySelector<HTMLSelectElement>('#learning-report-team');
    if (team) {
      team.value = 'team-1';
      team.dispatchEvent(new Event('change'));
    }
    const period = host.querySelector<HTMLSelectElement>('#learning-report-period');
    const lastYear = String(Number(QUARTER.key.slice(0, 4)) - 1);
    if (period) {
      period.value = lastYear;
      period.dispatchEvent(new Event('change'));
    }
    TestBed.tick();
    http
      .expectOne(
        (request) =>
          request.url === '/api/v1/learning-report' &&
          request.params.get('team') === 'team-1' &&
          request.params.get('from') === `${lastYear}-01-01` &&
          request.params.get('to') === `${lastYear}-12-31`,
      )
      .flush(aReport({ scope: { kind: 'team', teamId: 'team-1', teamName: 'Wijkteam Noord' } }));
    await settle(fixture);
    expect(host.textContent).toContain(`Team Wijkteam Noord · ${lastYear}`);
  });

  describe('linking as evidence', () => {
    beforeEach(async () => {
      await open('quality-officer');
    });

    const form = () => region('Als bewijs koppelen aan de open ronde');

    it('offers only vakmanschap criteria of the open round and links the report', async () => {
      const boxes = Array.from(
        form()?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [],
      );
      expect(boxes.map((box) => box.value)).toEqual(['VAK-03']);
      boxes[0].click();
      form()?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      const request = http.expectOne('/api/v1/rounds/round-1/learning-evidence');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        from: QUARTER.from,
        to: QUARTER.to,
        criterionCodes: ['VAK-03'],
      });
      request.flush({
        evidence: { id: 'evidence-9', title: 'Verslag professionele besluitvorming en leren' },
        criterionCodes: ['VAK-03'],
        sha256: 'abc',
      });
      await settle(fixture);
      expect(form()?.textContent).toContain(
        'Gekoppeld: "Verslag professionele besluitvorming en leren".',
      );
      expect(form()?.querySelector('a[href="/evidence/evidence-9"]')).not.toBeNull();
      expect(
        form()?.querySelector('a[href="/rounds/round-1/criteria/VAK-03"]')?.textContent,
      ).toContain('Naar criterium VAK-03');
    });

    it('asks for a criterion first and shows the refusal of the API', async () => {
      form()?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await settle(fixture);
      expect(form()?.textContent).toContain('Kies minstens één criterium.');

      form()?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
      form()?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      http.expectOne('/api/v1/rounds/round-1/learning-evidence').flush(
        {
          type: '/problems/learning-evidence-not-vakmanschap',
          title: 'Alleen criteria over vakmanschap',
          status: 422,
          detail: 'Niet mogelijk bij: OPD-01. Er is niets opgeslagen.',
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      await settle(fixture);
      expect(form()?.querySelector('[role="alert"]')?.textContent).toContain(
        'Niet mogelijk bij: OPD-01. Er is niets opgeslagen.',
      );
    });

    it('speaks English when switched', async () => {
      TestBed.inject(TranslocoService).setActiveLang('en');
      await settle(fixture);
      expect(region('Link as evidence to the open round')).toBeDefined();
      expect(region('Reflections per dilemma')?.textContent).toContain(
        'Too few different authors (fewer than 3) to show this.',
      );
    });
  });
});
