import { Invitation, MemberRole } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { aMe, aMember } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import { MembersPageComponent } from './members-page.component';

const members = [
  aMember(),
  aMember({
    id: 'member-2',
    userId: 'user-2',
    email: 'sam@voorbeeld.nl',
    displayName: 'Sam Jansen',
    role: 'contributor',
  }),
];

const pendingInvitation: Invitation = {
  id: 'invitation-1',
  email: 'nieuw@voorbeeld.nl',
  role: 'manager',
  status: 'pending',
  createdAt: '2026-02-01T10:00:00.000Z',
  expiresAt: '2026-02-15T10:00:00.000Z',
};

describe('MembersPageComponent', () => {
  let fixture: ComponentFixture<MembersPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;
  const confirm = jest.fn<Promise<boolean>, unknown[]>();

  async function render(role: MemberRole): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MembersPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: ConfirmService, useValue: { confirm } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe(role));
    fixture = TestBed.createComponent(MembersPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/v1/organisation/members').flush(members);
    if (role === 'quality-officer') {
      http.expectOne('/api/v1/organisation/invitations').flush([pendingInvitation]);
      // The settings and the organisation-data card read the one overview the store fetches.
      const overview = {
        id: 'o1',
        name: 'Welzijn Test',
        createdAt: '2026-01-15T09:00:00.000Z',
        memberCount: 2,
        pendingInvitationCount: 1,
        deletion: null,
        signOffRequired: false,
      };
      http.expectOne('/api/v1/organisation').flush(overview);
    }
    await settle(fixture);
  }

  afterEach(() => {
    http.verify();
    confirm.mockReset();
  });

  const rows = () => Array.from(host.querySelectorAll('lk-member-table tbody tr'));
  const buttonNamed = (name: string) =>
    Array.from(host.querySelectorAll('button')).find(
      (button) => (button.getAttribute('aria-label') ?? button.textContent?.trim()) === name,
    );
  const roleSelectOf = (name: string) => {
    const label = Array.from(host.querySelectorAll('label')).find(
      (element) => element.textContent?.trim() === `Rol van ${name}`,
    );
    return label ? host.querySelector<HTMLSelectElement>(`#${label.htmlFor}`) : null;
  };

  describe('for a contributor', () => {
    beforeEach(() => render('contributor'));

    it('lists name, email, role and join date', () => {
      expect(rows()).toHaveLength(2);
      expect(rows()[1].textContent).toContain('Sam Jansen');
      expect(rows()[1].textContent).toContain('sam@voorbeeld.nl');
      expect(rows()[1].textContent).toContain('Bijdrager');
      expect(rows()[0].textContent).toContain('15 januari 2026');
    });

    it('is read-only: no role selects, remove buttons or invitation form', () => {
      expect(host.querySelectorAll('select')).toHaveLength(0);
      expect(buttonNamed('Sam Jansen verwijderen')).toBeUndefined();
      expect(host.querySelector('lk-invitations-panel')).toBeNull();
      expect(host.textContent).toContain('Alleen een kwaliteitsfunctionaris kan leden uitnodigen');
    });
  });

  describe('for a quality officer', () => {
    beforeEach(() => render('quality-officer'));

    it('offers a labelled role select and a remove button per member', () => {
      expect(roleSelectOf('Sam Jansen')?.value).toBe('contributor');
      expect(buttonNamed('Sam Jansen verwijderen')).toBeDefined();
    });

    it('shows the invitation form and the pending invitations', () => {
      expect(host.querySelector('#invite-email')).not.toBeNull();
      expect(host.querySelector('lk-invitation-list')?.textContent).toContain('nieuw@voorbeeld.nl');
      expect(buttonNamed('Uitnodiging voor nieuw@voorbeeld.nl intrekken')).toBeDefined();
    });

    it('changes a role and announces it', async () => {
      const select = roleSelectOf('Sam Jansen');
      if (!select) {
        throw new Error('no role select');
      }
      select.value = 'manager';
      select.dispatchEvent(new Event('change'));

      const request = http.expectOne('/api/v1/organisation/members/member-2');
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({ role: 'manager' });
      request.flush({ ...members[1], role: 'manager' });
      await settle(fixture);

      expect(host.querySelector('[role="status"]')?.textContent).toContain(
        'De rol van Sam Jansen is gewijzigd in: Manager.',
      );
    });

    it('shows the last-quality-officer refusal and puts the select back', async () => {
      const select = roleSelectOf('Karin de Vries');
      if (!select) {
        throw new Error('no role select');
      }
      select.value = 'contributor';
      select.dispatchEvent(new Event('change'));

      http.expectOne('/api/v1/organisation/members/member-1').flush(
        {
          type: '/problems/last-quality-officer',
          title: 'Conflict',
          status: 409,
          detail: 'De organisatie moet minstens één kwaliteitsfunctionaris houden.',
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle(fixture);

      expect(host.querySelector('[role="alert"]')?.textContent).toContain(
        'De organisatie moet minstens één kwaliteitsfunctionaris houden.',
      );
      expect(roleSelectOf('Karin de Vries')?.value).toBe('quality-officer');
    });

    it('removes a member only after confirmation', async () => {
      confirm.mockResolvedValue(true);
      buttonNamed('Sam Jansen verwijderen')?.click();
      await settle(fixture);

      expect(confirm).toHaveBeenCalledWith(
        expect.objectContaining({ title: 'Lid verwijderen', confirmLabel: 'Verwijderen' }),
      );
      const request = http.expectOne('/api/v1/organisation/members/member-2');
      expect(request.request.method).toBe('DELETE');
      request.flush(null, { status: 204, statusText: 'No Content' });
      await settle(fixture);

      expect(rows()).toHaveLength(1);
      expect(host.textContent).toContain('Sam Jansen is uit de organisatie verwijderd.');
    });

    it('keeps the member when the confirmation is cancelled', async () => {
      confirm.mockResolvedValue(false);
      buttonNamed('Sam Jansen verwijderen')?.click();
      await settle(fixture);

      http.expectNone('/api/v1/organisation/members/member-2');
      expect(rows()).toHaveLength(2);
    });

    it('creates an invitation and shows the link to copy', async () => {
      const email = host.querySelector<HTMLInputElement>('#invite-email');
      const role = host.querySelector<HTMLSelectElement>('#invite-role');
      if (!email || !role) {
        throw new Error('invite form missing');
      }
      email.value = 'collega@voorbeeld.nl';
      email.dispatchEvent(new Event('input'));
      buttonNamed('Uitnodigen')?.click();
      await settle(fixture);

      const request = http.expectOne('/api/v1/organisation/invitations');
      expect(request.request.body).toEqual({ email: 'collega@voorbeeld.nl', role: 'contributor' });
      request.flush(
        {
          invitation: { ...pendingInvitation, id: 'invitation-2', email: 'collega@voorbeeld.nl' },
          acceptUrl: '/invitations/accept?token=abc123',
        },
        { status: 201, statusText: 'Created' },
      );
      await settle(fixture);

      const link = host.querySelector<HTMLInputElement>('#invite-link');
      expect(link?.value).toBe(`${location.origin}/invitations/accept?token=abc123`);
      expect(link?.readOnly).toBe(true);
      expect(buttonNamed('Link kopiëren')).toBeDefined();
      expect(host.querySelector('lk-invitation-list')?.textContent).toContain(
        'collega@voorbeeld.nl',
      );
    });
  });
});
