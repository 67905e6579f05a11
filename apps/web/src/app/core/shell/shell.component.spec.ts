import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe } from '../../../testing/fixtures';
import { settle } from '../../../testing/settle';
import { translocoTesting } from '../../../testing/transloco-testing';
import { OrganisationDeletionStore } from '../../features/organisation/data-access/organisation-deletion.store';
import { problemInterceptor } from '../http/problem.interceptor';
import { SessionStore } from '../session/session.store';
import { navLinkIsActive, ShellComponent } from './shell.component';

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
        // The erasure banner has its own tests; here no organisation is to be erased.
        {
          provide: OrganisationDeletionStore,
          useValue: { deletion: () => null, reload: () => undefined },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  // The bell asks for the unread count as soon as someone is logged in.
  const answerBell = (unreadCount = 0) =>
    http
      .match('/api/v1/me/notifications')
      .filter((request) => !request.cancelled)
      .forEach((request) => request.flush({ items: [], unreadCount, nextBefore: null }));

  afterEach(() => {
    answerBell();
    http.verify();
  });

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

    expect(navLinks()).toEqual(['Normenkader']);
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
      'Klaar voor controle',
      'Verbeteracties',
      'Bewijsbibliotheek',
      'Besluitmodellen',
      'Teams',
      'Leerverslag',
      'Toetsingsgroepen',
      'Leden',
      'Toetsingen',
      'Normenkader',
    ]);
    const select = host.querySelector<HTMLSelectElement>('#lk-organisation-switcher');
    expect(host.querySelector('label[for="lk-organisation-switcher"]')?.textContent).toContain(
      'Organisatie',
    );
    expect(select?.value).toBe('org-1');
  });

  it('shows a professional (sociaal werker) no rounds, dashboards, evidence or members', async () => {
    session.signedIn(aMe('professional'));
    await render();

    const links = navLinks();
    expect(links).toContain('Teams');
    for (const hidden of [
      'Dashboard',
      'Rondes',
      'Mijn criteria',
      'Verbeteracties',
      'Leerverslag',
      'Leden',
    ]) {
      expect(links).not.toContain(hidden);
    }
  });

  it('shows the review queue (klaar voor controle) only to the quality officer', async () => {
    session.signedIn(aMe('contributor'));
    await render();
    expect(navLinks()).not.toContain('Klaar voor controle');
    expect(navLinks()).toContain('Mijn criteria');
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
        user: {
          id: 'user-2',
          email: 'toetser@elders.nl',
          displayName: 'Rik Reviewer',
          language: 'nl',
        },
        memberships: [],
        activeOrganisationId: null,
      }),
    );
    TestBed.tick();
    http.expectOne('/api/v1/reviews').flush([{ id: 'review-1' }]);
    await settle(fixture);
    expect(navLinks()).toEqual(['Home', 'Toetsingen', 'Normenkader']);
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
    expect(navLinks()).toEqual([
      'Home',
      'Normenkader',
      'Normenkaders beheren',
      'Besluitmodellen',
      'Sector',
    ]);
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

  it('names the unread count on the bell', async () => {
    session.signedIn(twoOrganisations);
    await render();
    // The bell's first poll is on a timer of 0 ms.
    await new Promise((resolve) => setTimeout(resolve, 0));
    answerBell(3);
    await fixture.whenStable();

    expect(host.querySelector('a.notification-bell')?.getAttribute('aria-label')).toBe(
      'Meldingen, 3 ongelezen',
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

describe('navLinkIsActive: the menu item a page belongs to', () => {
  it.each([
    ['/', '/', true],
    ['/', '/rounds', false],
    ['/rounds', '/rounds/abc/criteria/VAK-01', true],
    ['/rubrics', '/rubrics', true],
    ['/rubrics', '/rubrics/sterk-sociaal-werk/1.0.0/criteria/OPD-01', true],
    ['/rubrics', '/rubrics/sterk-sociaal-werk/compare', true],
    ['/rubrics', '/rubrics/library', false],
    ['/rubrics', '/rubrics/import', false],
    ['/rubrics', '/rubrics/sterk-sociaal-werk/drafts/abc', false],
    ['/rubrics/library', '/rubrics/library', true],
    ['/rubrics/library', '/rubrics/import', true],
    ['/rubrics/library', '/rubrics/sterk-sociaal-werk/drafts/abc', true],
    ['/rubrics/library', '/rubrics/sterk-sociaal-werk/1.0.0', false],
    ['/dashboard', '/dashboard/trend', true],
  ])('%s on %s: %s', (link, page, active) => {
    expect(navLinkIsActive(link, page)).toBe(active);
  });
});
