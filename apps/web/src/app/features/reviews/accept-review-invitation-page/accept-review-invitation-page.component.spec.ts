import { Me, ReviewInvitationPreview } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { ReviewerNavStore } from '../data-access/reviewer-nav.store';
import { AcceptReviewInvitationPageComponent } from './accept-review-invitation-page.component';

const INVITED = 'rik@elders.nl';
const preview = (hasAccount: boolean): ReviewInvitationPreview => ({
  organisationName: 'Stichting Voorbeeld Welzijn',
  roundTitle: 'Zelfevaluatie 2027',
  reviewerOrganisationName: 'Welzijn Elders',
  email: INVITED,
  // The access works through 1 March (Amsterdam): it ends when 2 March begins.
  expiresAt: '2026-03-01T23:00:00.000Z',
  hasAccount,
});
const reviewer: Me = aMe('quality-officer', {
  user: { id: 'user-9', email: INVITED, displayName: 'Rik Reviewer', language: 'nl' },
  memberships: [],
  activeOrganisationId: null,
});

describe('AcceptReviewInvitationPageComponent', () => {
  let fixture: ComponentFixture<AcceptReviewInvitationPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;
  let router: Router;
  const reviewerNav = { refresh: jest.fn() };

  async function render(body: ReviewInvitationPreview, signedIn: Me | null = null): Promise<void> {
    TestBed.configureTestingModule({
      imports: [AcceptReviewInvitationPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: ReviewerNavStore, useValue: reviewerNav },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    if (signedIn) {
      TestBed.inject(SessionStore).signedIn(signedIn);
    }
    fixture = TestBed.createComponent(AcceptReviewInvitationPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('token', 'tok-1');
    fixture.detectChanges();
    TestBed.tick();
    const request = http.expectOne('/api/v1/review-invitations/preview');
    expect(request.request.body).toEqual({ token: 'tok-1' });
    request.flush(body);
    await settle(fixture);
  }

  const type = (selector: string, value: string) => {
    const input = host.querySelector<HTMLInputElement>(selector);
    if (!input) {
      throw new Error(`${selector} not found`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  };
  const accepted = (me: Me) => ({ me, reviewId: 'review-1', roundId: 'round-1' });

  afterEach(() => http.verify());

  it('shows what the invitation is for, with the last day of access', async () => {
    await render(preview(false));

    const facts = host.querySelector('dl')?.textContent ?? '';
    expect(facts).toContain('Stichting Voorbeeld Welzijn');
    expect(facts).toContain('Zelfevaluatie 2027');
    expect(facts).toContain('Welzijn Elders');
    expect(facts).toContain(INVITED);
    expect(facts).toContain('1 maart 2026');
  });

  it('creates the account with a name and password, then opens the review', async () => {
    await render(preview(false));
    type('#review-accept-name', 'Rik Reviewer');
    type('#review-accept-password', 'een lange zin als wachtwoord');

    await submit();
    const request = http.expectOne('/api/v1/review-invitations/accept');
    expect(request.request.body).toEqual({
      token: 'tok-1',
      password: 'een lange zin als wachtwoord',
      displayName: 'Rik Reviewer',
    });
    request.flush(accepted(reviewer));
    await settle(fixture);

    expect(TestBed.inject(SessionStore).me()?.user.id).toBe('user-9');
    expect(reviewerNav.refresh).toHaveBeenCalled();
    expect(router.navigate).toHaveBeenCalledWith(['/reviews', 'review-1']);
  });

  it('asks an existing account only for its password', async () => {
    await render(preview(true));

    expect(host.querySelector('#review-accept-name')).toBeNull();
    type('#review-accept-password', 'mijn wachtwoord');
    await submit();

    const request = http.expectOne('/api/v1/review-invitations/accept');
    expect(request.request.body).toEqual({ token: 'tok-1', password: 'mijn wachtwoord' });
    request.flush(accepted(reviewer));
    await settle(fixture);
    expect(router.navigate).toHaveBeenCalledWith(['/reviews', 'review-1']);
  });

  it('accepts as the logged-in invitee without asking anything', async () => {
    await render(preview(true), reviewer);

    expect(host.querySelector('input[type="password"]')).toBeNull();
    await submit();

    const request = http.expectOne('/api/v1/review-invitations/accept');
    expect(request.request.body).toEqual({ token: 'tok-1' });
    request.flush(accepted(reviewer));
    await settle(fixture);
    expect(router.navigate).toHaveBeenCalledWith(['/reviews', 'review-1']);
  });

  it('tells someone logged in with another address to log out first', async () => {
    await render(preview(true), aMe('quality-officer'));

    expect(host.textContent).toContain(
      `Je bent ingelogd als kwaliteit@voorbeeld.nl, maar de uitnodiging is voor ${INVITED}.`,
    );
    expect(host.querySelector('form')).toBeNull();
  });

  it('shows the same message for any link that cannot be used', async () => {
    TestBed.configureTestingModule({
      imports: [AcceptReviewInvitationPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: ReviewerNavStore, useValue: reviewerNav },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AcceptReviewInvitationPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('token', 'dead');
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/v1/review-invitations/preview').flush(
      {
        type: '/problems/not-found',
        title: 'Niet gevonden',
        status: 404,
        detail: 'Deze link werkt niet (meer).',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await settle(fixture);

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Deze link werkt niet (meer).',
    );
    expect(host.querySelector('form')).toBeNull();
  });
});
