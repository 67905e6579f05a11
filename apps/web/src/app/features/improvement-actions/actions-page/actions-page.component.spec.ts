import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aMe, aMember, anAction } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { ActionsPageComponent } from './actions-page.component';

const members = [
  aMember(),
  aMember({ id: 'member-2', userId: 'user-2', displayName: 'Sam Jansen', role: 'contributor' }),
  aMember({ id: 'member-3', userId: 'user-3', displayName: 'Mo Manager', role: 'manager' }),
];

describe('ActionsPageComponent', () => {
  let fixture: ComponentFixture<ActionsPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  const isList = (url: string) => url === '/api/v1/actions';
  const expectList = () => http.expectOne((request) => isList(request.url));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ActionsPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe('quality-officer'));
    fixture = TestBed.createComponent(ActionsPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    expectList().flush([
      anAction(),
      anAction({ id: 'action-2', title: 'Tweede', isOverdue: false }),
    ]);
    http.expectOne('/api/v1/organisation/members').flush(members);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const select = (id: string) => host.querySelector<HTMLSelectElement>(`#${id}`);
  const change = (element: HTMLSelectElement | HTMLInputElement | null) =>
    element?.dispatchEvent(new Event('change'));

  it('lists actions and flags the overdue one in text', () => {
    const items = host.querySelectorAll('lk-action-item');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Te laat');
    expect(items[1].textContent).not.toContain('Te laat');
  });

  it('offers only members who can own an action as owner filter', () => {
    const options = Array.from(select('filter-owner')?.options ?? []).map((o) => o.text.trim());
    expect(options).toEqual(['Iedereen', 'Karin de Vries', 'Sam Jansen']);
  });

  it('asks the API again with status, owner and overdue filters', async () => {
    const status = select('filter-status');
    if (status) {
      status.value = 'in-progress';
    }
    change(status);
    TestBed.tick();
    expect(expectList().request.params.get('status')).toBe('in-progress');

    const owner = select('filter-owner');
    if (owner) {
      owner.value = 'member-2';
    }
    change(owner);
    TestBed.tick();
    const byOwner = expectList().request.params;
    expect(byOwner.get('ownerId')).toBe('member-2');
    expect(byOwner.get('status')).toBe('in-progress');

    const overdue = host.querySelector<HTMLInputElement>('#filter-overdue');
    overdue?.click();
    TestBed.tick();
    const request = expectList();
    expect(request.request.params.get('overdue')).toBe('true');
    request.flush([]);
    await settle(fixture);

    expect(host.textContent).toContain('Gevonden: 0');
  });

  it('asks for a reflection before an action can be done', async () => {
    const status = host.querySelector<HTMLSelectElement>('#action-status-action-1');
    if (status) {
      status.value = 'done';
    }
    change(status);
    await settle(fixture);
    host
      .querySelector<HTMLButtonElement>(
        '[aria-label="Status van Intervisie maandelijks inplannen opslaan"]',
      )
      ?.click();
    await settle(fixture);
    expect(host.textContent).toContain('Beschrijf kort wat de actie heeft veranderd.');
    http.expectNone((request) => request.method === 'PATCH');

    const reflection = host.querySelector<HTMLTextAreaElement>('#action-reflection-action-1');
    if (reflection) {
      reflection.value = 'Teams bespreken nu elke maand een casus.';
      reflection.dispatchEvent(new Event('input'));
    }
    host
      .querySelector<HTMLButtonElement>(
        '[aria-label="Status van Intervisie maandelijks inplannen opslaan"]',
      )
      ?.click();
    const patch = http.expectOne('/api/v1/actions/action-1');
    expect(patch.request.body).toEqual({
      version: 1,
      status: 'done',
      reflection: 'Teams bespreken nu elke maand een casus.',
    });
    patch.flush(anAction({ status: 'done', isOverdue: false, version: 2 }));
    await settle(fixture);
    expect(host.textContent).toContain('Intervisie maandelijks inplannen: Afgerond.');
  });
});
