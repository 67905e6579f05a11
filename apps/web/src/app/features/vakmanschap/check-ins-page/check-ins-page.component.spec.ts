import { CheckIn, CheckInSchedule, TeamDetail } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { CheckInsPageComponent } from './check-ins-page.component';

const team = (myRole: 'member' | 'lead'): TeamDetail => ({
  id: 'team-1',
  name: 'Wijkteam Noord',
  description: '',
  memberCount: 2,
  leads: [],
  myRole,
  createdAt: '2026-01-01T00:00:00Z',
  members: [],
  canManageMembers: myRole === 'lead',
});
const round = { rubricId: 'sterk-sociaal-werk', rubricVersion: '1.0.0' };
const schedule: CheckInSchedule = {
  teamId: 'team-1',
  cadence: 'quarterly',
  currentPeriod: { key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
  hasAnsweredCurrent: true,
};
const answers = {
  'goes-well': 'We sparren vaker',
  'others-could-learn': '',
  'not-yet-well': 'Afsluiten gaat nog alleen',
  'what-can-i-do': '',
  'where-do-i-need-help': '',
};
const mine: CheckIn = {
  id: 'check-in-1',
  teamId: 'team-1',
  periodKey: '2026-Q4',
  author: { userId: 'user-1', displayName: 'Karin de Vries' },
  isOwn: true,
  answers,
  actions: [],
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};

describe('CheckInsPageComponent', () => {
  let fixture: ComponentFixture<CheckInsPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  const byId = <T extends HTMLElement>(id: string) => host.querySelector<T>(`#${id}`);
  const buttonNamed = (name: string) =>
    Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);

  async function open(role: 'professional' | 'contributor', teamRole: 'member' | 'lead') {
    TestBed.configureTestingModule({
      imports: [CheckInsPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe(role));
    fixture = TestBed.createComponent(CheckInsPageComponent);
    fixture.componentRef.setInput('teamId', 'team-1');
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/v1/teams/team-1').flush(team(teamRole));
    http.expectOne('/api/v1/check-ins/schedules/team-1').flush(schedule);
    http.expectOne((r) => r.url === '/api/v1/check-ins').flush([mine]);
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    if (teamRole === 'lead') {
      http.expectOne('/api/v1/rounds').flush([
        { ...round, id: 'round-1', title: 'Zelfevaluatie', status: 'draft' },
        { ...round, id: 'round-0', title: 'Vorig jaar', status: 'reviewed' },
      ]);
    }
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('fills in my answers, leaves the cadence to the lead, and shows a refusal on the answer', async () => {
    await open('professional', 'member');

    expect(byId<HTMLTextAreaElement>('check-in-goes-well')?.value).toBe('We sparren vaker');
    expect(host.querySelector('input[type="radio"]')).toBeNull();
    expect(host.textContent).toContain('De teamleider stelt het ritme in.');
    expect(buttonNamed('Maak hier een verbeteractie van')).toBeUndefined();

    buttonNamed('Antwoorden opslaan')?.click();
    await settle(fixture);
    const request = http.expectOne((r) => r.method === 'POST' && r.url === '/api/v1/check-ins');
    expect(request.request.body).toEqual({ teamId: 'team-1', answers, periodKey: '2026-Q4' });
    request.flush(
      {
        type: '/problems/personal-data-in-text',
        title: 'Persoonsgegevens in de tekst',
        status: 422,
        detail: 'Haal de persoonsgegevens weg.',
        errors: [
          { field: 'answers.goes-well', code: 'email', message: 'Haal het e-mailadres weg.' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(fixture);
    expect(byId('check-in-goes-well-error')?.textContent?.trim()).toBe('Haal het e-mailadres weg.');
    expect(byId('check-in-goes-well')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('lets a lead set the cadence and turn an answer into an action of the open round', async () => {
    await open('contributor', 'lead');

    const monthly = Array.from(host.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (radio) => radio.parentElement?.textContent?.includes('Elke maand'),
    );
    monthly?.click();
    buttonNamed('Opslaan')?.click();
    await settle(fixture);
    const put = http.expectOne('/api/v1/check-ins/schedules/team-1');
    expect(put.request.body).toEqual({ cadence: 'monthly' });
    put.flush({ ...schedule, cadence: 'monthly' });
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/v1/check-ins').flush([mine]);
    await settle(fixture);

    const toAction = Array.from(host.querySelectorAll('button')).find((b) =>
      b.getAttribute('aria-label')?.includes('Wat gaat nog niet goed?'),
    );
    toAction?.click();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    // The only open round is chosen already; its criteria come with it.
    const round = byId<HTMLSelectElement>('check-in-action-round');
    expect(Array.from(round?.options ?? []).map((o) => o.text.trim())).toEqual([
      '',
      'Zelfevaluatie',
    ]);
    http.expectOne('/api/v1/rubrics/sterk-sociaal-werk/versions/1.0.0').flush({
      domains: [{ criteria: [{ code: 'VAK-03', title: 'Leren van besluiten' }] }],
    });
    await settle(fixture);
    expect(byId<HTMLInputElement>('check-in-action-title')?.value).toBe(
      'Afsluiten gaat nog alleen',
    );
    const criterion = byId<HTMLSelectElement>('check-in-action-criterion');
    expect(criterion?.options[1]?.text.trim()).toBe('VAK-03 Leren van besluiten');
    if (criterion) {
      criterion.value = 'VAK-03';
      criterion.dispatchEvent(new Event('change'));
    }
    buttonNamed('Verbeteractie maken')?.click();
    await settle(fixture);
    const post = http.expectOne('/api/v1/check-ins/check-in-1/actions');
    expect(post.request.body).toEqual({
      question: 'not-yet-well',
      roundId: 'round-1',
      criterionCode: 'VAK-03',
      title: 'Afsluiten gaat nog alleen',
      dueDate: null,
    });
    post.flush({ ...mine, actions: [{ question: 'not-yet-well', actionId: 'action-1' }] });
    await settle(fixture);
    expect(host.textContent).toContain('De verbeteractie is gemaakt.');
    expect(host.textContent).toContain('Is een verbeteractie');
  });
});
