import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe } from '../../../testing/fixtures';
import { settle } from '../../../testing/settle';
import { translocoTesting } from '../../../testing/transloco-testing';
import { problemInterceptor } from '../http/problem.interceptor';
import { SessionStore } from '../session/session.store';
import { ShellComponent } from './shell.component';

const twoOrganisations = aMe('quality-officer', {
  memberships: [
    { organisationId: 'org-1', organisationName: 'Welzijn Voorbeeld', role: 'quality-officer' },
    { organisationId: 'org-2', organisationName: 'Buurtwerk Noord', role: 'contributor' },
  ],
});

describe('ShellComponent', () => {
  let fixture: ComponentFixture<ShellComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;
  let session: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ShellComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(ShellComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  const navLinks = () =>
    Array.from(host.querySelectorAll('nav a')).map((link) => link.textContent?.trim());

  it('has a skip link, header, labelled navigation, main and footer', async () => {
    await render();

    expect(host.querySelector('a.skip-link')?.textContent).toContain('Direct naar de inhoud');
    expect(host.querySelector('header')).not.toBeNull();
    expect(host.querySelector('nav')?.getAttribute('aria-label')).toBe('Hoofdmenu');
    expect(host.querySelector('main#main-content')).not.toBeNull();
    expect(host.querySelector('footer')).not.toBeNull();
  });

  it('moves focus to the main content from the skip link', async () => {
    await render();

    host.querySelector<HTMLAnchorElement>('a.skip-link')?.click();

    expect(document.activeElement?.id).toBe('main-content');
  });

  it('shows only the rubric and a login link to visitors', async () => {
    await render();

    expect(navLinks()).toEqual(['Rubric']);
    expect(host.querySelector('.site-header__tools a')?.textContent).toContain('Inloggen');
    expect(host.querySelector('select')).toBeNull();
  });

  it('shows the member pages, Rubric and the organisation switcher when signed in', async () => {
    session.signedIn(twoOrganisations);
    await render();

    expect(navLinks()).toEqual([
      'Home',
      'Dashboard',
      'Rondes',
      'Mijn criteria',
      'Verbeteracties',
      'Toetsingsgroepen',
      'Leden',
      'Toetsingen',
      'Rubric',
    ]);
    const select = host.querySelector<HTMLSelectElement>('#lk-organisation-switcher');
    expect(host.querySelector('label[for="lk-organisation-switcher"]')?.textContent).toContain(
      'Organisatie',
    );
    expect(select?.value).toBe('org-1');
  });

  it('shows the sector page only to the staff of the label owner', async () => {
    session.signedIn(aMe('quality-officer', { platformAdmin: true }));
    await render();

    expect(navLinks()).toContain('Sector');
    expect(navLinks()).toContain('Normenkaders beheren');
    session.signedIn(aMe('manager'));
    await fixture.whenStable();
    expect(navLinks()).not.toContain('Sector');
    expect(navLinks()).not.toContain('Normenkaders beheren');
  });

  it('shows Toetsingen to someone without an organisation only once they have a review', async () => {
    // The list of reviews is a pending task: answer it before waiting for the page to be stable.
    session.signedIn(aMe('quality-officer', { memberships: [], activeOrganisationId: null }));
    fixture = TestBed.createComponent(ShellComponent);
    host = fixture.nativeElement as HTMLElement;
    TestBed.tick();
    http.expectOne('/api/v1/reviews').flush([]);
    await settle(fixture);
    expect(navLinks()).not.toContain('Toetsingen');

    session.signedIn(
      aMe('quality-officer', {
        user: { id: 'user-2', email: 'toetser@elders.nl', displayName: 'Rik Reviewer' },
        memberships: [],
        activeOrganisationId: null,
      }),
    );
    TestBed.tick();
    http.expectOne('/api/v1/reviews').flush([{ id: 'review-1' }]);
    await settle(fixture);
    expect(navLinks()).toEqual(['Home', 'Toetsingen', 'Rubric']);
  });

  it('offers a platform admin without an organisation no member pages', async () => {
    session.signedIn(
      aMe('quality-officer', { memberships: [], activeOrganisationId: null, platformAdmin: true }),
    );
    fixture = TestBed.createComponent(ShellComponent);
    host = fixture.nativeElement as HTMLElement;
    TestBed.tick();
    http.expectOne('/api/v1/reviews').flush([]);
    await settle(fixture);
    expect(navLinks()).toEqual(['Home', 'Rubric', 'Normenkaders beheren', 'Sector']);
    // Nothing to switch between: no empty organisation picker.
    expect(host.querySelector('#lk-organisation-switcher')).toBeNull();
  });

  it('switches organisation through the API and announces it', async () => {
    session.signedIn(twoOrganisations);
    await render();

    const select = host.querySelector<HTMLSelectElement>('#lk-organisation-switcher');
    if (!select) {
      throw new Error('no switcher');
    }
    select.value = 'org-2';
    select.dispatchEvent(new Event('change'));

    const request = http.expectOne('/api/v1/me/active-organisation');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ organisationId: 'org-2' });
    request.flush({ ...twoOrganisations, activeOrganisationId: 'org-2' });
    await settle(fixture);

    expect(session.activeOrganisationId()).toBe('org-2');
    expect(session.role()).toBe('contributor');
    expect(host.querySelector('[role="status"]')?.textContent).toContain(
      'Je werkt nu in Buurtwerk Noord.',
    );
  });

  it('logs out from the user menu', async () => {
    session.signedIn(twoOrganisations);
    await render();

    const toggle = host.querySelector<HTMLButtonElement>('.user-menu__toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');

    Array.from(host.querySelectorAll('button'))
      .find((button) => button.textContent?.trim() === 'Uitloggen')
      ?.click();
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(session.isSignedIn()).toBe(false);
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(['/login']);
  });
});
